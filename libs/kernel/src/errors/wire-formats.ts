import type { ApiError } from './api-error';

/** The three error bodies of the UAE Open Finance documents. */
export type ErrorWireFormat = 'standard' | 'ozone' | 'oauth';

/** Standards (TPP-facing): `{Errors:[{Code, Message, Path?}]}`, minItems 1. */
export interface StandardErrorBody {
  Errors: { Code: string; Message: string; Path?: string }[];
}

/** Hub LFI-facing APIs and Ozone Connect: `{errorCode, errorMessage}`. */
export interface OzoneErrorBody {
  errorCode: string;
  errorMessage: string;
}

/** RFC 6749 §5.2. */
export interface OAuthErrorBody {
  error: string;
  error_description: string;
}

const OAUTH_ERROR_BY_STATUS: Record<number, string> = { 400: 'invalid_request', 401: 'invalid_client', 403: 'access_denied', 404: 'invalid_request' };

export function renderError(format: ErrorWireFormat, e: ApiError): StandardErrorBody | OzoneErrorBody | OAuthErrorBody {
  switch (format) {
    case 'standard':
      return { Errors: [{ Code: e.code, Message: e.message, ...(e.path ? { Path: e.path } : {}) }] };
    case 'ozone':
      return { errorCode: e.code, errorMessage: e.message };
    case 'oauth':
      return { error: OAUTH_ERROR_BY_STATUS[e.status] ?? 'server_error', error_description: e.message };
  }
}
