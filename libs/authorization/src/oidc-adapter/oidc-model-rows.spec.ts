import { toAdapterPayload, toOidcModelRow } from './oidc-model-rows';

const scope = { tenantId: 'bank-a', model: 'AccessToken' };
const now = new Date('2026-03-01T10:00:00.000Z');

describe('oidc model rows', () => {
  it('copies the lookup values and computes the expiry from the lifetime in seconds', () => {
    const row = toOidcModelRow(scope, 'tok1', { grantId: 'g1', uid: 'u1', userCode: 'ABCD-EFGH' }, 90, now);
    expect(row).toEqual({
      ...scope,
      id: 'tok1',
      payload: { grantId: 'g1', uid: 'u1', userCode: 'ABCD-EFGH' },
      grantId: 'g1',
      uid: 'u1',
      userCode: 'ABCD-EFGH',
      expiresAt: '2026-03-01T10:01:30.000Z',
      consumedAt: null,
    });
  });

  it('never expires a model saved without a lifetime', () => {
    expect(toOidcModelRow(scope, 'tok1', {}, undefined, now).expiresAt).toBeNull();
    expect(toOidcModelRow(scope, 'tok1', {}, 0, now).expiresAt).toBeNull();
  });

  it('indexes only string lookup values', () => {
    const row = toOidcModelRow(scope, 'tok1', { grantId: '', uid: 42 as never }, 60, now);
    expect([row.grantId, row.uid, row.userCode]).toEqual([null, null, null]);
  });

  it('marks a consumed payload with the consumption time in epoch seconds', () => {
    const payload = { jti: 'tok1' };
    expect(toAdapterPayload({ payload, consumedAt: null })).toBe(payload);
    expect(toAdapterPayload({ payload, consumedAt: '2026-03-01T10:00:00.900Z' })).toEqual({
      jti: 'tok1',
      consumed: Date.parse('2026-03-01T10:00:00Z') / 1000,
    });
  });
});
