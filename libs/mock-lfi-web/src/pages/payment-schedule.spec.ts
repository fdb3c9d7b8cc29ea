import { scheduleOf } from './plain-language';

const aed = (Amount: string) => ({ Amount, Currency: 'AED' });
const multi = (PeriodicSchedule: unknown, extra: Record<string, unknown> = {}) => ({ ConsentSchedule: { MultiPayment: { ...extra, PeriodicSchedule } } });
const GENERIC = /^Payments as set out in the app’s request/;

describe('scheduleOf', () => {
  it('describes a single instant payment', () => {
    expect(scheduleOf({ ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('1250.00') } } })).toEqual({
      amount: 'AED 1,250.00',
      schedule: 'One payment, now',
      limits: [],
    });
  });

  it('accepts the ConsentSchedule itself as well as ControlParameters', () => {
    expect(scheduleOf({ SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('5') } }).amount).toBe('AED 5');
  });

  it('describes fixed defined schedules by their dates and amounts', () => {
    const same = [{ PaymentExecutionDate: '2026-02-01', Amount: aed('100.00') }, { PaymentExecutionDate: '2026-03-01', Amount: aed('100.00') }];
    expect(scheduleOf(multi({ Type: 'FixedDefinedSchedule', Schedule: same }))).toEqual({
      amount: 'AED 100.00',
      schedule: '2 payments of AED 100.00 each, on 1 February 2026 and 1 March 2026',
      limits: [],
    });
    const differ = [same[0], { PaymentExecutionDate: '2026-03-01', Amount: aed('250.00') }];
    expect(scheduleOf(multi({ Type: 'FixedDefinedSchedule', Schedule: differ })).schedule).toBe('2 payments: AED 100.00 on 1 February 2026 and AED 250.00 on 1 March 2026');
  });

  it('describes variable defined schedules by their limits, and long ones by their span', () => {
    const one = scheduleOf(multi({ Type: 'VariableDefinedSchedule', Schedule: [{ PaymentExecutionDate: '2026-02-01', MaximumIndividualAmount: aed('300.00') }] }));
    expect(one).toEqual({ amount: undefined, schedule: 'One payment of up to AED 300.00 on 1 February 2026', limits: [] });
    const six = Array.from({ length: 6 }, (_, i) => ({ PaymentExecutionDate: `2026-0${i + 1}-15`, MaximumIndividualAmount: aed(`${i + 1}00.00`) }));
    expect(scheduleOf(multi({ Type: 'VariableDefinedSchedule', Schedule: six })).schedule).toBe('6 payments of varying amounts up to set limits, from 15 January 2026 to 15 June 2026');
  });

  it('describes periodic schedules with the overall limits', () => {
    const fixed = scheduleOf(
      multi({ Type: 'FixedPeriodicSchedule', PeriodType: 'Month', PeriodStartDate: '2026-02-01', Amount: aed('500.00') }, { MaximumCumulativeNumberOfPayments: 12, MaximumCumulativeValueOfPayments: aed('6000.00') }),
    );
    expect(fixed).toEqual({
      amount: 'AED 500.00',
      schedule: 'One payment of AED 500.00 a month, from 1 February 2026',
      limits: ['At most 12 payments in total', 'At most AED 6,000.00 in total'],
    });
    expect(scheduleOf(multi({ Type: 'VariablePeriodicSchedule', PeriodType: 'Week', PeriodStartDate: '2026-02-01', MaximumIndividualAmount: aed('75.00') }))).toEqual({
      schedule: 'One payment a week of up to AED 75.00, from 1 February 2026',
      limits: [],
    });
  });

  it('describes on-demand schedules with their per-period controls', () => {
    const fixed = scheduleOf(
      multi({ Type: 'FixedOnDemand', PeriodType: 'Day', PeriodStartDate: '2026-02-01', Amount: aed('50.00'), Controls: { MaximumCumulativeNumberOfPaymentsPerPeriod: 1, MaximumCumulativeValueOfPaymentsPerPeriod: aed('50.00') } }),
    );
    expect(fixed).toEqual({ amount: 'AED 50.00', schedule: 'Payments of AED 50.00 each, whenever they are needed, from 1 February 2026', limits: ['At most 1 payment a day', 'At most AED 50.00 a day'] });
    const variable = scheduleOf(
      multi(
        { Type: 'VariableOnDemand', PeriodType: 'Year', PeriodStartDate: '2026-02-01', Controls: { MaximumIndividualAmount: aed('1000.00'), MaximumCumulativeValueOfPaymentsPerPeriod: aed('12000.00'), MaximumCumulativeNumberOfPaymentsPerPeriod: 24 } },
        { MaximumCumulativeNumberOfPayments: 40 },
      ),
    );
    expect(variable).toEqual({
      schedule: 'Payments of varying amounts, whenever they are needed, from 1 February 2026',
      limits: ['Each payment at most AED 1,000.00', 'At most 24 payments a year', 'At most AED 12,000.00 a year', 'At most 40 payments in total'],
    });
  });

  it('also reads a periodic schedule keyed by its variant name', () => {
    expect(scheduleOf(multi({ FixedPeriodicSchedule: { PeriodType: 'Year', PeriodStartDate: '2026-02-01', Amount: aed('500.00') } })).schedule).toBe('One payment of AED 500.00 a year, from 1 February 2026');
  });

  it('describes a file of payments', () => {
    const file = { FileType: 'UAE.CBUAE.Bulk', FileHash: 'x', NumberOfTransactions: 25, ControlSum: '15000.50', RequestedExecutionDate: '2026-03-01' };
    expect(scheduleOf({ ConsentSchedule: { FilePayment: file } })).toEqual({ schedule: 'A file of 25 payments, total 15,000.50, on 1 March 2026', limits: [] });
  });

  it('uses the formatter it is given', () => {
    expect(scheduleOf({ ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('1') } } }, (a, c) => `${a}!${c}`).amount).toBe('1!AED');
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'SinglePayment'],
    ['an unknown variant', { ConsentSchedule: { CombinedPayment: {} } }],
    ['a missing periodic schedule', multi(null)],
    ['an unknown periodic type', multi({ Type: 'WhenTheMoonIsFull', PeriodType: 'Month' })],
    ['a periodic schedule without its amount', multi({ Type: 'FixedPeriodicSchedule', PeriodType: 'Month' })],
    ['an empty defined schedule', multi({ Type: 'FixedDefinedSchedule', Schedule: 'soon' })],
  ])('falls back to a generic sentence for %s, without throwing', (_what, input) => {
    const described = scheduleOf(input);
    expect(described.schedule).toMatch(GENERIC);
    expect(described.limits).toEqual([]);
  });
});
