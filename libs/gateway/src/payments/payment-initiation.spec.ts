import { ConsentError } from '@hub/consent';
import { ApiError } from '@hub/kernel';
import type { ConsentRecord, OzonePaymentPostRequest } from '@hub/ozone-connect';
import type { PaymentAttempt, PaymentBegin, PaymentCreated, PaymentLog, PaymentLogEntry, PaymentRefusal } from '@hub/payments';
import type { PaymentCommand } from './payment-admission';
import { PaymentInitiation } from './payment-initiation';
import type { PaymentLfi, PaymentSent } from './payment-lfi';
import { paymentUrls } from './payment-mapping';
import { paymentRequestHash } from './payment-request-hash';
import { CONSENT_ID, ocPayment, paymentRequest, RS } from './testing/payment-fixtures';

/**
 * The payment log's idempotency as its contract states it (key per TPP; same hash finished →
 * replay, same hash unfinished → in-flight, another hash → 409), kept in memory: this spec is
 * about what the gateway does with each outcome, not about the log's storage.
 */
class LogInMemory implements Pick<PaymentLog, 'begin' | 'created' | 'refused'> {
  readonly entries: PaymentLogEntry[] = [];

  async begin(a: PaymentAttempt): Promise<PaymentBegin> {
    const same = this.entries.find((e) => e.clientId === a.clientId && e.paymentType === a.paymentType && e.idempotencyKey === a.idempotencyKey);
    if (same && same.requestHash !== a.requestHash) throw new ConsentError('conflict', 'GenericError', 'x-idempotency-key was used with another request');
    if (same) return { kind: same.state === 'InFlight' ? 'in-flight' : 'replay', entry: same };
    const entry: PaymentLogEntry = {
      ...a,
      reservationId: `r-${this.entries.length + 1}`,
      state: 'InFlight',
      createdAt: '2026-03-01T06:00:00.000Z',
      statusUpdatedAt: '2026-03-01T06:00:00.000Z',
      version: 1,
    };
    this.entries.push(entry);
    return { kind: 'reserved', entry };
  }

  async created(_tenantId: string, reservationId: string, lfi: PaymentCreated): Promise<PaymentLogEntry> {
    const entry = this.entries.find((e) => e.reservationId === reservationId)!;
    Object.assign(entry, { state: 'Created', paymentId: lfi.paymentId, status: lfi.status, response: lfi.data, accountId: lfi.accountId, psuIdentifiers: lfi.psuIdentifiers });
    return entry;
  }

  async refused(_tenantId: string, reservationId: string, refusal: PaymentRefusal): Promise<PaymentLogEntry> {
    const entry = this.entries.find((e) => e.reservationId === reservationId)!;
    Object.assign(entry, { state: 'Refused', refusal });
    return entry;
  }
}

/** The LFI: answers in turn, and remembers what it was sent. */
class LfiScript implements Pick<PaymentLfi, 'create'> {
  readonly sent: OzonePaymentPostRequest[] = [];
  constructor(private readonly answers: PaymentSent[]) {}

  async create(_tenantId: string, body: OzonePaymentPostRequest): Promise<PaymentSent> {
    this.sent.push(body);
    const answer = this.answers.shift();
    if (!answer) throw new Error('the LFI was not expected to be called again');
    return answer;
  }
}

const consent = {
  id: CONSENT_ID,
  accountIds: ['acc-001'],
  psuIdentifiers: { userId: 'psu-1' },
  tpp: { clientId: 'tpp-1', tppId: 'tpp-1', tppName: 'Fintech', softwareStatementId: 'ss-1', orgId: 'org-1', decodedSsa: {} },
} as unknown as ConsentRecord;

function command(o: { key?: string; amount?: string } = {}): PaymentCommand {
  const message = paymentRequest({ Instruction: { Amount: { Amount: o.amount ?? '250.00', Currency: 'AED' } } });
  return {
    tenantId: 'falcon-bank',
    caller: { kind: 'tpp', clientId: 'tpp-1', organisationId: 'org-1', softwareStatementId: 'ss-1', certificateSha256: 'x', organisationName: 'Fintech', roles: ['BSIP'] },
    consent,
    message,
    idempotencyKey: o.key ?? 'key-1',
    requestHash: paymentRequestHash(message),
    o3: { callerOrgId: 'org-1', callerClientId: 'tpp-1', callerSoftwareStatementId: 'ss-1', apiUri: '/open-finance/payment/v2.1/payments', apiOperation: 'POST', ozoneInteractionId: 'i-1', consentId: CONSENT_ID },
    requestUrl: `${RS}/open-finance/payment/v2.1/payments`,
    requestHeaders: { authorization: 'Bearer t', 'x-idempotency-key': o.key ?? 'key-1', 'content-type': 'application/jwt' },
    interactionId: 'i-1',
    urls: paymentUrls(RS),
  };
}

