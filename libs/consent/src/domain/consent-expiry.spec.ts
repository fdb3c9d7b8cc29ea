import type { ConsentRecord } from '@hub/ozone-connect';
import { isExpiryDue } from './consent-expiry';

const at = (iso: string) => new Date(iso);

function record(status: string, data: Record<string, unknown>): ConsentRecord {
  return { status, consentBody: { Data: data } } as unknown as ConsentRecord;
}

describe('isExpiryDue', () => {
  const data = { ExpirationDateTime: '2026-03-02T00:00:00+00:00', AuthorizationExpirationDateTime: '2026-03-01T01:00:00+00:00' };

  it.each(['Authorized', 'Suspended'])('expires a %s consent at its ExpirationDateTime, not at the authorization window', (status) => {
    expect(isExpiryDue(record(status, data), at('2026-03-01T12:00:00Z'))).toBe(false);
    expect(isExpiryDue(record(status, data), at('2026-03-02T00:00:00Z'))).toBe(true);
  });

  it('expires a consent awaiting authorization when the authorization window closes', () => {
    expect(isExpiryDue(record('AwaitingAuthorization', data), at('2026-03-01T00:59:59Z'))).toBe(false);
    expect(isExpiryDue(record('AwaitingAuthorization', data), at('2026-03-01T01:00:00Z'))).toBe(true);
  });

  it('expires a consent awaiting authorization without a window at its ExpirationDateTime', () => {
    expect(isExpiryDue(record('AwaitingAuthorization', { ExpirationDateTime: data.ExpirationDateTime }), at('2026-03-02T00:00:01Z'))).toBe(true);
  });

  it.each(['Revoked', 'Rejected', 'Expired', 'Consumed'])('never expires a %s consent', (status) => {
    expect(isExpiryDue(record(status, data), at('2027-01-01T00:00:00Z'))).toBe(false);
  });
});
