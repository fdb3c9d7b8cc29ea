import { isObject } from '@hub/ozone-connect';
import type { BankDataResource, Json } from './types';

/**
 * Members returned only with the operation's Detail permission, as paths inside `Data` (`[]`
 * steps into every item of a list). The v2.1 OpenAPI document names the Basic/Detail pairs but
 * not their members; these tables follow the standard's data-cluster descriptions (Detail adds
 * the account name and identifiers, the counterparty's account and agent, the narrative) and the
 * UK Open Banking rules the UAE permissions come from. Members the schema makes required
 * (e.g. Beneficiary.BeneficiaryType) cannot be withheld and are not listed.
 */
export const DETAIL_ONLY_MEMBERS: Readonly<Record<BankDataResource, readonly string[]>> = {
  // ReadAccountsDetail: "account name and number".
  accounts: ['Account[].AccountIdentifiers', 'Account[].Servicer'],
  account: ['Account.AccountIdentifiers', 'Account.Servicer'],
  // ReadTransactionsDetail (and ReadFXTransactionsDetail): narrative, running balance, merchant, both counterparties.
  transactions: [
    'Transaction[].TransactionInformation',
    'Transaction[].Balance',
    'Transaction[].MerchantDetails',
    'Transaction[].CreditorAgent',
    'Transaction[].CreditorAccount',
    'Transaction[].DebtorAgent',
    'Transaction[].DebtorAccount',
  ],
  // ReadBeneficiariesDetail: the beneficiary's name, account identifier and account-holding institution.
  beneficiaries: ['Beneficiary[].AccountHolderName', 'Beneficiary[].AccountHolderShortName', 'Beneficiary[].CreditorAgent', 'Beneficiary[].CreditorAccount'],
  // ReadScheduledPaymentsDetail / ReadStandingOrdersDetail: the payee's name, account and agent.
  'scheduled-payments': [
    'ScheduledPayment[].AccountHolderName',
    'ScheduledPayment[].AccountHolderShortName',
    'ScheduledPayment[].CreditorAgent',
    'ScheduledPayment[].CreditorAccount',
  ],
  'standing-orders': ['StandingOrder[].AccountHolderName', 'StandingOrder[].AccountHolderShortName', 'StandingOrder[].CreditorAgent', 'StandingOrder[].CreditorAccount'],
  // ReadProductFinanceRates (the "detail" of GET …/product): the finance rates beside ReadProduct.
  product: ['Product[].FinanceRates'],
  // ReadPartyUserIdentity: how the identity was verified (evidence, documents, attachments) beside ReadPartyUser's claims.
  parties: ['Party.VerifiedClaims[].Verification'],
  // One permission each: nothing to withhold.
  balances: [],
  'direct-debits': [],
  statements: [],
  'account-parties': [],
};

/** Removes the given member paths from a freshly mapped `Data` (which this folder owns). */
export function dropMembers(data: Json, paths: readonly string[]): Json {
  for (const path of paths) drop(data, path.split('.'));
  return data;
}

function drop(at: unknown, steps: string[]): void {
  const [step, ...rest] = steps;
  const each = step.endsWith('[]');
  const key = each ? step.slice(0, -2) : step;
  if (!isObject(at)) return;
  if (rest.length === 0 && !each) {
    delete at[key];
    return;
  }
  const next = at[key];
  for (const item of each ? (Array.isArray(next) ? next : []) : [next]) drop(item, rest);
}
