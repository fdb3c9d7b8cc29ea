import type { ConsentRecord } from '@hub/ozone-connect';
import { BANK_INITIATION_DOC, PAYMENT_CONSENT_ID as CONSENT_ID, PAYMENT_RS as RS, paymentLogEntry, readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { paymentConsentResource } from './payment-consent-resource';

const PAYMENTS = `${RS}/open-finance/payment/v2.1`;
const NOW = new Date('2026-03-10T06:00:00.000Z');

/** An Authorized VRP consent: up to 500 AED a payment, a monthly period from 1 March. */
function vrpConsent(): ConsentRecord {
  const data = {
    ConsentId: CONSENT_ID,
    Status: 'Authorized',
    CreationDateTime: '2026-03-01T05:00:00+00:00',
    StatusUpdateDateTime: '2026-03-01T05:01:00+00:00',
    ExpirationDateTime: '2026-12-31T00:00:00+00:00',
    ControlParameters: {
      IsDelegatedAuthentication: false,
      ConsentSchedule: {
        MultiPayment: {
          MaximumCumulativeNumberOfPayments: 10,
          PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Month', PeriodStartDate: '2026-03-01', Controls: { MaximumIndividualAmount: { Amount: '500.00', Currency: 'AED' } } },
        },
      },
    },
    PaymentPurposeCode: 'ACM',
  };
  return { id: CONSENT_ID, consentType: 'cbuae-service-initiation-consents', status: 'Authorized', consentBody: { Data: data }, updatedAt: '2026-03-01T05:01:00.000Z' } as unknown as ConsentRecord;
}

const paid = (id: string, amount: string, createdAt: string, o: Parameters<typeof paymentLogEntry>[0] = {}) => paymentLogEntry({ paymentId: id, amount, createdAt, ...o });

describe('paymentConsentResource', () => {
  const payments = [
    paid('pay-1', '100.00', '2026-02-27T06:00:00.000Z'),
    paid('pay-2', '50.00', '2026-03-02T06:00:00.000Z'),
    // Rejected by the LFI, or refused (4xx: no payment id): consume nothing; a rejected payment is still a resource.
    paid('pay-3', '70.00', '2026-03-03T06:00:00.000Z', { status: 'Rejected' }),
    paid('pay-x', '80.00', '2026-03-04T06:00:00.000Z', { paymentId: undefined, state: 'Refused', status: undefined }),
    paid('pay-4', '25.50', '2026-03-05T06:00:00.000Z', { paymentType: 'cbuae-file-payment' }),
  ];

  it('tells what the counted payments consumed, overall and in the current period, in the consent’s currency', () => {
    const { Data } = paymentConsentResource(vrpConsent(), payments, { resourceServerUrl: RS, at: NOW });
    expect(Data.PaymentConsumption).toEqual({
      CumulativeNumberOfPayments: 3,
      CumulativeValueOfPayments: { Amount: '175.50', Currency: 'AED' },
      CumulativeNumberOfPaymentsInCurrentPeriod: 2,
      CumulativeValueOfPaymentsInCurrentPeriod: { Amount: '75.50', Currency: 'AED' },
    });
  });

  it('links the payment resources the LFI made under the consent (AERelatedPayment), a file payment at /file-payments', () => {
    const { Links } = paymentConsentResource(vrpConsent(), payments, { resourceServerUrl: RS, at: NOW });
    expect(Links).toEqual({
      Self: `${PAYMENTS}/payment-consents/${CONSENT_ID}`,
      Related: [`${PAYMENTS}/payments/pay-1`, `${PAYMENTS}/payments/pay-2`, `${PAYMENTS}/payments/pay-3`, `${PAYMENTS}/file-payments/pay-4`],
    });
  });

  it('is the consent as it was at `at`: later payments neither count nor link', () => {
    const resource = paymentConsentResource(vrpConsent(), payments, { resourceServerUrl: RS, at: new Date('2026-03-02T06:00:00.000Z') });
    expect(resource.Data.PaymentConsumption).toMatchObject({ CumulativeNumberOfPayments: 2, CumulativeNumberOfPaymentsInCurrentPeriod: 1 });
    expect(resource.Links.Related).toEqual([`${PAYMENTS}/payments/pay-1`, `${PAYMENTS}/payments/pay-2`]);
  });

  it('is zero before any payment, and the resource is the document’s payment consent (AEPaymentConsentResponseSigned’s message)', () => {
    const resource = paymentConsentResource(vrpConsent(), [], { resourceServerUrl: RS, at: NOW });
    expect(resource.Data.PaymentConsumption).toEqual({
      CumulativeNumberOfPayments: 0,
      CumulativeValueOfPayments: { Amount: '0.00', Currency: 'AED' },
      CumulativeNumberOfPaymentsInCurrentPeriod: 0,
      CumulativeValueOfPaymentsInCurrentPeriod: { Amount: '0.00', Currency: 'AED' },
    });
    expect(resource.Links.Related).toEqual([]);
    expect(validateAgainstComponent(readOfficialSpec(BANK_INITIATION_DOC), 'AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties', resource).errors).toBe('No errors');
  });
});
