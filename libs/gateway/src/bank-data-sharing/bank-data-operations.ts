import type { BankDataResource } from '../mapping/index-internal';

/**
 * Bank Data Sharing v2.1: for each TPP operation, the permissions that open it (any Basic or
 * Detail one; a Detail one unlocks the detail members), its Ozone Connect path, and its
 * parameterised TPP path (o3-api-uri). The one table of permission → endpoint.
 */
export interface BankDataOperation {
  resource: BankDataResource;
  basic: string[];
  detail: string[];
  tppPath: string;
  ocPath: (accountId: string) => string;
  accountScoped: boolean;
  paginated: boolean;
}

const base = '/open-finance/account-information/v2.1';

function op(resource: BankDataResource, basic: string[], detail: string[], tpp: string, oc: string, paginated = false): BankDataOperation {
  return { resource, basic, detail, tppPath: `${base}${tpp}`, ocPath: (id) => oc.replace('{accountId}', encodeURIComponent(id)), accountScoped: oc.includes('{accountId}'), paginated };
}

export const BANK_DATA_OPERATIONS: Record<BankDataResource, BankDataOperation> = {
  accounts: op('accounts', ['ReadAccountsBasic'], ['ReadAccountsDetail'], '/accounts', '/accounts', true),
  account: op('account', ['ReadAccountsBasic'], ['ReadAccountsDetail'], '/accounts/{AccountId}', '/accounts/{accountId}'),
  balances: op('balances', [], ['ReadBalances'], '/accounts/{AccountId}/balances', '/accounts/{accountId}/balances'),
  transactions: op('transactions', ['ReadTransactionsBasic', 'ReadFXTransactionsBasic'], ['ReadTransactionsDetail', 'ReadFXTransactionsDetail'], '/accounts/{AccountId}/transactions', '/accounts/{accountId}/transactions', true),
  beneficiaries: op('beneficiaries', ['ReadBeneficiariesBasic'], ['ReadBeneficiariesDetail'], '/accounts/{AccountId}/beneficiaries', '/accounts/{accountId}/beneficiaries', true),
  'direct-debits': op('direct-debits', [], ['ReadDirectDebits'], '/accounts/{AccountId}/direct-debits', '/accounts/{accountId}/direct-debits', true),
  product: op('product', ['ReadProduct'], ['ReadProductFinanceRates'], '/accounts/{AccountId}/product', '/accounts/{accountId}/products'),
  'scheduled-payments': op('scheduled-payments', ['ReadScheduledPaymentsBasic'], ['ReadScheduledPaymentsDetail'], '/accounts/{AccountId}/scheduled-payments', '/accounts/{accountId}/scheduled-payments', true),
  'standing-orders': op('standing-orders', ['ReadStandingOrdersBasic'], ['ReadStandingOrdersDetail'], '/accounts/{AccountId}/standing-orders', '/accounts/{accountId}/standing-orders', true),
  statements: op('statements', [], ['ReadStatements'], '/accounts/{AccountId}/statements', '/accounts/{accountId}/statements', true),
  parties: op('parties', ['ReadPartyUser'], ['ReadPartyUserIdentity'], '/parties', '/customer'),
  'account-parties': op('account-parties', [], ['ReadParty'], '/accounts/{AccountId}/parties', '/accounts/{accountId}/customer'),
};
