/**
 * Which transactions a transaction permission of the consent opens. Bank Data Sharing v2.1 has
 * two pairs for GET /accounts/{AccountId}/transactions: ReadTransactionsBasic/Detail (every
 * transaction) and ReadFXTransactionsBasic/Detail (the FX ones only).
 */
export const TRANSACTIONS_OPENED_BY: Readonly<Record<string, 'all' | 'fx'>> = {
  ReadTransactionsBasic: 'all',
  ReadTransactionsDetail: 'all',
  ReadFXTransactionsBasic: 'fx',
  ReadFXTransactionsDetail: 'fx',
};

/**
 * The value of `o3-fx-transactions` for a transactions read (ozone-connect v2.1.x bank data
 * sharing: "only FX-related transactions should be returned, based on permissions set in the
 * related consent"): true when no permission of the consent opens every transaction. Always sent,
 * so the LFI never has to guess from an absent header.
 */
export function fxTransactionsOnly(permissions: readonly string[]): boolean {
  return !permissions.some((p) => TRANSACTIONS_OPENED_BY[p] === 'all');
}
