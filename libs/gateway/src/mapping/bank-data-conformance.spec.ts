import { flattenClosedAllOf, readOfficialSpec, type SchemaCheck, validateAgainst } from '@hub/testing';
import { mapBankDataResponse } from './index-internal';
import * as oc from './testing/oc-fixtures';
import { OZONE_CONNECT_DOC, STANDARD_DOC } from './testing/official-documents';
import type { BankDataResource } from './types';

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A validator for the 200 `application/json` body of `GET <path>` in an official document. The
 * standard puts its responses in components/responses, so a response `$ref` is followed to build
 * a JSON pointer ajv can resolve (a pointer cannot pass through a `$ref`).
 */
function responseValidator(relativePath: string): { check(path: string, value: unknown): SchemaCheck; schemaOf(path: string): string } {
  const doc = readOfficialSpec(relativePath);
  const id = `urn:hub-test:${relativePath}`;
  const flat = { ...flattenClosedAllOf(doc), $id: id };
  const pointerOf = (path: string) => {
    const response = doc.paths[path].get.responses['200'];
    const base = typeof response.$ref === 'string' ? response.$ref.slice(1) : `/paths/${escape(path)}/get/responses/200`;
    return `${base}/content/application~1json/schema`;
  };
  return {
    check: (path, value) => validateAgainst({ $ref: `${id}#${pointerOf(path)}` }, value, [flat]),
    /** The component the response names, or the inline schema's pointer. */
    schemaOf: (path) => {
      const pointer = pointerOf(path);
      const schema = pointer.slice(1).split('/').reduce((at: any, k) => at?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
      return typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : `(inline) ${pointer}`;
    },
  };
}

/**
 * Each operation end to end against the official documents: a realistic Ozone Connect answer
 * that is valid for the LFI operation's 200 response is mapped, with and without the Detail
 * permission, and the result must be valid for the TPP operation's 200 response.
 */
interface Case {
  resource: BankDataResource;
  ocPath: string;
  tppPath: string;
  answer: () => oc.Json;
  query?: string;
}

const A = oc.ACCOUNT_ID;
const CASES: Case[] = [
  { resource: 'accounts', ocPath: '/accounts', tppPath: '/accounts', answer: oc.ocAccounts },
  { resource: 'account', ocPath: '/accounts/{accountId}', tppPath: '/accounts/{AccountId}', answer: oc.ocAccountById },
  { resource: 'balances', ocPath: '/accounts/{accountId}/balances', tppPath: '/accounts/{AccountId}/balances', answer: oc.ocBalances },
  {
    resource: 'transactions',
    ocPath: '/accounts/{accountId}/transactions',
    tppPath: '/accounts/{AccountId}/transactions',
    answer: oc.ocTransactions,
    query: '?fromBookingDateTime=2025-05-01T00:00:00%2B04:00&page=2&page-size=100',
  },
  { resource: 'beneficiaries', ocPath: '/accounts/{accountId}/beneficiaries', tppPath: '/accounts/{AccountId}/beneficiaries', answer: oc.ocBeneficiaries },
  { resource: 'direct-debits', ocPath: '/accounts/{accountId}/direct-debits', tppPath: '/accounts/{AccountId}/direct-debits', answer: oc.ocDirectDebits },
  { resource: 'product', ocPath: '/accounts/{accountId}/products', tppPath: '/accounts/{AccountId}/product', answer: oc.ocProducts },
  {
    resource: 'scheduled-payments',
    ocPath: '/accounts/{accountId}/scheduled-payments',
    tppPath: '/accounts/{AccountId}/scheduled-payments',
    answer: oc.ocScheduledPayments,
  },
  { resource: 'standing-orders', ocPath: '/accounts/{accountId}/standing-orders', tppPath: '/accounts/{AccountId}/standing-orders', answer: oc.ocStandingOrders },
  { resource: 'statements', ocPath: '/accounts/{accountId}/statements', tppPath: '/accounts/{AccountId}/statements', answer: oc.ocStatements },
  { resource: 'parties', ocPath: '/customer', tppPath: '/parties', answer: oc.ocCustomer },
  { resource: 'account-parties', ocPath: '/accounts/{accountId}/customer', tppPath: '/accounts/{AccountId}/parties', answer: oc.ocAccountCustomers },
];

const ctxFor = (c: Case) => ({ selfUrl: `${oc.RS}${c.tppPath.replace('{AccountId}', A)}${c.query ?? ''}`, page: c.query ? 2 : 1, pageSize: 100 });

describe('Ozone Connect answers mapped to the v2.1 standard (official schemas)', () => {
  const lfi = responseValidator(OZONE_CONNECT_DOC);
  const standard = responseValidator(STANDARD_DOC);

  describe.each(CASES)('$resource: GET $ocPath → GET $tppPath', (c) => {
    it('the Ozone Connect fixture is a valid LFI answer', () => {
      const check = lfi.check(c.ocPath, c.answer());
      expect(check.errors).toBe('No errors');
      expect(check.valid).toBe(true);
    });

    it.each([true, false])('maps to a valid standard answer (detail: %s)', (detail) => {
      const mapped = mapBankDataResponse(c.resource, c.answer() as never, ctxFor(c), { detail });
      const check = standard.check(c.tppPath, mapped);
      expect(check.errors).toBe('No errors');
      expect(check.valid).toBe(true);
    });
  });

  it('names the schemas it checks (in: Ozone Connect, out: standard)', () => {
    const names = Object.fromEntries(CASES.map((c) => [c.resource, [lfi.schemaOf(c.ocPath), standard.schemaOf(c.tppPath)]]));
    expect(names).toEqual({
      accounts: ['AccountsResponse', 'AEReadAccount'],
      account: ['AccountResponse', 'AEReadAccountId'],
      balances: ['BalancesResponse', 'AEReadBalance'],
      transactions: ['TransactionsResponse', 'AEReadTransaction'],
      beneficiaries: ['BeneficiariesResponse', 'AEReadBeneficiary'],
      'direct-debits': ['DirectDebitsResponse', 'AEReadDirectDebit'],
      product: ['ProductsResponse', 'AEReadProduct1'],
      'scheduled-payments': ['ScheduledPaymentsResponse', 'AEReadScheduledPayment'],
      'standing-orders': ['StandingOrdersResponse', 'AEReadStandingOrder'],
      statements: ['(inline) /paths/~1accounts~1{accountId}~1statements/get/responses/200/content/application~1json/schema', 'AEReadStatements'],
      parties: ['CustomerResponse', 'AEReadParty4'],
      'account-parties': ['CustomersResponse', 'AEReadParty2'],
    });
  });

  it('the schemas are strict: an unmapped LFI answer, or a mapped one with a camelCase member, is rejected', () => {
    expect(standard.check('/accounts', oc.ocAccounts()).valid).toBe(false);
    const mapped = mapBankDataResponse('accounts', oc.ocAccounts() as never, ctxFor(CASES[0]), { detail: true });
    (mapped.Data.Account as Record<string, unknown>[])[0].nickName = 'Household';
    expect(standard.check('/accounts', mapped).errors).toMatch(/must NOT have additional properties/);
  });

  it('a sandbox URL on localhost is a valid Links.Self (format: uri)', () => {
    const c = CASES[0];
    const mapped = mapBankDataResponse('accounts', c.answer() as never, { selfUrl: 'https://localhost:8443/altareq1/rs/open-finance/account-information/v2.1/accounts', page: 1, pageSize: 100 });
    expect(standard.check('/accounts', mapped).valid).toBe(true);
  });
});
