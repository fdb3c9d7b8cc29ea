import { authorizationFailure } from './caller-authorization';
import { CallerIdentity } from './caller-identity';

const tpp: CallerIdentity = {
  kind: 'tpp',
  clientId: 'c',
  organisationId: 'o',
  softwareStatementId: 's',
  organisationName: 'Acme',
  roles: ['BDSP'],
  certificateSha256: 'x',
};
const lfi: CallerIdentity = { kind: 'lfi', tenantId: 'alpha', clientId: 'c', organisationId: 'o', softwareStatementId: 's', organisationName: 'Alpha', certificateSha256: 'x' };
const hub: CallerIdentity = { kind: 'hub', tenantId: 'alpha', clientId: 'c', organisationId: 'o', softwareStatementId: 's', certificateSha256: 'x' };

describe('authorizationFailure', () => {
  it('accepts the right kind, role and tenant', () => {
    expect(authorizationFailure(tpp, { kinds: ['tpp'], roles: ['BSIP', 'BDSP'] }, {})).toBeUndefined();
    expect(authorizationFailure(lfi, { kinds: ['lfi'] }, { tenant: 'alpha' })).toBeUndefined();
    expect(authorizationFailure(hub, { kinds: ['hub'], tenantParam: 'provider' }, { provider: 'alpha' })).toBeUndefined();
  });

  it('names the kind a route is for', () => {
    expect(authorizationFailure(tpp, { kinds: ['lfi'] }, { tenant: 'alpha' })).toMatch(/for an LFI only; .* belongs to a TPP/);
    expect(authorizationFailure(lfi, { kinds: ['tpp', 'hub'] }, {})).toMatch(/for a TPP or the hub only/);
  });

  it('names the missing role of a TPP', () => {
    expect(authorizationFailure(tpp, { kinds: ['tpp'], roles: ['BSIP'] }, {})).toBe(
      'this API needs one of the roles BSIP; the TPP application holds BDSP',
    );
  });

  it('refuses another tenant, and routes that name no tenant', () => {
    expect(authorizationFailure(lfi, { kinds: ['lfi'] }, { tenant: 'beta' })).toBe('the client certificate belongs to tenant alpha, not to beta');
    expect(authorizationFailure(hub, { kinds: ['hub'] }, {})).toMatch(/names no tenant/);
  });
});
