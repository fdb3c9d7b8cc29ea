import { interactionIdOf } from '@hub/kernel';
import type { KoaContextWithOIDC } from 'oidc-provider';

/** Every authorization server response carries x-fapi-interaction-id: the caller's, or a new one. */
export async function fapiInteractionId(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  interactionIdOf(ctx.req, ctx.res);
  await next();
}
