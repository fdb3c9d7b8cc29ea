import { ApiError } from '@hub/kernel';
import { nextUploadStep, UPLOAD_LEASE_MS, type PaymentFileAttempt, type PaymentFileUpload, type PaymentFileUploadState } from './payment-file-uploads';

const NOW = new Date('2026-05-01T08:00:00.000Z');
const attempt: PaymentFileAttempt = { tenantId: 't', consentId: 'c', clientId: 'tpp', idempotencyKey: 'key-1', fileHash: 'h', mediaType: 'text/csv', size: 10 };

function record(state: PaymentFileUploadState, key = 'key-1', ageMs = 0): PaymentFileUpload {
  const at = new Date(NOW.getTime() - ageMs).toISOString();
  return { ...attempt, idempotencyKey: key, state, createdAt: at, updatedAt: at };
}

function step(r: PaymentFileUpload | undefined): string {
  try {
    return nextUploadStep(r, attempt, NOW).kind;
  } catch (e) {
    return `${(e as ApiError).status} ${(e as ApiError).code}`;
  }
}

describe('the idempotency of a file upload', () => {
  it.each([
    ['no upload yet', undefined, 'create'],
    ['Uploaded with this key: the first answer again, nothing sent', record('Uploaded'), 'replay'],
    ['Uploaded with another key: a consent has one file', record('Uploaded', 'key-0'), '400 Consent.BusinessRuleViolation'],
    ['Refused with this key: the refusal again', record('Refused'), 'replay'],
    ['Refused with another key: a new try', record('Refused', 'key-0'), 'take-over'],
    ['InFlight with this key (the first request still at the LFI)', record('InFlight', 'key-1', UPLOAD_LEASE_MS - 1), '400 GenericRecoverableError'],
    ['InFlight with another key, within the lease', record('InFlight', 'key-0', UPLOAD_LEASE_MS - 1), '400 GenericRecoverableError'],
    ['InFlight with this key, lease over (its request died with a hub)', record('InFlight', 'key-1', UPLOAD_LEASE_MS), 'take-over'],
    ['InFlight with another key, lease over', record('InFlight', 'key-0', UPLOAD_LEASE_MS), 'take-over'],
  ])('%s', (_name, r, expected) => {
    expect(step(r)).toBe(expected);
  });

  it('replays the record itself, so the refusal travels back', () => {
    const refused = { ...record('Refused'), refusal: { status: 400, code: 'Consent.FailsControlParameters', message: 'count' } };
    expect(nextUploadStep(refused, attempt, NOW)).toEqual({ kind: 'replay', upload: refused });
  });
});
