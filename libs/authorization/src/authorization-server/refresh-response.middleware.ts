import type { KoaContextWithOIDC } from 'oidc-provider';

/**
 * The v2.1 refresh_token grant response has no `refresh_token` member (the document closes it with
 * additionalProperties: false): refresh tokens are not rotated, and oidc-provider's echo of the
 * unchanged one is removed.
 */
export async function refreshResponseWithoutRefreshToken(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  await next();
  if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || ctx.oidc.params?.grant_type !== 'refresh_token') return;
  delete (ctx.body as Record<string, unknown>).refresh_token;
}
