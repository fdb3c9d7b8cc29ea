/**
 * A failed Ozone Connect call. `permanent` tells the caller whether trying again can help: the
 * LFI refused the request itself (4xx, e.g. an event it "could not process", which the standard
 * says is not retried) versus the LFI being unreachable, slow or failing (network error,
 * timeout, 408, 429, 5xx).
 */
export class OzoneConnectError extends Error {
  readonly status?: number;
  /** `errorCode` of the LFI's `{errorCode, errorMessage}` body, when it sent one. */
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly permanent: boolean;

  constructor(
    message: string,
    details: { permanent: boolean; status?: number; errorCode?: string; errorMessage?: string; cause?: unknown },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'OzoneConnectError';
    this.permanent = details.permanent;
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.errorMessage = details.errorMessage;
  }
}

/** Statuses that say "not now" rather than "not this request". */
const RETRYABLE_CLIENT_STATUSES = new Set([408, 429]);

export function isPermanentStatus(status: number): boolean {
  return status < 500 && !RETRYABLE_CLIENT_STATUSES.has(status);
}

/** The error for a response outside 2xx, keeping the LFI's own code and message. */
export function errorFromResponse(url: string, status: number, body: unknown): OzoneConnectError {
  const { errorCode, errorMessage } = ozoneErrorBody(body);
  const detail = errorCode || errorMessage ? `: ${[errorCode, errorMessage].filter(Boolean).join(' ')}` : '';
  return new OzoneConnectError(`Ozone Connect ${url} answered ${status}${detail}`, {
    permanent: isPermanentStatus(status),
    status,
    errorCode,
    errorMessage,
  });
}

/** The error for a call that got no response at all. */
export function errorFromTransport(url: string, cause: unknown, timeoutMs: number): OzoneConnectError {
  const e = cause as { name?: string; code?: string; message?: string };
  const timedOut = e?.name === 'TimeoutError' || /TIMEOUT/.test(String(e?.code ?? ''));
  const reason = timedOut ? `no answer within ${timeoutMs} ms` : `${e?.code ?? e?.name ?? 'error'}: ${e?.message ?? String(cause)}`;
  return new OzoneConnectError(`Ozone Connect ${url} could not be reached (${reason})`, { permanent: false, cause });
}

function ozoneErrorBody(body: unknown): { errorCode?: string; errorMessage?: string } {
  if (!body || typeof body !== 'object') return {};
  const { errorCode, errorMessage } = body as Record<string, unknown>;
  return {
    errorCode: typeof errorCode === 'string' ? errorCode : undefined,
    errorMessage: typeof errorMessage === 'string' ? errorMessage : undefined,
  };
}
