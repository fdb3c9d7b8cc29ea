import type Provider from 'oidc-provider';

const ERROR_EVENTS = ['pushed_authorization_request.error', 'grant.error', 'introspection.error', 'revocation.error', 'userinfo.error'];

/**
 * oidc-provider answers every failed client authentication with the bare "client authentication
 * failed" and keeps the reason in `error_detail`. A sandbox exists to tell the developer what is
 * wrong, so the reason is appended to error_description (the error events fire before the
 * response is written).
 */
export function explainClientAuthFailures(provider: Provider): void {
  for (const event of ERROR_EVENTS) {
    (provider as unknown as { on(e: string, f: (...a: never[]) => void): void }).on(event, (ctx: { body?: { error?: string; error_description?: string } }, err: { error_detail?: string }) => {
      if (ctx.body?.error === 'invalid_client' && err?.error_detail) ctx.body.error_description = `${ctx.body.error_description} (${err.error_detail})`;
    });
  }
}
