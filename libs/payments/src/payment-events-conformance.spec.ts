import { flattenClosedAllOf, readOfficialSpec, validateAgainst } from '@hub/testing';
import type { PaymentLogEntry } from './payment-log-entry';
import { paymentEventData, paymentResource } from './payment-events';

/**
 * The payment resource and the webhook Data against the official v2.1-errata2 documents: the
 * `Data` of AEPaymentIdResponse / AEFilePaymentIdResponse (bank initiation) and of
 * AEWebhookPaymentInitiationEventProperties (webhook template).
 */
const BANK_INITIATION = readOfficialSpec('standards/v2.1-errata2/uae-bank-initiation-openapi.yaml');
const WEBHOOKS = readOfficialSpec('standards/v2.1-errata2/uae-webhook-template-openapi.yaml');

function dataOf(doc: any, component: string, value: unknown): string {
  const id = `urn:openapi:${String(doc.info?.title ?? 'doc').replace(/\s+/g, '-')}`;
  return validateAgainst({ $ref: `${id}#/components/schemas/${component}/properties/Data` }, value, [{ ...flattenClosedAllOf(doc), $id: id }]).errors;
}

const LFI_DATA = {
  id: 'p-1',
  consentId: 'c-1',
  paymentTransactionId: 'AANI-1',
  status: 'Pending',
  statusUpdateDateTime: '2026-03-10T08:00:00+00:00',
  creationDateTime: '2026-03-10T08:00:00+00:00',
  charges: [{ chargeBearer: 'BorneByDebtor', type: 'Fees', amount: { amount: '1.00', currency: 'AED' } }],
  exchangeRate: { unitCurrency: 'AED', exchangeRate: 3.6725, rateType: 'Actual' },
  paymentPurposeCode: 'ACM',
};

const payment = (o: Partial<PaymentLogEntry> = {}): PaymentLogEntry => ({
  tenantId: 't',
  paymentId: 'p-1',
  reservationId: 'r-1',
  consentId: 'c-1',
  paymentType: 'cbuae-payment',
  clientId: 'client',
  organisationId: 'org',
  softwareStatementId: 'ss',
  idempotencyKey: 'k',
  requestHash: 'h',
  state: 'Created',
  amount: '100.00',
  currency: 'AED',
  status: 'Pending',
  request: {
    Data: {
      ConsentId: 'c-1',
      Instruction: { Amount: { Amount: '100.00', Currency: 'AED' } },
      CurrencyRequest: { CurrencyOfTransfer: 'USD', ExtendedPurpose: 'Family support', InstructionPriority: 'Normal' },
      PersonalIdentifiableInformation: 'eyJ.a.b.c.d',
      PaymentPurposeCode: 'ACM',
      DebtorReference: 'Invoice 42',
      OpenFinanceBilling: { Type: 'PushP2P', MerchantId: 'MERCHANT-0001' },
    },
  },
  response: LFI_DATA,
  createdAt: '2026-03-10T08:00:00.000Z',
  statusUpdatedAt: '2026-03-10T08:00:05.000Z',
  version: 2,
  ...o,
});

describe('payment resource conformance', () => {
  it.each<[PaymentLogEntry['status'], Partial<PaymentLogEntry>]>([
    ['Pending', {}],
    ['AcceptedCreditSettlementCompleted', {}],
    ['Rejected', { rejectReasonCode: [{ code: 'AANI.AM04', message: 'Insufficient funds' }] }],
  ])('a %s payment is AEPaymentIdResponse.Data and the webhook Data', (status, extra) => {
    const entry = payment({ status, ...extra });
    expect(dataOf(BANK_INITIATION, 'AEPaymentIdResponse', paymentResource(entry))).toBe('No errors');
    expect(dataOf(WEBHOOKS, 'AEWebhookPaymentInitiationEventProperties', paymentEventData(entry))).toBe('No errors');
  });

  it('a minimal payment (no LFI extras) still is', () => {
    const entry = payment({ response: { id: 'p-1', status: 'Pending', creationDateTime: '2026-03-10T08:00:00+00:00', statusUpdateDateTime: '2026-03-10T08:00:00+00:00', paymentPurposeCode: 'ACM' } });
    expect(dataOf(BANK_INITIATION, 'AEPaymentIdResponse', paymentResource(entry))).toBe('No errors');
  });

  it('a file payment is AEFilePaymentIdResponse.Data', () => {
    const entry = payment({
      paymentType: 'cbuae-file-payment',
      status: 'AcceptedCreditSettlementCompleted',
      numberOfSuccessfulTransactions: 3,
      request: { Data: { ConsentId: 'c-1', Instruction: { FileType: 'sandbox.payroll.csv.v1', FileHash: 'aGFzaA==', NumberOfTransactions: 3, ControlSum: '10.00' }, PaymentPurposeCode: 'SAL' } },
    });
    expect(dataOf(BANK_INITIATION, 'AEFilePaymentIdResponse', paymentResource(entry))).toBe('No errors');
  });

  it('the check can fail: a payment without its Instruction is not the resource', () => {
    const entry = payment({ request: { Data: { ConsentId: 'c-1', PaymentPurposeCode: 'ACM', OpenFinanceBilling: { Type: 'PushP2P' } } }, response: { ...LFI_DATA } });
    expect(dataOf(BANK_INITIATION, 'AEPaymentIdResponse', paymentResource(entry))).toContain('Instruction');
  });
});
