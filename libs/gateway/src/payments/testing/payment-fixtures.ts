import type { OzonePayment } from '@hub/ozone-connect';
import type { AEPaymentRequest } from '@hub/standards';

/** The two official documents the payment mapping joins (paths under third_party/uae-open-finance-specs/dist). */
export const OZONE_CONNECT_SI_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml';
export const BANK_INITIATION_DOC = 'standards/v2.1-errata2/uae-bank-initiation-openapi.yaml';

export const RS = 'https://rs1.falcon-bank.example/falcon-bank/rs';
export const CONSENT_ID = 'b8f4c7a2-5d3e-4a8b-9c1d-2e6f7a8b9c0d';
export const JWE = 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a2V5.aXY.Y2lwaGVy.dGFn';

/** The TPP's message of POST /payments. */
export function paymentRequest(data: Partial<AEPaymentRequest['Data']> = {}): AEPaymentRequest {
  return {
    Data: {
      ConsentId: CONSENT_ID,
      Instruction: { Amount: { Amount: '250.00', Currency: 'AED' } },
      PersonalIdentifiableInformation: JWE,
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
    consentId: CONSENT_ID,
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
