import { ApiError } from '@hub/kernel';
import { ConsentError } from './consent-error';

const STATUS_BY_KIND: Record<ConsentError['kind'], number> = { 'not-found': 404, conflict: 409, invalid: 400, transition: 400 };

/**
 * Domain errors as the kernel's ApiError (its status and the standard's code); each surface
 * renders it in its own wire format. It stays beside ConsentError because two surfaces call the
 * domain (the gateway and the Consent Manager) and a surface imports no other surface.
 */
export function consentErrorToApiError(e: unknown): unknown {
  if (!(e instanceof ConsentError)) return e;
  return new ApiError(STATUS_BY_KIND[e.kind], e.code, e.message, e.path);
}

/** Runs a domain call and rethrows its ConsentError as an ApiError. */
export async function asApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw consentErrorToApiError(e);
  }
}
