/** The Bank Data Sharing v2.1 operations whose Ozone Connect answers this folder maps. */
export type BankDataResource =
  | 'accounts'
  | 'account'
  | 'balances'
  | 'transactions'
  | 'beneficiaries'
  | 'direct-debits'
  | 'product'
  | 'scheduled-payments'
  | 'standing-orders'
  | 'statements'
  | 'parties'
  | 'account-parties';

/** The TPP's request as far as paging goes: Links are built from it, never from the LFI's URLs. */
export interface PageContext {
  /** The TPP-facing URL as called, with its query. */
  selfUrl: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface MapOptions {
  /**
   * The consent grants the operation's Detail permission (ReadAccountsDetail, ReadTransactionsDetail,
   * …): the Detail-only members stay. Without it they are removed (least privilege is the default).
   */
  detail?: boolean;
}

/** An Ozone Connect 200 answer: camelCase `{data, meta}`. */
export interface OzoneConnectAnswer {
  data: unknown;
  meta?: Record<string, unknown>;
}

/** The standard's 200 body: PascalCase `{Data, Links, Meta}`. */
export interface StandardResponse {
  Data: Record<string, unknown>;
  Links: Record<string, string>;
  Meta: Record<string, unknown>;
}

export type Json = Record<string, unknown>;
