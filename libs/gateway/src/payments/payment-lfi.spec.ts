import { OzoneConnectError } from '@hub/ozone-connect';
import { classifyPaymentFailure, createdPayment } from './payment-lfi';

const lfiError = (status: number | undefined, errorCode?: string, errorMessage?: string) =>
  new OzoneConnectError(`Ozone Connect answered ${status}`, { permanent: status !== undefined && status < 500, status, errorCode, errorMessage });

describe('classifyPaymentFailure (POST /payments)', () => {
  it.each([
    ['400 with a standard code', lfiError(400, 'Consent.FailsControlParameters', 'Over the limit'), { status: 400, code: 'Consent.FailsControlParameters', message: 'Over the limit' }],
    ['400 with a namespaced LFI code', lfiError(400, 'Bank.InsufficientFunds', 'Not enough funds'), { status: 400, code: 'Bank.InsufficientFunds', message: 'Not enough funds' }],
    ['403 for a blocked account', lfiError(403, 'Consent.AccountTemporarilyBlocked', 'Account suspended'), { status: 403, code: 'Consent.AccountTemporarilyBlocked', message: 'Account suspended' }],
    ['409, the LFI’s idempotency conflict, which the payments document has', lfiError(409, 'GenericError', 'Key reused'), { status: 409, code: 'GenericError', message: 'Key reused' }],
    ['404 (the consented account is gone)', lfiError(404), { status: 403, code: 'Consent.PermanentAccountAccessFailure', message: 'The account is no longer available at the LFI.' }],
  ])('a %s is a refusal: nothing was made, and a retry gets it again', (_name, e, refusal) => {
    expect(classifyPaymentFailure(e)).toEqual({ kind: 'refused', refusal });
  });

  it.each([
    ['500', lfiError(500, 'Internal', 'db down'), 'GenericRecoverableError'],
    ['503', lfiError(503), 'GenericRecoverableError'],
    ['429', lfiError(429), 'GenericRecoverableError'],
    ['timeout (no status)', lfiError(undefined), 'GenericRecoverableError'],
    ['401 of the hub’s own call', lfiError(401, 'Unauthorized', 'JWT expired'), 'GenericError'],
  ])('a %s leaves the payment’s fate open: 500 %s, without the LFI’s text', (_name, e, code) => {
    const outcome = classifyPaymentFailure(e);
    expect(outcome.kind).toBe('unanswered');
    expect(outcome.kind === 'unanswered' && { status: outcome.error.status, code: outcome.error.code }).toEqual({ status: 500, code });
    expect(outcome.kind === 'unanswered' && outcome.error.message).not.toMatch(/db down|JWT expired/);
  });
});

describe('createdPayment (the LFI’s 201 body)', () => {
  it('is the data of a body naming the payment and its status', () => {
    expect(createdPayment({ data: { id: 'p-1', status: 'Pending', extra: 1 }, meta: {} })).toEqual({ id: 'p-1', status: 'Pending', extra: 1 });
  });

  it.each([
    ['no body', undefined],
    ['no data', { meta: {} }],
    ['no id', { data: { status: 'Pending' } }],
    ['an empty id', { data: { id: '', status: 'Pending' } }],
    ['an id over 40 characters (AEPaymentId)', { data: { id: 'p'.repeat(41), status: 'Pending' } }],
    ['no status', { data: { id: 'p-1' } }],
    ['a status of no list', { data: { id: 'p-1', status: 'Done' } }],
    ['a file payment\'s Received on a single payment', { data: { id: 'p-1', status: 'Received' } }],
  ])('is undefined for %s', (_name, body) => {
    expect(createdPayment(body)).toBeUndefined();
  });

  it('takes Received for a file payment', () => {
    expect(createdPayment({ data: { id: 'f-1', status: 'Received' } }, 'cbuae-file-payment')).toMatchObject({ id: 'f-1', status: 'Received' });
  });
});
