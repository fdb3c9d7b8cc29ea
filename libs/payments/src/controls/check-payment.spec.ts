import { checkPaymentAgainstConsent } from './check-payment';
import type { CountedPayment, PaymentCheckInput } from './control-types';
import { aed, combined, filePayment, multi, paid, single, variableOnDemand } from './control-parameters.fixture';

/** 12:00 UAE time on Tuesday 2026-03-10. */
const NOW = new Date('2026-03-10T08:00:00Z');
const TODAY = (hh = '06') => `2026-03-10T${hh}:00:00Z`;
const YESTERDAY = '2026-03-09T08:00:00Z';

interface Case {
  name: string;
  controlParameters: unknown;
  amount: string;
  currency?: string;
  counted?: CountedPayment[];
  now?: string;
  paymentType?: PaymentCheckInput['paymentType'];
  expiresAt?: string;
}

const check = (c: Case) =>
  checkPaymentAgainstConsent({
    controlParameters: c.controlParameters,
    amount: c.amount,
    currency: c.currency ?? 'AED',
    counted: c.counted ?? [],
    now: c.now ? new Date(c.now) : NOW,
    paymentType: c.paymentType,
    expiresAt: c.expiresAt,
  });

const VOD = multi(variableOnDemand({ MaximumIndividualAmount: aed('50.00'), MaximumCumulativeValueOfPaymentsPerPeriod: aed('100.00'), MaximumCumulativeNumberOfPaymentsPerPeriod: 3 }), {
  MaximumCumulativeValueOfPayments: aed('500.00'),
  MaximumCumulativeNumberOfPayments: 10,
});
const FOD = multi({ Type: 'FixedOnDemand', PeriodType: 'Week', PeriodStartDate: '2026-03-03', Amount: aed('25.00'), Controls: { MaximumCumulativeNumberOfPaymentsPerPeriod: 2 } });
const FPS = multi({ Type: 'FixedPeriodicSchedule', PeriodType: 'Month', PeriodStartDate: '2026-01-31', Amount: aed('100.00') });
const VPS = multi({ Type: 'VariablePeriodicSchedule', PeriodType: 'Week', PeriodStartDate: '2026-03-03', MaximumIndividualAmount: aed('200.00') });
const FDS = multi({
  Type: 'FixedDefinedSchedule',
  Schedule: [
    { PaymentExecutionDate: '2026-03-10', Amount: aed('100.00') },
    { PaymentExecutionDate: '2026-03-10', Amount: aed('50.00') },
    { PaymentExecutionDate: '2026-04-10', Amount: aed('100.00') },
  ],
});
const VDS = multi({ Type: 'VariableDefinedSchedule', Schedule: [{ PaymentExecutionDate: '2026-03-10', MaximumIndividualAmount: aed('80.00') }] });
const COMBINED = combined('10.00', variableOnDemand({ MaximumIndividualAmount: aed('5.00') }));

