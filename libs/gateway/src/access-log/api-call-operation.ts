/** Where the resource servers' routes live: `/:tenant/rs/…` (the TPP-facing path follows). */
const RESOURCE_SERVER_ROUTE = /^\/:tenant\/rs(\/.*)$/;

/** The operation of a resource-server route, in the documents' words; undefined for any other route. */
export interface ApiOperationOfRoute {
  /** `/open-finance/fx/v2.1/fx-quotes/{FxQuoteId}` */
  apiUri: string;
  /** `fx` */
  apiFamily: string;
}

/**
 * From the Express route that answered (`/:tenant/rs/open-finance/fx/v2.1/fx-quotes/:FxQuoteId`)
 * to the document's parameterised path and its API family, so a report groups by operation, not
 * by resource id.
 */
export function operationOfRoute(routePath: unknown): ApiOperationOfRoute | undefined {
  if (typeof routePath !== 'string') return undefined;
  const match = RESOURCE_SERVER_ROUTE.exec(routePath);
  if (!match) return undefined;
  const apiUri = match[1].replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, '{$1}').replace(/\/+$/, '');
  const family = /^\/open-finance\/([^/]+)/.exec(apiUri)?.[1] ?? apiUri.split('/')[1] ?? '';
  return { apiUri, apiFamily: family };
}
