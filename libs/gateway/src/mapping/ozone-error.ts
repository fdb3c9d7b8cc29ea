import { ApiError } from '@hub/kernel';
import type { OzoneConnectError } from '@hub/ozone-connect';

/**
 * An LFI's Ozone Connect error `{errorCode, errorMessage}` (or no answer at all) as the
 * standard's error: the status and the `Errors[0].Code`/`Message` the hub sends the TPP.
 *
 * The standard gives these operations an error body only for 400, 403 and 500 (401, 404, 405,
 * 406 and 429 are status-only, and 404 is listed for only four of the twelve operations), so
 * every LFI error lands on one of those three:
 *
 * | LFI answer                          | TPP status | Code                                       | Message       |
 * |-------------------------------------|------------|--------------------------------------------|---------------|
 * | 400, or a 4xx not listed below      | 400        | the LFI's if prescribed/namespaced, else GenericError | the LFI's |
 * | 403                                 | 403        | the LFI's if prescribed/namespaced, else GenericError | the LFI's |
 * | 404                                 | 403        | Consent.PermanentAccountAccessFailure      | fixed         |
 * | 401, 405, 406, 415                  | 500        | GenericError                               | fixed         |
 * | 408, 429, 5xx, timeout, unreachable | 500        | GenericRecoverableError                    | fixed         |
 * | anything else (1xx–3xx, no status)  | 500        | GenericError                               | fixed         |
 *
 * Why: Ozone Connect says an empty result is `200 {data: []}`, and the hub only forwards account
 * ids the consent holds, so an LFI 404 means the consented account is gone: the standard's code
 * for that is Consent.PermanentAccountAccessFailure (403), valid on every operation. A 401/405/
 * 406/415 is about the hub's own call to the LFI (its credentials, method or media type), not
 * the TPP's request, so the TPP sees an error of ours, not a 401 that would blame its token.
 * 408/429/5xx are the LFI being slow or failing: retryable, and the LFI's text (which may carry
 * internals) is never forwarded.
 */
export interface MappedOzoneError {
  status: number;
  code: string;
  message: string;
}

/** The standard's code pattern for namespaced codes, e.g. `Consent.Invalid`, `Bank.Limit1`. */
const NAMESPACED = /^[A-Za-z]+\.[A-Za-z0-9]+$/;
/** Prescribed codes without a namespace, in every Errors code list. */
const UNNAMESPACED = new Set(['GenericError', 'GenericRecoverableError']);
/** v1.2 LFIs prefix codes with `UAEOF.`; v2.x codes have no prefix. */
const V12_PREFIX = 'UAEOF.';

const MESSAGES = {
  recoverable: 'The LFI could not answer the request at this time; try again later.',
  hubCall: 'The hub could not complete the request with the LFI.',
  unexpected: 'The LFI gave an unexpected answer.',
  gone: 'The account is no longer available at the LFI.',
  rejected: 'The LFI rejected the request.',
} as const;

export function mapOzoneError(status: number, body: unknown): MappedOzoneError {
  const s = Number.isInteger(status) ? status : 0;
  if (s >= 500 || s === 408 || s === 429 || s === 0) return { status: 500, code: 'GenericRecoverableError', message: MESSAGES.recoverable };
  if (s === 401 || s === 405 || s === 406 || s === 415) return { status: 500, code: 'GenericError', message: MESSAGES.hubCall };
  if (s === 404) return { status: 403, code: 'Consent.PermanentAccountAccessFailure', message: MESSAGES.gone };
  if (s < 400) return { status: 500, code: 'GenericError', message: MESSAGES.unexpected };
  const { errorCode, errorMessage } = lfiError(body);
  return { status: s === 403 ? 403 : 400, code: standardCode(errorCode) ?? 'GenericError', message: errorMessage ?? MESSAGES.rejected };
}

/** mapOzoneError of a failed Ozone Connect call; without a status the LFI did not answer (as a 503). */
export function mapOzoneConnectError(e: OzoneConnectError): MappedOzoneError {
  return mapOzoneError(e.status ?? 503, e.status ? { errorCode: e.errorCode, errorMessage: e.errorMessage } : undefined);
}

/**
 * The TPP's error for a failed Ozone Connect call about a service resource (a payment, a quote, a
 * refund account): an LFI 404 is the TPP's 404, the resource is not there; the rest as mapOzoneError.
 */
export function serviceResourceError(e: OzoneConnectError, notFound = 'the LFI does not know this resource'): ApiError {
  if (e.status === 404) return ApiError.notFound(notFound);
  const mapped = mapOzoneConnectError(e);
  return new ApiError(mapped.status, mapped.code, mapped.message);
}

function lfiError(body: unknown): { errorCode?: string; errorMessage?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const { errorCode, errorMessage } = body as Record<string, unknown>;
  const message = typeof errorMessage === 'string' ? errorMessage.replace(/\s+/g, ' ').trim().slice(0, 500) : '';
  return { errorCode: typeof errorCode === 'string' ? errorCode.trim() : undefined, errorMessage: message || undefined };
}

function standardCode(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const unprefixed = code.startsWith(V12_PREFIX) ? code.slice(V12_PREFIX.length) : code;
  return UNNAMESPACED.has(unprefixed) || NAMESPACED.test(unprefixed) ? unprefixed : undefined;
}
