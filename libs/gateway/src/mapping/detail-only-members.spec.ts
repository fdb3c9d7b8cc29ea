import { DETAIL_ONLY_MEMBERS, dropMembers } from './detail-only-members';
import { mapBankDataResponse } from './index-internal';
import * as oc from './testing/oc-fixtures';
import type { BankDataResource } from './types';

/** Basic vs Detail: every member of each table is in the Detail answer and gone from the Basic one. */
const ANSWERS: Record<BankDataResource, [() => oc.Json, string]> = {
  accounts: [oc.ocAccounts, '/accounts'],
  account: [oc.ocAccountById, `/accounts/${oc.ACCOUNT_ID}`],
  balances: [oc.ocBalances, `/accounts/${oc.ACCOUNT_ID}/balances`],
  transactions: [oc.ocTransactions, `/accounts/${oc.ACCOUNT_ID}/transactions`],
  beneficiaries: [oc.ocBeneficiaries, `/accounts/${oc.ACCOUNT_ID}/beneficiaries`],
  'direct-debits': [oc.ocDirectDebits, `/accounts/${oc.ACCOUNT_ID}/direct-debits`],
  product: [oc.ocProducts, `/accounts/${oc.ACCOUNT_ID}/product`],
  'scheduled-payments': [oc.ocScheduledPayments, `/accounts/${oc.ACCOUNT_ID}/scheduled-payments`],
  'standing-orders': [oc.ocStandingOrders, `/accounts/${oc.ACCOUNT_ID}/standing-orders`],
  statements: [oc.ocStatements, `/accounts/${oc.ACCOUNT_ID}/statements`],
  parties: [oc.ocCustomer, '/parties'],
  'account-parties': [oc.ocAccountCustomers, `/accounts/${oc.ACCOUNT_ID}/parties`],
};

/** Every value at a member path (`[]` = each item). */
function valuesAt(at: unknown, path: string): unknown[] {
  return path.split('.').reduce<unknown[]>((found, step) => {
    const each = step.endsWith('[]');
    const key = each ? step.slice(0, -2) : step;
    return found.flatMap((v) => {
      const next = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
      if (next === undefined) return [];
      return each ? (Array.isArray(next) ? next : []) : [next];
    });
  }, [at]);
}

const map = (resource: BankDataResource, detail?: boolean) => {
  const [answer, path] = ANSWERS[resource];
  return mapBankDataResponse(resource, answer() as never, { selfUrl: `${oc.RS}${path}`, page: 1, pageSize: 100 }, detail === undefined ? undefined : { detail });
};

describe('Detail-only members', () => {
  const withTable = (Object.keys(DETAIL_ONLY_MEMBERS) as BankDataResource[]).filter((r) => DETAIL_ONLY_MEMBERS[r].length > 0);

  it('are listed for the operations with a Basic/Detail split (and product finance rates, party identity)', () => {
    expect(withTable.sort()).toEqual(['account', 'accounts', 'beneficiaries', 'parties', 'product', 'scheduled-payments', 'standing-orders', 'transactions']);
  });

  describe.each(withTable)('%s', (resource) => {
    it.each(DETAIL_ONLY_MEMBERS[resource])('%s is returned with Detail and withheld with Basic', (path) => {
      expect(valuesAt(map(resource, true).Data, path).length).toBeGreaterThan(0);
      expect(valuesAt(map(resource, false).Data, path)).toEqual([]);
    });

    it('Basic keeps everything else', () => {
      const detail = map(resource, true).Data;
      expect(map(resource, false).Data).toEqual(dropMembers(structuredClone(detail), DETAIL_ONLY_MEMBERS[resource]));
    });

    it('without options the answer is Basic (least privilege)', () => {
      expect(map(resource)).toEqual(map(resource, false));
    });
  });

  it.each(['balances', 'direct-debits', 'statements', 'account-parties'] as BankDataResource[])('%s has one permission: Basic and Detail answers are the same', (resource) => {
    expect(map(resource, false)).toEqual(map(resource, true));
  });
});