describe('checkPaymentAgainstConsent', () => {
  describe('accepts a payment within its consent', () => {
    it.each<Case>([
      { name: 'the single payment, exactly', controlParameters: single(), amount: '100.00' },
      { name: 'the single payment written with one decimal (exact decimal equality)', controlParameters: single(), amount: '100.0' },
      { name: 'the file payment of exactly the ControlSum', controlParameters: filePayment(), amount: '1500.50', paymentType: 'cbuae-file-payment' },
      { name: 'any amount when the consent has no ConsentSchedule (delegated controls)', controlParameters: { IsDelegatedAuthentication: true }, amount: '99999.00' },
      { name: 'VariableOnDemand at its individual maximum', controlParameters: VOD, amount: '50.00' },
      { name: 'VariableOnDemand: yesterday’s payments are another Day', controlParameters: VOD, amount: '50.00', counted: [paid('50.00', YESTERDAY), paid('50.00', YESTERDAY), paid('50.00', YESTERDAY)] },
      {
        name: 'VariableOnDemand: the UAE day ends at 20:00Z',
        controlParameters: VOD,
        amount: '10.00',
        now: '2026-03-10T20:00:00Z',
        counted: [paid('10.00', TODAY('10')), paid('10.00', TODAY('12')), paid('10.00', TODAY('19'))],
      },
      {
        name: 'a per-period value reached exactly in cents (0.10 + 0.10 + 0.10 = 0.30)',
        controlParameters: multi(variableOnDemand({ MaximumCumulativeValueOfPaymentsPerPeriod: aed('0.30') })),
        amount: '0.10',
        counted: [paid('0.10', TODAY()), paid('0.10', TODAY())],
      },
      { name: 'FixedOnDemand in a new Week', controlParameters: FOD, amount: '25.00', counted: [paid('25.00', '2026-03-04T08:00:00Z'), paid('25.00', '2026-03-05T08:00:00Z')] },
      { name: 'FixedPeriodicSchedule on the last day of a shorter month', controlParameters: FPS, amount: '100.00', now: '2026-02-28T08:00:00Z', counted: [paid('100.00', '2026-01-31T08:00:00Z')] },
      { name: 'VariablePeriodicSchedule on its recurring weekday', controlParameters: VPS, amount: '200.00' },
      { name: 'FixedDefinedSchedule: a payment scheduled today', controlParameters: FDS, amount: '100.00' },
      { name: 'FixedDefinedSchedule: the second payment scheduled today', controlParameters: FDS, amount: '50.00', counted: [paid('100.00', TODAY())] },
      { name: 'VariableDefinedSchedule within today’s maximum', controlParameters: VDS, amount: '79.99' },
      { name: 'Combined: the single amount while the single is unused', controlParameters: COMBINED, amount: '10.00' },
      { name: 'Combined: a multi-payment while the single is unused', controlParameters: COMBINED, amount: '5.00' },
      { name: 'Combined: the single after multi-payments', controlParameters: COMBINED, amount: '10.00', counted: [paid('5.00', TODAY()), paid('3.00', TODAY())] },
    ])('$name', (c) => {
      expect(check(c)).toBeUndefined();
    });
  });

  describe('refuses each kind of breach with the standard code and a message', () => {
    it.each<Case & { code: string; message: string; path?: string }>([
      // Validity and terms
      { name: 'expired consent', controlParameters: single(), amount: '100.00', expiresAt: '2026-03-10T08:00:00.000Z', code: 'Consent.Invalid', message: 'The consent expired at 2026-03-10T08:00:00.000Z' },
      {
        name: 'unreadable terms',
        controlParameters: multi({ Type: 'Weekly' }),
        amount: '1.00',
        code: 'Consent.Invalid',
        message: "The consent's ControlParameters cannot be applied: MultiPayment.PeriodicSchedule has no known Type",
      },
      { name: 'malformed amount', controlParameters: single(), amount: '1e2', code: 'Consent.FailsControlParameters', message: 'Amount 1e2 is not a decimal amount', path: 'Data.Instruction.Amount.Amount' },
      // Single
      { name: 'single: other amount', controlParameters: single(), amount: '99.99', code: 'Consent.FailsControlParameters', message: 'Amount 99.99 AED is not the consented SinglePayment.Amount 100.00 AED', path: 'Data.Instruction.Amount.Amount' },
      { name: 'single: other currency', controlParameters: single(), amount: '100.00', currency: 'USD', code: 'Consent.FailsControlParameters', message: 'Currency USD is not the consented AED (SinglePayment.Amount)', path: 'Data.Instruction.Amount.Currency' },
      { name: 'single: second payment', controlParameters: single(), amount: '100.00', counted: [paid('100.00', TODAY())], code: 'Consent.BusinessRuleViolation', message: 'The SinglePayment of this consent has already been made' },
      { name: 'single: file payment under it', controlParameters: single(), amount: '100.00', paymentType: 'cbuae-file-payment', code: 'Consent.BusinessRuleViolation', message: 'The consent has no FilePayment: a file payment cannot be made under it' },
      // File
      { name: 'file: other sum', controlParameters: filePayment(), amount: '1500.49', paymentType: 'cbuae-file-payment', code: 'Consent.FailsControlParameters', message: "The file payment's 1500.49 is not the consented FilePayment.ControlSum 1500.50", path: 'Data.Instruction.ControlSum' },
      { name: 'file: second payment', controlParameters: filePayment(), amount: '1500.50', paymentType: 'cbuae-file-payment', counted: [paid('1500.50', TODAY())], code: 'Consent.BusinessRuleViolation', message: 'The FilePayment of this consent has already been made' },
      { name: 'file: single payment under it', controlParameters: filePayment(), amount: '1500.50', code: 'Consent.BusinessRuleViolation', message: 'The consent is for a FilePayment: use a file payment' },
      // VariableOnDemand
      { name: 'VOD: other currency', controlParameters: VOD, amount: '10.00', currency: 'USD', code: 'Consent.FailsControlParameters', message: 'Currency USD is not the consented AED (MultiPayment.MaximumCumulativeValueOfPayments)', path: 'Data.Instruction.Amount.Currency' },
      { name: 'VOD: before PeriodStartDate', controlParameters: VOD, amount: '10.00', now: '2026-02-28T19:59:59Z', code: 'Consent.FailsControlParameters', message: 'The payment schedule begins on 2026-03-01' },
      {
        name: 'VOD: over MaximumIndividualAmount',
        controlParameters: VOD,
        amount: '50.01',
        code: 'Consent.FailsControlParameters',
        message: 'Amount 50.01 AED exceeds the consented MultiPayment.PeriodicSchedule.Controls.MaximumIndividualAmount 50.00 AED',
      },
      {
        name: 'VOD: over the value per period',
        controlParameters: VOD,
        amount: '20.00',
        counted: [paid('50.00', TODAY()), paid('40.00', TODAY())],
        code: 'Consent.FailsControlParameters',
        message: 'The payments of this Day would reach 110.00 AED, over the consented MultiPayment.PeriodicSchedule.Controls.MaximumCumulativeValueOfPaymentsPerPeriod 100.00 AED',
      },
      {
        name: 'VOD: over the number per period',
        controlParameters: VOD,
        amount: '1.00',
        counted: [paid('1.00', TODAY('01')), paid('1.00', TODAY('02')), paid('1.00', TODAY('03'))],
        code: 'Consent.FailsControlParameters',
        message: 'The consent allows 3 payments per Day (MaximumCumulativeNumberOfPaymentsPerPeriod); 3 already made',
      },
      {
        name: 'MultiPayment: over MaximumCumulativeNumberOfPayments',
        controlParameters: VOD,
        amount: '1.00',
        counted: Array.from({ length: 10 }, (_, i) => paid('1.00', `2026-03-0${i % 9 + 1}T08:00:00Z`)),
        code: 'Consent.FailsControlParameters',
        message: 'The consent allows 10 payments (MaximumCumulativeNumberOfPayments); 10 already made',
      },
      {
        name: 'MultiPayment: over MaximumCumulativeValueOfPayments',
        controlParameters: VOD,
        amount: '30.01',
        counted: Array.from({ length: 8 }, (_, i) => paid('50.00', `2026-03-0${i + 1}T08:00:00Z`)).concat(paid('70.00', '2026-03-09T10:00:00Z')),
        code: 'Consent.FailsControlParameters',
        message: "The consent's payments would reach 500.01 AED, over its MultiPayment.MaximumCumulativeValueOfPayments 500.00 AED",
      },
      // FixedOnDemand
      { name: 'FOD: not the fixed amount', controlParameters: FOD, amount: '25.01', code: 'Consent.FailsControlParameters', message: 'Amount 25.01 AED is not the consented MultiPayment.PeriodicSchedule.Amount 25.00 AED' },
      {
        name: 'FOD: a third payment in the Week',
        controlParameters: FOD,
        amount: '25.00',
        counted: [paid('25.00', '2026-03-09T21:00:00Z'), paid('25.00', TODAY())],
        code: 'Consent.FailsControlParameters',
        message: 'The consent allows 2 payments per Week (MaximumCumulativeNumberOfPaymentsPerPeriod); 2 already made',
      },
      // FixedPeriodicSchedule
      { name: 'FPS: not the recurring date', controlParameters: FPS, amount: '100.00', now: '2026-02-27T08:00:00Z', code: 'Consent.FailsControlParameters', message: 'The FixedPeriodicSchedule pays on 2026-02-28 in this Month, not on 2026-02-27' },
      { name: 'FPS: twice in the Month', controlParameters: FPS, amount: '100.00', now: '2026-02-28T10:00:00Z', counted: [paid('100.00', '2026-02-28T08:00:00Z')], code: 'Consent.FailsControlParameters', message: 'The FixedPeriodicSchedule has already paid in this Month' },
      { name: 'FPS: not the fixed amount', controlParameters: FPS, amount: '99.00', now: '2026-02-28T08:00:00Z', code: 'Consent.FailsControlParameters', message: 'Amount 99.00 AED is not the consented MultiPayment.PeriodicSchedule.Amount 100.00 AED' },
      // VariablePeriodicSchedule
      { name: 'VPS: not the recurring weekday', controlParameters: VPS, amount: '10.00', now: '2026-03-11T08:00:00Z', code: 'Consent.FailsControlParameters', message: 'The VariablePeriodicSchedule pays on 2026-03-10 in this Week, not on 2026-03-11' },
      { name: 'VPS: over its maximum', controlParameters: VPS, amount: '200.01', code: 'Consent.FailsControlParameters', message: 'Amount 200.01 AED exceeds the consented MultiPayment.PeriodicSchedule.MaximumIndividualAmount 200.00 AED' },
      // Defined schedules
      { name: 'FDS: no payment on that date', controlParameters: FDS, amount: '100.00', now: '2026-03-11T08:00:00Z', code: 'Consent.FailsControlParameters', message: 'The FixedDefinedSchedule has no payment on 2026-03-11' },
      { name: 'FDS: the scheduled amount already paid', controlParameters: FDS, amount: '100.00', counted: [paid('100.00', TODAY())], code: 'Consent.FailsControlParameters', message: 'Amount 100.00 AED is not the 50.00 AED scheduled on 2026-03-10' },
      { name: 'FDS: every payment of the date made', controlParameters: FDS, amount: '50.00', counted: [paid('100.00', TODAY('05')), paid('50.00', TODAY())], code: 'Consent.FailsControlParameters', message: 'The payment the FixedDefinedSchedule has on 2026-03-10 has already been made' },
      { name: 'VDS: over the scheduled maximum', controlParameters: VDS, amount: '80.01', code: 'Consent.FailsControlParameters', message: 'Amount 80.01 AED exceeds the MaximumIndividualAmount scheduled on 2026-03-10' },
      // Combined
      { name: 'Combined: the single amount again is a multi-payment', controlParameters: COMBINED, amount: '10.00', counted: [paid('3.00', TODAY('05')), paid('10.00', TODAY())], code: 'Consent.FailsControlParameters', message: 'Amount 10.00 AED exceeds the consented MultiPayment.PeriodicSchedule.Controls.MaximumIndividualAmount 5.00 AED' },
    ])('$name → $code', (c) => {
      // A control's refusal points at the instruction's amount unless it is about another member.
      const path = c.path ?? (c.code === 'Consent.FailsControlParameters' ? 'Data.Instruction.Amount.Amount' : undefined);
      expect(check(c)).toEqual({ code: c.code, message: c.message, ...(path ? { path } : {}) });
    });
  });
});
