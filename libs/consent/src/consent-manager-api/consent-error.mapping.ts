import { ApiError } from '@hub/kernel';
import { ConsentError } from '../domain/consent-error';

const STATUS_BY_KIND: Record<ConsentError['kind'], number> = { 'not-found': 404, conflict: 409, invalid: 400, transition: 400 };

/** Domain errors as HTTP errors; each surface renders them in its own wire format. */
export function consentErrorToApiError(e: unknown): unknown {
  if (!(e instanceof ConsentError)) return e;
  return new ApiError(STATUS_BY_KIND[e.kind], e.code, e.message);
}

/** Runs a domain call and rethrows its ConsentError as an ApiError. */
export async function asApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw consentErrorToApiError(e);
  }
}
