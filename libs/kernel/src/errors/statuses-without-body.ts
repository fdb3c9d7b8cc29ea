import type { Response } from 'express';
import type { ApiError } from './api-error';

/**
 * Which error statuses answer with headers only, per surface. The one table of the rule.
 * - `everywhere`: the standard's 429 carries Retry-After and no body, whatever the surface.
 * - `tppDocuments`: the v2.1 TPP-facing documents (account information, bank initiation,
 *   confirmation of payee, FX, insurance, account opening, products, ATM, webhook template)
 *   define 401Error, 404Error, 405Error, 406Error, 415Error and 429Error without content; only
 *   400, 403, 409 and 500 carry the Errors body. The hub's filters of those resources use it.
 * Besides the table, an error made `withoutBody` (an invalid token, `ApiError.invalidToken`)
 * answers without body on every surface.
 */
export const STATUSES_WITHOUT_BODY = {
  everywhere: [429],
  tppDocuments: [401, 404, 405, 406, 415, 429],
} as const satisfies Record<string, readonly number[]>;

export type StatusesWithoutBody = keyof typeof STATUSES_WITHOUT_BODY;

export function answersWithoutBody(error: ApiError, surface: StatusesWithoutBody = 'everywhere'): boolean {
  return error.withoutBody === true || (STATUSES_WITHOUT_BODY[surface] as readonly number[]).includes(error.status);
}

/**
 * Writes a headers-only answer: why a token was refused in WWW-Authenticate (RFC 6750 §3), when
 * to come back in Retry-After.
 */
export function answerWithoutBody(res: Response, error: ApiError): void {
  if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  if (error.withoutBody) res.setHeader('WWW-Authenticate', `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`);
  res.status(error.status).end();
}
