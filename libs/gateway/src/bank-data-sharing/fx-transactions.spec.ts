import { BANK_DATA_OPERATIONS } from './bank-data-operations';
import { fxTransactionsOnly, TRANSACTIONS_OPENED_BY } from './fx-transactions';

describe('o3-fx-transactions from the consent permissions', () => {
  it.each([
    [['ReadFXTransactionsBasic'], true],
    [['ReadFXTransactionsDetail'], true],
    [['ReadFXTransactionsBasic', 'ReadFXTransactionsDetail', 'ReadFXRemittanceCharges', 'ReadAccountsBasic'], true],
    [['ReadTransactionsBasic'], false],
    [['ReadTransactionsDetail'], false],
    [['ReadTransactionsBasic', 'ReadFXTransactionsDetail'], false],
    [['ReadTransactionsDetail', 'ReadFXTransactionsBasic'], false],
  ])('%j → o3-fx-transactions: %s', (permissions, fxOnly) => {
    expect(fxTransactionsOnly(permissions)).toBe(fxOnly);
  });

  it('knows every permission that opens the transactions operation, and no other', () => {
    const { basic, detail } = BANK_DATA_OPERATIONS.transactions;
    expect(Object.keys(TRANSACTIONS_OPENED_BY).sort()).toEqual([...basic, ...detail].sort());
  });
});
