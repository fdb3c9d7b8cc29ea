/**
 * What each transaction permission of a consent opens. Bank Data Sharing v2.1 has two pairs for
 * GET /accounts/{AccountId}/transactions: ReadTransactionsBasic/Detail (every transaction) and
 * ReadFXTransactionsBasic/Detail (the FX ones only); a Detail one adds the detail members.
 */
export const TRANSACTION_PERMISSIONS: Readonly<Record<string, { opens: 'all' | 'fx'; detail: boolean }>> = {
  ReadTransactionsBasic: { opens: 'all', detail: false },
  ReadTransactionsDetail: { opens: 'all', detail: true },
  ReadFXTransactionsBasic: { opens: 'fx', detail: false },
  ReadFXTransactionsDetail: { opens: 'fx', detail: true },
};

export interface TransactionsGrant {
  /**
   * The value of `o3-fx-transactions` (ozone-connect v2.1.x bank data sharing: "only FX-related
   * transactions should be returned, based on permissions set in the related consent"): true
   * when no permission of the consent opens every transaction. Always sent, so the LFI never has
   * to read meaning into an absent header.
   */
  fxTransactionsOnly: boolean;
  /**
   * Whether the detail members may be returned: only when a Detail permission covers every
   * transaction returned. (With ReadTransactionsBasic and ReadFXTransactionsDetail the FX ones
   * could carry detail; the answer is mapped as a whole, so all stay Basic rather than the
   * others leaking detail.)
   */
  detail: boolean;
}

export function transactionsGrant(permissions: readonly string[]): TransactionsGrant {
  const held = permissions.map((p) => TRANSACTION_PERMISSIONS[p]).filter((p) => p !== undefined);
  const fxTransactionsOnly = !held.some((p) => p.opens === 'all');
  const returned = fxTransactionsOnly ? 'fx' : 'all';
  return { fxTransactionsOnly, detail: held.some((p) => p.opens === returned && p.detail) };
}
