/**
 * What the hub knows about the TPP call a request to the LFI stems from. Ozone Connect carries it
 * as `o3-*` headers so the LFI can attribute, audit and authorise the call without seeing the
 * TPP's own request (ozone-connect v2.1.x, `components.parameters`).
 */
export interface O3Context {
  callerOrgId: string;
  callerClientId: string;
  callerSoftwareStatementId: string;
  /** The parameterised TPP-facing URI the call stems from, e.g. `/open-finance/account-information/v2.1/accounts/{AccountId}`. */
  apiUri: string;
  /** The HTTP method of that TPP call. */
  apiOperation: string;
  consentId?: string;
  /** Sent base64 encoded as `o3-psu-identifier`. */
  psuIdentifiers?: object;
  /** The TPP's x-fapi-interaction-id, when it sent one. */
  callerInteractionId?: string;
  /** The hub's interaction id; the standard wants it equal to callerInteractionId when the TPP sent one. */
  ozoneInteractionId: string;
  /**
   * Transaction reads only: `o3-fx-transactions`, "only FX-related transactions should be
   * returned, based on permissions set in the related consent" (GET /accounts/{accountId}/transactions).
   */
  fxTransactions?: boolean;
}

/** Header names, lower case as they travel over HTTP/1.1 and HTTP/2 alike. */
export const O3_HEADER = {
  providerId: 'o3-provider-id',
  aspspId: 'o3-aspsp-id',
  callerOrgId: 'o3-caller-org-id',
  callerClientId: 'o3-caller-client-id',
  callerSoftwareStatementId: 'o3-caller-software-statement-id',
  apiUri: 'o3-api-uri',
  apiOperation: 'o3-api-operation',
  consentId: 'o3-consent-id',
  callerInteractionId: 'o3-caller-interaction-id',
  ozoneInteractionId: 'o3-ozone-interaction-id',
  psuIdentifier: 'o3-psu-identifier',
  fxTransactions: 'o3-fx-transactions',
} as const;

/**
 * Required on consent events and actions and on consented reads by ozone-connect v2.1.x.
 * `o3-aspsp-id` is left out: it is deprecated in favour of `o3-provider-id`, so an LFI should not
 * depend on it.
 */
export const REQUIRED_O3_HEADERS = [
  O3_HEADER.providerId,
  O3_HEADER.callerOrgId,
  O3_HEADER.callerClientId,
  O3_HEADER.callerSoftwareStatementId,
  O3_HEADER.apiUri,
  O3_HEADER.apiOperation,
  O3_HEADER.consentId,
  O3_HEADER.ozoneInteractionId,
] as const;

/**
 * Calls that concern no consent (FX quotes, account opening, insurance quotes) carry the same set
 * without `o3-consent-id` (ozone-connect v2.1.x service initiation).
 */
export const REQUIRED_SERVICE_O3_HEADERS = REQUIRED_O3_HEADERS.filter((name) => name !== O3_HEADER.consentId);

/**
 * The one place that builds the o3 header set. `o3-aspsp-id` is deprecated but still required by
 * v2.1.x, so it travels beside `o3-provider-id` with the same value; optional headers are left out
 * rather than sent empty, since an empty value would read as "present" to the LFI.
 */
export function o3Headers(providerId: string, ctx: O3Context): Record<string, string> {
  const headers: Record<string, string> = {
    [O3_HEADER.providerId]: providerId,
    [O3_HEADER.aspspId]: providerId,
    [O3_HEADER.callerOrgId]: ctx.callerOrgId,
    [O3_HEADER.callerClientId]: ctx.callerClientId,
    [O3_HEADER.callerSoftwareStatementId]: ctx.callerSoftwareStatementId,
    [O3_HEADER.apiUri]: ctx.apiUri,
    [O3_HEADER.apiOperation]: ctx.apiOperation.toUpperCase(),
    [O3_HEADER.ozoneInteractionId]: ctx.ozoneInteractionId,
  };
  if (ctx.callerInteractionId) headers[O3_HEADER.callerInteractionId] = ctx.callerInteractionId;
  if (ctx.consentId) headers[O3_HEADER.consentId] = ctx.consentId;
  if (ctx.psuIdentifiers) headers[O3_HEADER.psuIdentifier] = encodePsuIdentifiers(ctx.psuIdentifiers);
  if (ctx.fxTransactions !== undefined) headers[O3_HEADER.fxTransactions] = String(ctx.fxTransactions);
  return headers;
}

/** `o3-psu-identifier` is "a Base64 encoded representation of the psuIdentifier JSON object". */
export function encodePsuIdentifiers(psuIdentifiers: object): string {
  return Buffer.from(JSON.stringify(psuIdentifiers), 'utf8').toString('base64');
}
