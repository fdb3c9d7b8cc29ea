import { DETAIL_ONLY_MEMBERS, dropMembers } from './detail-only-members';
import { accountIdOfUrl, ENVELOPES } from './envelopes';
import { paginationLinks, pagingOf } from './pagination';
import { TRANSACTION_WINDOW } from './transactions.fields';
import type { BankDataResource, Json, MapOptions, OzoneConnectAnswer, PageContext, StandardResponse } from './types';

/** Operations whose Meta is MetaTransactionsStatements (TotalPages plus the data window). */
const WITH_DATA_WINDOW: ReadonlySet<BankDataResource> = new Set(['transactions', 'statements']);

/**
 * An LFI's Ozone Connect 200 answer as the standard's 200 body for the TPP. Pure: the input is
 * not changed, and nothing but the arguments is read.
 */
export function mapBankDataResponse(resource: BankDataResource, oc: OzoneConnectAnswer, ctx: PageContext, o: MapOptions = {}): StandardResponse {
  const envelope = ENVELOPES[resource];
  const data = withoutUndefined(envelope.build(oc?.data, accountIdOfUrl(ctx.selfUrl)));
  if (!o.detail) dropMembers(data, DETAIL_ONLY_MEMBERS[resource]);
  const paging = envelope.single ? { paginated: false, totalPages: 1 } : pagingOf(oc?.meta, ctx);
  const meta: Json = { TotalPages: paging.totalPages };
  if (WITH_DATA_WINDOW.has(resource)) {
    for (const [from, to] of Object.entries(TRANSACTION_WINDOW)) {
      const value = oc?.meta?.[from];
      if (typeof value === 'string') meta[to] = value;
    }
  }
  return {
    Data: data,
    Links: paging.paginated ? paginationLinks(ctx, paging.totalPages) : { Self: ctx.selfUrl },
    Meta: meta,
  };
}

function withoutUndefined(data: Json): Json {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}
