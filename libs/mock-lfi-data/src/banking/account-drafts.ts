import type { AccountSeed } from '../model';
import type { SeededRandom } from '../generator/seeded-random';
import { EMPLOYERS, UTILITIES } from './banking-inputs';
import type { AccountInstructions } from './instructions';
import type { Minor } from './money';
import { atmWithdrawal, foreignPurchase, purchase, refund, type Card } from './spending';
import type { Draft } from './transaction-drafts';
import { daysInMonth, uaeInstant } from './uae-time';

export interface DraftPlan {
  opening: Minor;
  /** The lowest available balance a discretionary debit may leave. */
  floor: Minor;
  creditLimit?: Minor;
  drafts: Draft[];
}

interface Ctx {
  random: SeededRandom;
  account: AccountSeed;
  instructions: AccountInstructions;
  scale: number;
  card: Card;
  bankName: string;
  /** The account's history, oldest month first, as [year, month]. */
  months: [number, number][];
}

const last = (ctx: Ctx) => ctx.months.length - 1;

/** Some time of a day in Dubai, between 07:00 and 23:00, when people shop and banks post. */
function when(ctx: Ctx, monthIndex: number, day: number): number {
  const [year, month] = ctx.months[monthIndex];
  return uaeInstant(year, month, Math.min(day, daysInMonth(year, month)), ctx.random.int(7 * 3600, 23 * 3600 - 1));
}

function anyDay(ctx: Ctx, monthIndex: number): number {
  const [year, month] = ctx.months[monthIndex];
  return when(ctx, monthIndex, ctx.random.int(1, daysInMonth(year, month)));
}

/** Card spending of a month; on the last two days of the history purchases are still pending. */
function spending(ctx: Ctx, m: number, count: [number, number], foreignChance: number): Draft[] {
  const drafts: Draft[] = [];
  for (let n = ctx.random.int(...count); n > 0; n -= 1) drafts.push(purchase(ctx.random, anyDay(ctx, m), ctx.card, ctx.scale));
  if (ctx.account.currency === 'AED' && ctx.random.chance(foreignChance)) drafts.push(foreignPurchase(ctx.random, anyDay(ctx, m), ctx.card));
  if (ctx.random.chance(0.15)) drafts.push(refund(ctx.random, anyDay(ctx, m), ctx.card, ctx.scale));
  if (m === last(ctx)) drafts.push(purchase(ctx.random, when(ctx, m, 31), ctx.card, ctx.scale));
  const [year, month] = ctx.months[last(ctx)];
  const pendingFrom = uaeInstant(year, month, daysInMonth(year, month) - 1);
  for (const draft of drafts) if (draft.at >= pendingFrom && draft.direction === 'Debit') draft.pending = true;
  return drafts;
}

function currentAccount(ctx: Ctx): DraftPlan {
  const { random, instructions, scale } = ctx;
  const business = ctx.account.accountType !== 'Retail';
  const employer = random.pick(EMPLOYERS);
  const salary = Math.round(random.int(12_000, 45_000) * 100 * scale);
  const utility = random.pick(UTILITIES);
  const drafts: Draft[] = [];
  for (let m = 0; m <= last(ctx); m += 1) {
    if (business) {
      for (let n = random.int(3, 6); n > 0; n -= 1) {
        const ref = `INV-${random.digits(6)}`;
        drafts.push({ at: anyDay(ctx, m), minor: Math.round(random.int(2_000, 25_000) * 100 * scale), direction: 'Credit', type: 'LocalBankTransfer', sub: 'Deposit', info: `Customer payment ${ref}`, always: true });
      }
    } else {
      drafts.push({ at: when(ctx, m, random.int(24, 28)), minor: salary, direction: 'Credit', type: 'LocalBankTransfer', sub: 'Deposit', info: `Salary ${employer}`, always: true, extra: { flags: ['Payroll'] } });
    }
    drafts.push({ at: when(ctx, m, random.int(8, 15)), minor: Math.round(random.int(utility.min * 100, utility.max * 100) * scale), direction: 'Debit', type: 'BillPayments', sub: 'Purchase', info: `${utility.name} bill payment` });
    for (const so of instructions.standingOrders.filter((s) => m >= s.firstMonth)) {
      const creditorAccount = [{ schemeName: 'IBAN' as const, identification: so.payee.iban }];
      drafts.push({ at: when(ctx, m, so.day), minor: so.amount, direction: 'Debit', type: 'LocalBankTransfer', sub: 'MoneyTransfer', info: `Standing order ${so.purpose} to ${so.payee.name}`, always: true, extra: { flags: ['StandingOrder'], creditorAccount } });
    }
    for (const dd of instructions.directDebits) {
      drafts.push({ at: when(ctx, m, dd.day), minor: dd.amount, direction: 'Debit', type: 'BillPayments', sub: 'Purchase', info: `Direct debit ${dd.originator.name} ${dd.mandate}`, always: true, extra: { flags: ['DirectDebit'] } });
    }
    for (let n = random.int(1, 2); n > 0; n -= 1) drafts.push(atmWithdrawal(random, anyDay(ctx, m), ctx.card, scale, ctx.bankName));
    drafts.push(...spending(ctx, m, [12, 25], 0.35));
  }
  return { opening: Math.round(random.int(3_000, 40_000) * 100 * scale), floor: 0, drafts };
}

