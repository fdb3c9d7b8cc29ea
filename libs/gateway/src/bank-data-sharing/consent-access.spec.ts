import type { ConsentRecord } from '@hub/ozone-connect';
import { BANK_DATA_OPERATIONS as OPS } from './bank-data-operations';
import { consentAccess } from './consent-access';

function consent(status: string, permissions: string[], accountIds = ['acc-1']): ConsentRecord {
  return { id: 'c1', status, accountIds, consentBody: { Data: { Permissions: permissions } } } as unknown as ConsentRecord;
}

function refusal(fn: () => unknown): { status: number; code: string; withoutBody?: boolean } {
  try {
    fn();
  } catch (e) {
    return e as { status: number; code: string; withoutBody?: boolean };
  }
  throw new Error('expected a refusal');
}

describe('consent access (gateway step 2)', () => {
  it('opens an operation with its Basic permission, and the detail members only with its Detail one', () => {
    expect(consentAccess(consent('Authorized', ['ReadTransactionsBasic']), OPS.transactions, 'acc-1')).toEqual({ detail: false });
    expect(consentAccess(consent('Authorized', ['ReadTransactionsDetail']), OPS.transactions, 'acc-1')).toEqual({ detail: true });
    expect(consentAccess(consent('Authorized', ['ReadBalances']), OPS.balances, 'acc-1')).toEqual({ detail: true });
  });

  it('opens transaction detail only with a Detail permission covering every transaction returned', () => {
    expect(consentAccess(consent('Authorized', ['ReadFXTransactionsDetail']), OPS.transactions, 'acc-1')).toEqual({ detail: true });
    expect(consentAccess(consent('Authorized', ['ReadTransactionsBasic', 'ReadFXTransactionsDetail']), OPS.transactions, 'acc-1')).toEqual({ detail: false });
  });

  it.each(Object.values(OPS).map((op) => [op.resource, op] as const))('refuses %s without any of its permissions: 403 AccessToken.InvalidScope', (_name, op) => {
    const others = ['ReadAccountsBasic', 'ReadBalances', 'ReadStatements'].filter((p) => ![...op.basic, ...op.detail].includes(p));
    expect(refusal(() => consentAccess(consent('Authorized', others), op, 'acc-1'))).toMatchObject({ status: 403, code: 'AccessToken.InvalidScope' });
  });

  it('refuses an account outside the consent: 403 AccessToken.InvalidScope', () => {
    expect(refusal(() => consentAccess(consent('Authorized', ['ReadBalances']), OPS.balances, 'acc-9'))).toMatchObject({ status: 403, code: 'AccessToken.InvalidScope' });
  });
});
