import { BANK_DATA_OPERATIONS } from './bank-data-operations';
import { TRANSACTION_PERMISSIONS, transactionsGrant } from './transaction-permissions';

describe('o3-fx-transactions and detail from the consent permissions', () => {
  it.each([
    [['ReadFXTransactionsBasic'], true, false],
    [['ReadFXTransactionsDetail'], true, true],
    [['ReadFXTransactionsBasic', 'ReadFXTransactionsDetail', 'ReadFXRemittanceCharges', 'ReadAccountsDetail'], true, true],
    [['ReadTransactionsBasic'], false, false],
    [['ReadTransactionsDetail'], false, true],
    [['ReadTransactionsBasic', 'ReadFXTransactionsDetail'], false, false],
    [['ReadTransactionsDetail', 'ReadFXTransactionsBasic'], false, true],
    [['ReadTransactionsBasic', 'ReadTransactionsDetail', 'ReadFXTransactionsBasic', 'ReadFXTransactionsDetail'], false, true],
  ])('%j → o3-fx-transactions: %s, detail: %s', (permissions, fxTransactionsOnly, detail) => {
    expect(transactionsGrant(permissions)).toEqual({ fxTransactionsOnly, detail });
  });

  it('knows every permission that opens the transactions operation, and no other', () => {
    const { basic, detail } = BANK_DATA_OPERATIONS.transactions;
    expect(Object.keys(TRANSACTION_PERMISSIONS).sort()).toEqual([...basic, ...detail].sort());
    for (const p of basic) expect(TRANSACTION_PERMISSIONS[p].detail).toBe(false);
    for (const p of detail) expect(TRANSACTION_PERMISSIONS[p].detail).toBe(true);
  });
});
