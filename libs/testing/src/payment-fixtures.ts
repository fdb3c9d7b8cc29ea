import type { AuthorizationDetail, OzonePayment } from '@hub/ozone-connect';
import type { PaymentLogEntry } from '@hub/payments';
import type { AEPaymentRequest } from '@hub/standards';

/** The two official documents a payment resource joins (paths under third_party/uae-open-finance-specs/dist). */
export const OZONE_CONNECT_SI_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml';
export const BANK_INITIATION_DOC = 'standards/v2.1-errata2/uae-bank-initiation-openapi.yaml';

/** A tenant's resource server, and a payment consent of it. */
export const PAYMENT_RS = 'https://rs1.falcon-bank.example/falcon-bank/rs';
export const PAYMENT_CONSENT_ID = 'b8f4c7a2-5d3e-4a8b-9c1d-2e6f7a8b9c0d';
/** A compact JWE as the TPP's PersonalIdentifiableInformation (never decrypted by the hub). */
export const PII_JWE = 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a2V5.aXY.Y2lwaGVy.dGFn';

/**
 * The rich authorization request of a single instant payment of 100.00 AED (what PAR takes),
 * valid for 30 days from `now`, with the TPP's webhook subscription and its PII when given.
 */
export function singlePaymentConsentDetail(consentId: string, now: Date, o: { webhook?: { Url?: string; IsActive?: boolean }; pii?: string } = {}): AuthorizationDetail {
  return {
    type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
    consent: {
      ConsentId: consentId,
      ExpirationDateTime: new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000).toISOString(),
      ControlParameters: { IsDelegatedAuthentication: false, ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } } },
      ...(o.pii ? { PersonalIdentifiableInformation: o.pii } : {}),
      PaymentPurposeCode: 'ACM',
    },
    ...(o.webhook ? { subscription: { Webhook: o.webhook } } : {}),
  };
}

/** The TPP's message of POST /payments. */
export function paymentRequest(data: Partial<AEPaymentRequest['Data']> = {}): AEPaymentRequest {
  return {
    Data: {
      ConsentId: PAYMENT_CONSENT_ID,
      Instruction: { Amount: { Amount: '250.00', Currency: 'AED' } },
      PersonalIdentifiableInformation: PII_JWE,
      PaymentPurposeCode: 'ACM',
      DebtorReference: 'Rent March',
      CreditorReference: 'Flat 12',
      OpenFinanceBilling: { Type: 'PushP2P' },
      ...data,
    },
  };
}

/** The LFI's payment, as Ozone Connect's AEPaymentIdResponse.data has it, every member given. */
export function ocPayment(data: Partial<OzonePayment> = {}): OzonePayment {
  return {
    id: 'pay-7f3a9c',
    consentId: PAYMENT_CONSENT_ID,
    paymentTransactionId: 'AANI-20260301-000042',
    status: 'Pending',
    statusUpdateDateTime: '2026-03-01T10:00:01+04:00',
    creationDateTime: '2026-03-01T10:00:00+04:00',
    charges: [{ chargeBearer: 'BorneByDebtor', type: 'Fees', amount: { amount: '1.05', currency: 'AED' } }],
    exchangeRate: { unitCurrency: 'AED', exchangeRate: 0.2723, rateType: 'Actual', contractIdentification: 'fx-1', expirationDateTime: '2026-03-01T10:30:00+04:00' },
    instruction: { Amount: { amount: '250.00', currency: 'AED' } },
    paymentPurposeCode: 'ACM',
    debtorReference: 'Rent March',
    openFinanceBilling: { Type: 'PushP2P', NumberOfSuccessfulTransactions: 1 },
    ...data,
  };
}

/**
 * A payment of the hub's payment log: the TPP's paymentRequest() that the LFI created as
 * ocPayment() (10:00 in the UAE), its status reported 5 seconds later.
 */
export function paymentLogEntry(o: Partial<PaymentLogEntry> = {}): PaymentLogEntry {
  return {
    tenantId: 'falcon-bank',
    paymentId: 'pay-7f3a9c',
    reservationId: '0c9e4d2a-7b1f-4e8a-9d3c-5a6b7c8d9e0f',
    consentId: PAYMENT_CONSENT_ID,
    paymentType: 'cbuae-payment',
    clientId: '1a9fefc2-f84b-493b-8794-b7b53cdb34ff',
    organisationId: '3e93444a-326a-4a48-afb4-bdefe0a9df87',
    softwareStatementId: 'sandbox-fintech-all-roles',
    idempotencyKey: 'key-1',
    requestHash: 'hash-1',
    state: 'Created',
    amount: '250.00',
    currency: 'AED',
    status: 'Pending',
    request: paymentRequest(),
    response: ocPayment(),
    createdAt: '2026-03-01T06:00:00.000Z',
    statusUpdatedAt: '2026-03-01T06:00:05.000Z',
    version: 2,
    ...o,
  };
}
