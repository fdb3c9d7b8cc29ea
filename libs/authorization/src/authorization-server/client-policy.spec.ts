import { loadConfig } from '@hub/kernel';
import { clientPolicy, SUPPORTED_SCOPES } from './client-policy';

/** The sandbox's own configuration (config/sandbox.json), as the hub loads it. */
const config = loadConfig({});
const tenantOf = (sector: 'banking' | 'insurance') => config.tenants.find((t) => t.sector === sector)!;

describe('the scopes a TPP application may ask for', () => {
  it('publishes tpp-reports in scopes_supported', () => {
    expect(SUPPORTED_SCOPES).toContain('tpp-reports');
  });

  it.each([
    ['BDSP', 'banking'],
    ['BSIP', 'banking'],
    ['IDSP', 'insurance'],
  ] as const)('grants tpp-reports to a %s client at a %s LFI', (role, sector) => {
    const policy = clientPolicy(config, tenantOf(sector), { clientId: `client-${role}`, roles: [role] });
    expect(policy.scopes).toContain('tpp-reports');
  });

  it('grants every role of the configuration tpp-reports', () => {
    expect(Object.entries(config.authorization.roleScopes).filter(([, scopes]) => !scopes.includes('tpp-reports'))).toEqual([]);
  });

  it('does not grant a scope the hub does not know, even when configured for the client', () => {
    const narrowed = { ...config, authorization: { ...config.authorization, clientScopes: { 'client-x': ['atm', 'no-such-scope'] } } };
    expect(clientPolicy(narrowed, tenantOf('banking'), { clientId: 'client-x', roles: ['BDSP'] }).scopes).toEqual(expect.arrayContaining(['openid', 'atm']));
    expect(clientPolicy(narrowed, tenantOf('banking'), { clientId: 'client-x', roles: ['BDSP'] }).scopes).not.toContain('no-such-scope');
  });
});