function savings(ctx: Ctx): DraftPlan {
  const { random, scale } = ctx;
  const opening = Math.round(random.int(10_000, 150_000) * 100 * scale);
  const deposit = Math.round(random.int(500, 5_000) * 100 * scale);
  const ratePerMille = random.int(10, 45); // 1.0 %–4.5 % a year
  const sub = ctx.account.isShariaCompliant ? 'Profit' : 'Interest';
  const drafts: Draft[] = [];
  let estimate = opening;
  for (let m = 0; m <= last(ctx); m += 1) {
    const [year, month] = ctx.months[m];
    drafts.push({ at: when(ctx, m, random.int(25, 28)), minor: deposit, direction: 'Credit', type: 'SameBankTransfer', sub: 'Deposit', info: 'Transfer from current account', always: true });
    estimate += deposit;
    const earned = Math.max(1, Math.round((estimate * ratePerMille) / 12_000));
    drafts.push({ at: uaeInstant(year, month, daysInMonth(year, month), 23 * 3600), minor: earned, direction: 'Credit', type: 'Other', sub, info: `${sub} credit`, always: true });
    estimate += earned;
    if (random.chance(0.2)) drafts.push({ at: anyDay(ctx, m), minor: Math.round(random.int(500, 5_000) * 100 * scale), direction: 'Debit', type: 'SameBankTransfer', sub: 'MoneyTransfer', info: 'Transfer to current account' });
  }
  return { opening, floor: 0, drafts };
}

function creditCard(ctx: Ctx): DraftPlan {
  const { random, scale } = ctx;
  const creditLimit = Math.round(random.int(15, 60) * 1_000_00 * scale);
  const opening = -Math.round(random.int(0, 4_000) * 100 * scale);
  const drafts: Draft[] = [];
  let owedLastMonth = -opening;
  for (let m = 0; m <= last(ctx); m += 1) {
    if (owedLastMonth > 0) drafts.push({ at: when(ctx, m, random.int(18, 22)), minor: owedLastMonth, direction: 'Credit', type: 'SameBankTransfer', sub: 'Repayments', info: 'Card payment - thank you', always: true });
    const month = spending(ctx, m, [8, 18], 0.4);
    drafts.push(...month);
    // The statement is paid in full: next month's repayment is this month's net booked spending.
    owedLastMonth = month.filter((d) => !d.pending).reduce((sum, d) => sum + (d.direction === 'Debit' ? d.minor : -d.minor), 0);
  }
  return { opening, floor: -creditLimit, creditLimit, drafts };
}

function loan(ctx: Ctx): DraftPlan {
  const { random, scale } = ctx;
  const mortgage = ctx.account.accountSubType === 'Mortgage';
  const principal = Math.round((mortgage ? random.int(350, 2_200) : random.int(25, 160)) * 1_000_00 * scale);
  const termMonths = mortgage ? 300 : 48;
  const ratePerMille = random.int(35, 55);
  const sub = ctx.account.isShariaCompliant ? 'Profit' : 'Interest';
  const instalment = Math.round(principal / termMonths + (principal * ratePerMille) / 12_000);
  const drafts: Draft[] = [];
  let outstanding = principal;
  for (let m = 0; m <= last(ctx); m += 1) {
    const charge = Math.round((outstanding * ratePerMille) / 12_000);
    drafts.push({ at: when(ctx, m, 1), minor: charge, direction: 'Debit', type: 'Other', sub, info: `Monthly ${sub.toLowerCase()} charge`, always: true, extra: { flags: ['Finance'] } });
    drafts.push({ at: when(ctx, m, 5), minor: instalment, direction: 'Credit', type: 'SameBankTransfer', sub: 'Repayments', info: `${mortgage ? 'Home loan' : 'Finance'} instalment`, always: true, extra: { flags: ['Finance'] } });
    outstanding += charge - instalment;
  }
  return { opening: -principal, floor: Number.NEGATIVE_INFINITY, drafts };
}

/** The drafted history of an account, by sub-type. */
export function draftAccount(ctx: Ctx): DraftPlan {
  switch (ctx.account.accountSubType) {
    case 'CurrentAccount':
      return currentAccount(ctx);
    case 'Savings':
      return savings(ctx);
    case 'CreditCard':
      return creditCard(ctx);
    default:
      return loan(ctx);
  }
}

export type DraftContext = Ctx;
