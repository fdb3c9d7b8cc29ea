import { paymentTermsOf, UNREADABLE } from './payment-terms';

const aed = (Amount: string) => ({ Amount, Currency: 'AED' });
const multi = (PeriodicSchedule: unknown, overall: Record<string, unknown> = {}) => ({ ConsentSchedule: { MultiPayment: { ...overall, PeriodicSchedule } } });
const EXPIRES = '2027-12-31T20:00:00+04:00';

describe('paymentTermsOf', () => {
  it('says a single payment once, with its exact amount', () => {
    expect(paymentTermsOf({ ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('250.00') } } })).toEqual(['Once: AED 250.00']);
  });

  describe('one row per MultiPayment.PeriodicSchedule.Type', () => {
    it.each([
      [
        'FixedDefinedSchedule',
        { Type: 'FixedDefinedSchedule', Schedule: [{ PaymentExecutionDate: '2027-02-05', Amount: aed('100.00') }, { PaymentExecutionDate: '2027-03-05', Amount: aed('1250.50') }] },
        ['On 5 February 2027: AED 100.00', 'On 5 March 2027: AED 1,250.50'],
      ],
      [
        'VariableDefinedSchedule',
        { Type: 'VariableDefinedSchedule', Schedule: [{ PaymentExecutionDate: '2027-02-05', MaximumIndividualAmount: aed('300.00') }] },
        ['On 5 February 2027: up to AED 300.00'],
      ],
      [
        'FixedPeriodicSchedule',
        { Type: 'FixedPeriodicSchedule', PeriodType: 'Month', PeriodStartDate: '2027-01-01', Amount: aed('500.00') },
        ['AED 500.00 every month, from 1 January 2027, until 31 December 2027'],
      ],
      [
        'VariablePeriodicSchedule',
        { Type: 'VariablePeriodicSchedule', PeriodType: 'Week', PeriodStartDate: '2027-01-04', MaximumIndividualAmount: aed('75.00') },
        ['Up to AED 75.00 every week, from 4 January 2027, until 31 December 2027'],
      ],
      [
        'FixedOnDemand',
        { Type: 'FixedOnDemand', PeriodType: 'Day', PeriodStartDate: '2027-01-01', Amount: aed('50.00'), Controls: { MaximumCumulativeNumberOfPaymentsPerPeriod: 1 } },
        ['AED 50.00 per payment, at most 1 payment per day, from 1 January 2027, until 31 December 2027'],
      ],
      [
        'VariableOnDemand',
        {
          Type: 'VariableOnDemand',
          PeriodType: 'Month',
          PeriodStartDate: '2027-01-01',
          Controls: { MaximumIndividualAmount: aed('500.00'), MaximumCumulativeValueOfPaymentsPerPeriod: aed('2000.00'), MaximumCumulativeNumberOfPaymentsPerPeriod: 10 },
        },
        ['Up to AED 500.00 per payment, at most AED 2,000.00 and 10 payments per month, from 1 January 2027, until 31 December 2027'],
      ],
    ])('%s', (_type, schedule, sentences) => {
      expect(paymentTermsOf(multi(schedule), { expires: EXPIRES })).toEqual(sentences);
    });
  });

  it.each([
    ['Day', 'day'],
    ['Week', 'week'],
    ['Month', 'month'],
    ['Year', 'year'],
  ])('names the PeriodType %s as "%s" (the four of v2.1-errata2)', (PeriodType, word) => {
    const [sentence] = paymentTermsOf(multi({ Type: 'VariableOnDemand', PeriodType, PeriodStartDate: '2027-01-01', Controls: { MaximumCumulativeValueOfPaymentsPerPeriod: aed('90.00') } }));
    expect(sentence).toBe(`Any amount per payment, at most AED 90.00 per ${word}, from 1 January 2027`);
  });

  it('adds the overall limits of the MultiPayment, value and count, either alone', () => {
    const schedule = { Type: 'FixedPeriodicSchedule', PeriodType: 'Year', PeriodStartDate: '2027-01-01', Amount: aed('100.00') };
    expect(paymentTermsOf(multi(schedule, { MaximumCumulativeValueOfPayments: aed('6000.00'), MaximumCumulativeNumberOfPayments: 12 }))).toEqual([
      'AED 100.00 every year, from 1 January 2027',
      'At most AED 6,000.00 and 12 payments in total',
    ]);
    expect(paymentTermsOf(multi(schedule, { MaximumCumulativeNumberOfPayments: 1 }))[1]).toBe('At most 1 payment in total');
    expect(paymentTermsOf(multi(schedule, { MaximumCumulativeValueOfPayments: aed('10.00') }))[1]).toBe('At most AED 10.00 in total');
  });

  it('shows both parts of a Combined consent, the single payment first', () => {
    const combined = {
      ConsentSchedule: {
        MultiPayment: { PeriodicSchedule: { Type: 'VariablePeriodicSchedule', PeriodType: 'Month', PeriodStartDate: '2027-02-01', MaximumIndividualAmount: aed('99.99') } },
        SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('250.00') },
      },
    };
    expect(paymentTermsOf(combined)).toEqual(['Once: AED 250.00', 'Up to AED 99.99 every month, from 1 February 2027']);
  });

  it('describes a payment file by its count, control sum, reference and execution date', () => {
    const file = { FileType: 'sandbox.payroll.csv.v1', FileHash: 'x', FileReference: 'PAYROLL-JAN', NumberOfTransactions: 25, ControlSum: '15000.50', RequestedExecutionDate: '2027-03-01' };
    expect(paymentTermsOf({ ConsentSchedule: { FilePayment: file } })).toEqual(['A file of 25 payments, 15,000.50 in total', 'File reference: PAYROLL-JAN', 'To be paid on 1 March 2027']);
    const { FileReference: _r, RequestedExecutionDate: _d, ...bare } = file;
    expect(paymentTermsOf({ ConsentSchedule: { FilePayment: { ...bare, NumberOfTransactions: 1 } } })).toEqual(['A file of 1 payment, 15,000.50 in total']);
  });

  it('keeps amounts exactly as consented: no float rounding, however large', () => {
    expect(paymentTermsOf({ ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('9999999999999999.99') } } })).toEqual(['Once: AED 9,999,999,999,999,999.99']);
    expect(paymentTermsOf({ ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '0.10', Currency: 'USD' } } } })).toEqual(['Once: USD 0.10']);
  });

  it('says who checks the payments when the TPP holds delegated authentication, and when nothing is scheduled', () => {
    expect(paymentTermsOf({ IsDelegatedAuthentication: true, ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('1.00') } } })).toEqual([
      'Once: AED 1.00',
      'The app, not this bank, checks each payment against these terms (delegated authentication).',
    ]);
    expect(paymentTermsOf({})).toEqual(['No schedule or limits are set for these payments.']);
  });

  it('uses the money formatter it is given', () => {
    expect(paymentTermsOf({ ConsentSchedule: { SinglePayment: { Amount: aed('1.00') } } }, { money: (a, c) => `${a}!${c}` })).toEqual(['Once: 1.00!AED']);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'SinglePayment'],
    ['a ConsentSchedule that is not an object', { ConsentSchedule: [] }],
    ['an unknown variant only', { ConsentSchedule: { CombinedPayment: {} } }],
    ['a single payment without its amount', { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment' } } }],
    ['an amount given as a number', { ConsentSchedule: { SinglePayment: { Amount: { Amount: 0.1, Currency: 'AED' } } } }],
    ['a missing periodic schedule', multi(null)],
    ['an unknown periodic type', multi({ Type: 'WhenTheMoonIsFull', PeriodType: 'Month' })],
    ['a period type outside the four', multi({ Type: 'FixedPeriodicSchedule', PeriodType: 'Fortnight', PeriodStartDate: '2027-01-01', Amount: aed('1.00') })],
    ['a periodic schedule without its amount', multi({ Type: 'FixedPeriodicSchedule', PeriodType: 'Month' })],
    ['an on-demand schedule without Controls', multi({ Type: 'FixedOnDemand', PeriodType: 'Month', Amount: aed('1.00') })],
    ['a defined schedule that is not a list', multi({ Type: 'FixedDefinedSchedule', Schedule: 'soon' })],
    ['a defined schedule with an undated entry', multi({ Type: 'FixedDefinedSchedule', Schedule: [{ PaymentExecutionDate: '2027-01-01', Amount: aed('1.00') }, { Amount: aed('2.00') }] })],
    ['a file without its count', { ConsentSchedule: { FilePayment: { ControlSum: '1.00' } } }],
    ['a file count that is not whole', { ConsentSchedule: { FilePayment: { NumberOfTransactions: 2.5, ControlSum: '1.00' } } }],
  ])('says UNREADABLE for %s, without throwing', (_what, input) => {
    expect(paymentTermsOf(input)).toContain(UNREADABLE);
  });

  it('keeps the readable part of a Combined consent when the other is unreadable', () => {
    expect(paymentTermsOf({ ConsentSchedule: { SinglePayment: { Amount: aed('5.00') }, MultiPayment: {} } })).toEqual(['Once: AED 5.00', UNREADABLE]);
  });
});
