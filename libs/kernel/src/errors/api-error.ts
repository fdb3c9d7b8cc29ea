/**
 * One error type for every surface of the sandbox. Each HTTP surface renders it in its own wire
 * format (see the filters beside this file): the standards' `Errors[]` for TPP-facing APIs,
 * `{errorCode, errorMessage}` for the LFI-facing hub APIs and Ozone Connect, and RFC 6749
 * `{error, error_description}` for OAuth endpoints.
 */
export class ApiError extends Error {
  /** Answer with the status only (see `invalidToken`). */
  withoutBody?: boolean;
  /** Sent as Retry-After (429). */
  retryAfterSeconds?: number;

  constructor(
    readonly status: number,
    /** The standard's code, e.g. `Consent.Invalid`, `AccessToken.InvalidScope`, `GenericError`. */
    readonly code: string,
    message: string,
    /** JSON path or header the error is about, when there is one. */
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static unauthorized(message: string): ApiError {
    return new ApiError(401, 'GenericError', message);
  }

  /**
   * The v2.1 resource APIs answer a missing, unknown, expired or wrongly bound access token with
   * 401 and no body; the reason goes to the WWW-Authenticate header (RFC 6750) and the log.
   */
  static invalidToken(message: string): ApiError {
    return Object.assign(new ApiError(401, 'GenericError', message), { withoutBody: true });
  }

  static forbidden(message: string, code = 'GenericError'): ApiError {
    return new ApiError(403, code, message);
  }

  static badRequest(message: string, path?: string, code = 'Body.InvalidFormat'): ApiError {
    return new ApiError(400, code, message, path);
  }

  /** The standard's 429: a TPP over its rate, told when to come back. */
  static tooManyRequests(retryAfterSeconds: number): ApiError {
    return Object.assign(new ApiError(429, 'GenericRecoverableError', `too many requests: retry after ${retryAfterSeconds} s`), { retryAfterSeconds });
  }

  static notFound(message: string, code = 'Resource.NotFound'): ApiError {
    return new ApiError(404, code, message);
  }
}
