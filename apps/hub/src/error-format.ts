import type { ErrorWireFormat } from '@hub/kernel';
import type { Request } from 'express';

/**
 * Which of the three error bodies a hub route answers with: LFI-facing surfaces (Headless
 * Heimdall, Consent Manager) use `{errorCode, errorMessage}`, the authorization server uses OAuth
 * errors, everything TPP-facing the standards' `Errors[]`.
 */
export function hubErrorFormat(req: Request): ErrorWireFormat {
  const surface = (req.path ?? '').split('/')[2];
  if (surface === 'hh' || surface === 'cm') return 'ozone';
  if (surface === 'as') return 'oauth';
  return 'standard';
}
