import type { ErrorWireFormat } from '@hub/kernel';
import type { Request } from 'express';

/**
 * Which of the three error bodies a hub route answers with: the Consent Manager uses
 * `{errorCode, errorMessage}`, the authorization server and Headless Heimdall OAuth errors,
 * everything TPP-facing the standards' `Errors[]`.
 */
export function hubErrorFormat(req: Request): ErrorWireFormat {
  const surface = (req.path ?? '').split('/')[2];
  if (surface === 'cm') return 'ozone';
  // Headless Heimdall answers like the authorization server it fronts (AuthErrorResponse: error, error_description).
  if (surface === 'as' || surface === 'hh') return 'oauth';
  return 'standard';
}