const created: PaymentSent = { kind: 'created', payment: ocPayment() };
const refused: PaymentSent = { kind: 'refused', refusal: { status: 400, code: 'Bank.InsufficientFunds', message: 'Not enough funds' } };
const unanswered: PaymentSent = { kind: 'unanswered', error: new ApiError(500, 'GenericRecoverableError', 'try again later') };

function setup(answers: PaymentSent[]) {
  const log = new LogInMemory();
  const lfi = new LfiScript(answers);
  return { log, lfi, initiation: new PaymentInitiation(log as unknown as PaymentLog, lfi as unknown as PaymentLfi) };
}

const failureOf = (p: Promise<unknown>) => p.then(() => undefined, (e: ApiError) => ({ status: e.status, code: e.code }));

describe('PaymentInitiation', () => {
  it('sends a reserved payment to the LFI and answers 201 with the payment it made', async () => {
    const { log, lfi, initiation } = setup([created]);
    const answer = await initiation.execute(command());
    expect(lfi.sent).toHaveLength(1);
    expect(answer).toMatchObject({ paymentId: 'pay-7f3a9c', location: `${RS}/open-finance/payment/v2.1/payments/pay-7f3a9c` });
    expect(answer.body.Data).toMatchObject({ PaymentId: 'pay-7f3a9c', ConsentId: CONSENT_ID, Status: 'Pending', Instruction: { Amount: { Amount: '250.00', Currency: 'AED' } } });
    expect(log.entries[0]).toMatchObject({ state: 'Created', paymentId: 'pay-7f3a9c', amount: '250.00', currency: 'AED', accountId: 'acc-001', psuIdentifiers: { userId: 'psu-1' } });
  });

  it('sends the LFI the TPP’s message, URL and headers (without its token) and the consent’s TPP record', async () => {
    const { lfi, initiation } = setup([created]);
    await initiation.execute(command());
    expect(lfi.sent[0]).toEqual({
      requestUrl: `${RS}/open-finance/payment/v2.1/payments`,
      paymentType: 'cbuae-payment',
      request: command().message,
      requestHeaders: { 'content-type': 'application/jwt', 'x-idempotency-key': 'key-1' },
      tpp: consent.tpp,
    });
  });

  it('answers a retry with the same key and message with the first answer, without a second payment', async () => {
    const { lfi, initiation } = setup([created]);
    const first = await initiation.execute(command());
    const again = await initiation.execute(command());
    expect(again).toEqual(first);
    expect(lfi.sent).toHaveLength(1);
  });

  it('refuses the same key with another message: 409 GenericError, nothing sent', async () => {
    const { lfi, initiation } = setup([created]);
    await initiation.execute(command());
    expect(await failureOf(initiation.execute(command({ amount: '999.00' })))).toEqual({ status: 409, code: 'GenericError' });
    expect(lfi.sent).toHaveLength(1);
  });

  it('records the LFI’s refusal and answers it again to a retry, without asking the LFI twice', async () => {
    const { log, lfi, initiation } = setup([refused]);
    expect(await failureOf(initiation.execute(command()))).toEqual({ status: 400, code: 'Bank.InsufficientFunds' });
    expect(log.entries[0]).toMatchObject({ state: 'Refused', refusal: { status: 400, code: 'Bank.InsufficientFunds' } });
    expect(await failureOf(initiation.execute(command()))).toEqual({ status: 400, code: 'Bank.InsufficientFunds' });
    expect(lfi.sent).toHaveLength(1);
  });

  it('leaves an unanswered payment in flight (500), and sends it again on a retry with the key', async () => {
    const { log, lfi, initiation } = setup([unanswered, created]);
    expect(await failureOf(initiation.execute(command()))).toEqual({ status: 500, code: 'GenericRecoverableError' });
    expect(log.entries[0].state).toBe('InFlight');
    const answer = await initiation.execute(command());
    expect(answer.paymentId).toBe('pay-7f3a9c');
    expect(lfi.sent).toHaveLength(2);
    expect(lfi.sent[1].requestHeaders).toMatchObject({ 'x-idempotency-key': 'key-1' });
    expect(log.entries).toHaveLength(1);
  });

  it('passes the payment log’s consent refusals on as the standard’s errors, nothing sent', async () => {
    const { log, lfi, initiation } = setup([]);
    log.begin = async () => {
      throw ConsentError.invalid('the amount is over MaximumIndividualAmount', 'Consent.FailsControlParameters');
    };
    expect(await failureOf(initiation.execute(command()))).toEqual({ status: 400, code: 'Consent.FailsControlParameters' });
    expect(lfi.sent).toHaveLength(0);
  });

  it('keeps keys apart per TPP', async () => {
    const { lfi, initiation } = setup([created, { kind: 'created', payment: ocPayment({ id: 'pay-other' }) }]);
    await initiation.execute(command());
    const other = command();
    other.caller = { ...other.caller, clientId: 'tpp-2' } as PaymentCommand['caller'];
    expect((await initiation.execute(other)).paymentId).toBe('pay-other');
    expect(lfi.sent).toHaveLength(2);
  });
});
