import type { AccountSeed } from '../model';
import { balancesOf } from './balances';
import type { CbuaeBalance, CbuaeBeneficiary, CbuaeDirectDebit, CbuaeProduct, CbuaeScheduledPayment, CbuaeStandingOrder, CbuaeStatements, CbuaeTransaction } from '@hub/ozone-connect';
import { beneficiariesOf, directDebitsOf, scheduledPaymentsOf, standingOrdersOf } from './instruction-views';
import { planInstructions } from './instructions';
import { productOf } from './products';
import { statementsOf } from './statements';
import { currencyScale, generateLedger } from './transactions';
import { indicatorOf, ocAmount } from './money';

/** Everything a TPP can read below one account, derived from the seed and the account alone. */
export interface AccountActivity {
  openingBalance: number;
  balances: CbuaeBalance[];
  transactions: CbuaeTransaction[];
  beneficiaries: CbuaeBeneficiary[];
  standingOrders: CbuaeStandingOrder[];
  directDebits: CbuaeDirectDebit[];
  scheduledPayments: CbuaeScheduledPayment[];
  statements: CbuaeStatements;
  products: CbuaeProduct[];
}

/**
 * Not stored: generated on demand from the seeded streams (a year of one account takes a few
 * milliseconds), so seeding stays fast and the data can never drift from the generator.
 */
export function generateAccountActivity(seed: string, account: AccountSeed): AccountActivity {
  if (account.historyMonths === 0) return newAccountActivity(account);
  const plan = planInstructions(seed, account, currencyScale(account.currency));
  const ledger = generateLedger(seed, account, plan);
  return {
    openingBalance: ledger.opening,
    balances: balancesOf(account, ledger),
    transactions: ledger.transactions,
    beneficiaries: beneficiariesOf(account, plan),
    standingOrders: standingOrdersOf(account, plan),
    directDebits: directDebitsOf(account, plan),
    scheduledPayments: scheduledPaymentsOf(account, plan),
    statements: statementsOf(seed, account, ledger),
    products: [productOf(account)],
  };
}

/**
 * An account opened today (account opening desk): no history, so nothing booked or planned and a
 * zero balance as of its opening, instead of a generated past it never had.
 */
function newAccountActivity(account: AccountSeed): AccountActivity {
  const opened = `${account.openingDate}T00:00:00+04:00`;
  const balance = (balanceType: CbuaeBalance['balanceType']): CbuaeBalance => ({ accountId: account.accountId, balanceType, creditDebitIndicator: indicatorOf(0), timestamp: opened, amount: ocAmount(0, account.currency) });
  return {
    openingBalance: 0,
    balances: [balance('OpeningBooked'), balance('ClosingBooked'), balance('InterimAvailable')],
    transactions: [],
    beneficiaries: [],
    standingOrders: [],
    directDebits: [],
    scheduledPayments: [],
    statements: { AccountId: account.accountId, AccountSubType: account.accountSubType, Statements: [] },
    products: [productOf(account)],
  };
}

const CACHE_LIMIT = 256;
const cache = new Map<string, AccountActivity>();

/** generateAccountActivity, remembered for the most recent accounts: a TPP pages through one account. */
export function accountActivity(seed: string, account: AccountSeed): AccountActivity {
  const key = JSON.stringify([seed, account.tenantId, account.accountId, account.accountSubType, account.currency, account.accountType, account.isShariaCompliant, account.accountHolderName, account.historyMonths]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const fresh = generateAccountActivity(seed, account);
  cache.set(key, fresh);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return fresh;
}
