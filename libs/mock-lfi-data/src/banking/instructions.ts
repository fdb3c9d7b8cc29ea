import type { AccountSeed } from '../model';
import { uaeIban } from '../generator/iban';
import { SeededRandom, stableId } from '../generator/seeded-random';
import { BANKS, DIRECT_DEBIT_ORIGINATORS, FIRST_NAMES_FOR_PAYEES, STANDING_ORDER_PURPOSES } from './payee-inputs';
import type { Bank, Payee } from './banking-inputs';
import type { Minor } from './money';

/** Someone this account pays: a beneficiary, reused by standing orders and scheduled payments. */
export interface Counterparty {
  id: string;
  name: string;
  bank: Bank;
  iban: string;
  reference: string;
}

export interface StandingOrderPlan {
  id: string;
  payee: Counterparty;
  /** Day of the month it runs (1–28, so every month has it). */
  day: number;
  amount: Minor;
  purpose: string;
  /** Index into the history months of its first payment. */
  firstMonth: number;
}

export interface DirectDebitPlan {
  id: string;
  originator: Payee;
  mandate: string;
  day: number;
  amount: Minor;
}

export interface ScheduledPaymentPlan {
  id: string;
  payee: Counterparty;
  /** Days after the epoch. */
  inDays: number;
  amount: Minor;
}

export interface AccountInstructions {
  beneficiaries: Counterparty[];
  standingOrders: StandingOrderPlan[];
  directDebits: DirectDebitPlan[];
  scheduledPayments: ScheduledPaymentPlan[];
}

/**
 * Who an account pays and on what schedule. Every account has 1–3 beneficiaries; only current
 * accounts carry standing orders (0–2), direct debits (0–2) and a scheduled payment (0–1),
 * because that is where UAE banks offer them.
 */
export function planInstructions(seed: string, account: AccountSeed, scale: number): AccountInstructions {
  const random = new SeededRandom(`${seed}|${account.tenantId}|instructions|${account.accountId}`);
  const id = (kind: string, n: number) => stableId(`${kind}-`, 16, seed, account.tenantId, account.accountId, kind, n);
  const beneficiaries = Array.from({ length: random.int(1, 3) }, (_, n) => counterparty(random, id('ben', n)));
  const current = account.accountSubType === 'CurrentAccount';
  const standingOrders = current
    ? Array.from({ length: random.int(0, 2) }, (_, n): StandingOrderPlan => ({
        id: id('so', n),
        payee: beneficiaries[n % beneficiaries.length],
        day: random.int(1, 28),
        amount: Math.round(random.int(500, 4000) * 100 * scale),
        purpose: random.pick(STANDING_ORDER_PURPOSES),
        firstMonth: random.int(0, 3),
      }))
    : [];
  const originators = random.shuffle(DIRECT_DEBIT_ORIGINATORS);
  const directDebits = current
    ? Array.from({ length: random.int(0, 2) }, (_, n): DirectDebitPlan => ({
        id: id('dd', n),
        originator: originators[n],
        mandate: `MND${random.digits(10)}`,
        day: random.int(2, 27),
        amount: Math.round(random.int(originators[n].min, originators[n].max) * 100 * scale),
      }))
    : [];
  const scheduledPayments =
    current && random.chance(0.5)
      ? [{ id: id('sp', 0), payee: random.pick(beneficiaries), inDays: random.int(3, 45), amount: Math.round(random.int(250, 6000) * 100 * scale) }]
      : [];
  return { beneficiaries, standingOrders, directDebits, scheduledPayments };
}

function counterparty(random: SeededRandom, id: string): Counterparty {
  const bank = random.pick(BANKS);
  const name = `${random.pick(FIRST_NAMES_FOR_PAYEES.first)} ${random.pick(FIRST_NAMES_FOR_PAYEES.last)}`;
  return { id, name, bank, iban: uaeIban(bank.code, random.digits(16)), reference: `REF${random.digits(8)}` };
}
