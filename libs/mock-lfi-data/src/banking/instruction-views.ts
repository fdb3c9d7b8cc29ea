import type { AccountSeed } from '../model';
import type { CbuaeBeneficiary, CbuaeDirectDebit, CbuaeScheduledPayment, CbuaeStandingOrder } from '@hub/ozone-connect';
import type { AccountInstructions, Counterparty } from './instructions';
import { ocAmount } from './money';
import { EPOCH_INSTANT_MS, daysInMonth, historyMonths, uaeDateTime, uaeInstant } from './uae-time';

const NINE_AM = 9 * 3600;

function creditor(payee: Counterparty) {
  return { creditorAgent: { schemeName: 'BICFI' as const, identification: payee.bank.bic }, creditorAccount: [{ schemeName: 'IBAN' as const, identification: payee.iban }] };
}

/** 09:00 on day `day` of the `m`-th month of the account's history (m = its length is the month after it). */
function monthDay(account: AccountSeed, m: number, day: number): string {
  const [startYear, startMonth] = historyMonths(account.historyMonths)[0];
  const first = new Date(Date.UTC(startYear, startMonth + m, 1));
  const [year, month] = [first.getUTCFullYear(), first.getUTCMonth()];
  return uaeDateTime(uaeInstant(year, month, Math.min(day, daysInMonth(year, month)), NINE_AM));
}

export function beneficiariesOf(account: AccountSeed, plan: AccountInstructions): CbuaeBeneficiary[] {
  return plan.beneficiaries.map((payee) => ({
    accountId: account.accountId,
    beneficiaryId: payee.id,
    beneficiaryType: 'Activated',
    addedViaOF: false,
    accountHolderName: payee.name,
    reference: payee.reference,
    servicer: { schemeName: 'BICFI', identification: payee.bank.bic, name: payee.bank.name },
    creditorAccount: [{ schemeName: 'IBAN', identification: payee.iban }],
  }));
}

/** Standing orders run monthly and match the `StandingOrder` transactions of the history. */
export function standingOrdersOf(account: AccountSeed, plan: AccountInstructions): CbuaeStandingOrder[] {
  return plan.standingOrders.map((so) => {
    const amount = ocAmount(so.amount, account.currency);
    return {
      accountId: account.accountId,
      standingOrderId: so.id,
      standingOrderType: 'LocalBankTransfer',
      accountHolderName: so.payee.name,
      // The document's form `IntervalMonthDay:<months>:<day>` (no leading zeros), not the UK `IntrvlMnthDay:01:05`.
      frequency: `IntervalMonthDay:1:${so.day}`,
      creditorReference: so.payee.reference,
      purpose: so.purpose,
      firstPaymentDateTime: monthDay(account, so.firstMonth, so.day),
      lastPaymentDateTime: monthDay(account, account.historyMonths - 1, so.day),
      nextPaymentDateTime: monthDay(account, account.historyMonths, so.day),
      standingOrderStatusCode: 'Active',
      firstPaymentAmount: amount,
      lastPaymentAmount: amount,
      nextPaymentAmount: amount,
      ...creditor(so.payee),
    };
  });
}

/** Direct debits collect monthly and match the `DirectDebit` transactions of the history. */
export function directDebitsOf(account: AccountSeed, plan: AccountInstructions): CbuaeDirectDebit[] {
  return plan.directDebits.map((dd) => ({
    accountId: account.accountId,
    directDebitId: dd.id,
    mandateIdentification: dd.mandate,
    directDebitStatusCode: 'Active',
    name: dd.originator.name,
    frequency: 'Monthly',
    previousPaymentDateTime: monthDay(account, account.historyMonths - 1, dd.day),
    previousPaymentAmount: ocAmount(dd.amount, account.currency),
  }));
}

/** One-off payments booked for a day after the epoch, so they are still to come. */
export function scheduledPaymentsOf(account: AccountSeed, plan: AccountInstructions): CbuaeScheduledPayment[] {
  return plan.scheduledPayments.map((sp) => ({
    accountId: account.accountId,
    scheduledPaymentId: sp.id,
    scheduledType: 'Execution',
    scheduledPaymentDateTime: uaeDateTime(EPOCH_INSTANT_MS + sp.inDays * 86_400_000 + NINE_AM * 1000),
    accountHolderName: sp.payee.name,
    creditorReference: sp.payee.reference,
    debtorReference: `${account.accountHolderName.split(' ')[0]} payment`.slice(0, 35),
    instructedAmount: ocAmount(sp.amount, account.currency),
    ...creditor(sp.payee),
  }));
}
