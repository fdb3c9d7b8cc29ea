import { interactionIdOf } from '@hub/kernel';
import { Logger } from '@nestjs/common';
import type { KoaContextWithOIDC } from 'oidc-provider';

const logger = new Logger('AuthorizationServer');

/**
 * Every authorization server response carries x-fapi-interaction-id (the caller's, or a new one),
 * and every request is logged with it: the provider sits in front of Nest's request logging.
 */
export async function fapiInteractionId(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  const interactionId = interactionIdOf(ctx.req, ctx.res);
  const started = Date.now();
  try {
    await next();
  } finally {
    logger.log({ interactionId, req: { method: ctx.method, url: ctx.originalUrl }, res: { statusCode: ctx.status }, route: ctx.oidc?.route, responseTime: Date.now() - started }, 'request completed');
  }
}
