import { aed, combined, filePayment, multi, paid, single, variableOnDemand } from './control-parameters.fixture';
import { consentUsedUp } from './consent-used-up';
import { paymentConsumption } from './payment-consumption';

const NOW = new Date('2026-03-10T08:00:00Z');

describe('paymentConsumption', () => {
  it('is zero in the consent currency before any payment, with period members only for a schedule with a PeriodType', () => {
    expect(paymentConsumption(single(), [], NOW)).toEqual({ CumulativeNumberOfPayments: 0, CumulativeValueOfPayments: { Amount: '0.00', Currency: 'AED' } });
    const usd = multi(variableOnDemand({ MaximumIndividualAmount: { Amount: '5.00', Currency: 'USD' } }));
    expect(paymentConsumption(usd, [], NOW)).toEqual({
      CumulativeNumberOfPayments: 0,
      CumulativeValueOfPayments: { Amount: '0.00', Currency: 'USD' },
      CumulativeNumberOfPaymentsInCurrentPeriod: 0,
      CumulativeValueOfPaymentsInCurrentPeriod: { Amount: '0.00', Currency: 'USD' },
    });
    expect(paymentConsumption(filePayment(), [], NOW).CumulativeValueOfPayments).toEqual({ Amount: '0.00', Currency: 'AED' });
    expect(paymentConsumption(undefined, [], NOW)).toEqual({ CumulativeNumberOfPayments: 0, CumulativeValueOfPayments: { Amount: '0.00', Currency: 'AED' } });
  });

  it('sums exactly, and counts the current (UAE) period apart', () => {
    const cp = multi(variableOnDemand({ MaximumIndividualAmount: aed('50.00') }, 'Week', '2026-03-03'));
    const counted = [paid('0.10', '2026-03-02T08:00:00Z'), paid('0.20', '2026-03-02T20:00:00Z'), paid('10.05', '2026-03-09T19:59:59Z'), paid('1.00', '2026-03-09T20:00:00Z')];
    expect(paymentConsumption(cp, counted, NOW)).toEqual({
      CumulativeNumberOfPayments: 4,
      CumulativeValueOfPayments: { Amount: '11.35', Currency: 'AED' },
      CumulativeNumberOfPaymentsInCurrentPeriod: 1,
      CumulativeValueOfPaymentsInCurrentPeriod: { Amount: '1.00', Currency: 'AED' },
    });
  });

  it('leaves a Combined consent’s single out of the period members', () => {
    const cp = combined('10.00', variableOnDemand({ MaximumIndividualAmount: aed('5.00') }));
    const counted = [paid('10.00', '2026-03-10T05:00:00Z'), paid('5.00', '2026-03-10T06:00:00Z')];
    expect(paymentConsumption(cp, counted, NOW)).toMatchObject({
      CumulativeNumberOfPayments: 2,
      CumulativeValueOfPayments: { Amount: '15.00', Currency: 'AED' },
      CumulativeNumberOfPaymentsInCurrentPeriod: 1,
      CumulativeValueOfPaymentsInCurrentPeriod: { Amount: '5.00', Currency: 'AED' },
    });
  });
});

describe('consentUsedUp', () => {
  const vod = multi(variableOnDemand({ MaximumIndividualAmount: aed('50.00') }), { MaximumCumulativeNumberOfPayments: 2, MaximumCumulativeValueOfPayments: aed('60.00') });
  const fds = multi({ Type: 'FixedDefinedSchedule', Schedule: [{ PaymentExecutionDate: '2026-03-10', Amount: aed('1.00') }, { PaymentExecutionDate: '2026-03-11', Amount: aed('1.00') }] });
  const at = (i: number) => `2026-03-1${i}T08:00:00Z`;

  it.each<[string, unknown, string[], boolean]>([
    ['a single payment consent, unpaid', single(), [], false],
    ['a single payment consent, paid', single(), ['100.00'], true],
    ['a file payment consent, paid', filePayment(), ['1500.50'], true],
    ['a multi-payment below its limits', vod, ['10.00'], false],
    ['a multi-payment at MaximumCumulativeNumberOfPayments', vod, ['10.00', '10.00'], true],
    ['a multi-payment at exactly MaximumCumulativeValueOfPayments', multi(variableOnDemand({ MaximumIndividualAmount: aed('50.00') }), { MaximumCumulativeValueOfPayments: aed('60.00') }), ['30.00', '30.00'], true],
    ['a defined schedule with a payment left', fds, ['1.00'], false],
    ['a defined schedule fully paid', fds, ['1.00', '1.00'], true],
    ['a Combined consent whose single is unused', combined('10.00', variableOnDemand({ MaximumIndividualAmount: aed('5.00') })), ['5.00'], false],
    ['a consent without ConsentSchedule', {}, ['5.00', '5.00'], false],
  ])('%s → %s', (_name, cp, amounts, expected) => {
    expect(consentUsedUp(cp, amounts.map((a, i) => paid(a, at(i))))).toBe(expected);
  });
});
