import { assertConsentReadable } from './consent-read-rule';

function outcome(status: string): string {
  try {
    assertConsentReadable({ status } as never);
    return 'read';
  } catch (e) {
    const error = e as { status: number; code: string; withoutBody?: boolean };
    return error.withoutBody ? `${error.status} without body` : `${error.status} ${error.code}`;
  }
}

describe('which consent statuses allow reads', () => {
  it.each([
    ['Authorized', 'read'],
    ['Suspended', '403 Consent.TransientAccountAccessFailure'],
    ['AwaitingAuthorization', '401 without body'],
    ['Rejected', '401 without body'],
    ['Revoked', '401 without body'],
    ['Expired', '401 without body'],
    ['Consumed', '401 without body'],
  ])('%s → %s', (status, expected) => {
    expect(outcome(status)).toBe(expected);
  });
});
