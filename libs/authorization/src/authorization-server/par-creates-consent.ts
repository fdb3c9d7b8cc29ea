import { ConsentError, ConsentService } from '@hub/consent';
import { interactionIdOf } from '@hub/kernel';
import type { AuthorizationDetail } from '@hub/ozone-connect';
import { OzoneConnectError } from '@hub/ozone-connect';
import type { TrustDirectory } from '@hub/trust-framework';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { findTppApplication, tppRecordOf } from './trust-framework-clients';

export interface ParConsentSettings {
  tenantId: string;
  consents: ConsentService;
  directory: TrustDirectory;
  jwksUriOf(organisationId: string, softwareStatementId: string): string;
}

const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';

function headersOf(ctx: KoaContextWithOIDC): Record<string, string> {
  // Credentials and client assertions stay out of the consent record.
  const keep = ['x-fapi-interaction-id', 'x-fapi-customer-ip-address', 'x-customer-user-agent', 'x-fapi-auth-date', 'user-agent', 'content-type'];
  return Object.fromEntries(keep.filter((h) => ctx.get(h)).map((h) => [h, ctx.get(h)]));
}

function refuse(ctx: KoaContextWithOIDC, status: number, error: string, description: string): void {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = { error, error_description: description };
}

/**
 * A valid PAR creates the consent (AwaitingAuthorization) through the Consent Manager's
 * interface, with the `request_uri` as its parId. If the consent cannot be created (BaseConsentId
 * of another TPP, the LFI's validate says invalid, the LFI cannot be reached) the pushed request
 * is destroyed and the TPP gets an OAuth error instead of a `request_uri`.
 */
export function parCreatesConsent(s: ParConsentSettings) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    await next();
    if (ctx.oidc?.route !== 'pushed_authorization_request' || ctx.status !== 201) return;
    const requestUri = (ctx.body as { request_uri: string }).request_uri;
    const [detail] = JSON.parse(String(ctx.oidc.params?.authorization_details ?? '[]')) as AuthorizationDetail[];
    const client = ctx.oidc.client!;
    const app = findTppApplication(s.directory, client.clientId)!;
    try {
      await s.consents.create(
        {
          tenantId: s.tenantId,
          authorizationDetail: detail,
          tpp: tppRecordOf(app, s.jwksUriOf(app.organisationId, app.softwareStatementId)),
          parId: requestUri,
          interactionId: interactionIdOf(ctx.req),
          requestUrl: ctx.href,
          requestHeaders: headersOf(ctx),
        },
        { actor: 'TPP', interactionId: interactionIdOf(ctx.req), orgId: app.organisationId, clientId: app.clientId, softwareStatementId: app.softwareStatementId },
      );
    } catch (e) {
      const par = await ctx.oidc.provider.PushedAuthorizationRequest.find(requestUri.slice(REQUEST_URI_PREFIX.length));
      await par?.destroy();
      if (e instanceof ConsentError) return refuse(ctx, 400, 'invalid_authorization_details', e.message);
      if (e instanceof OzoneConnectError) return refuse(ctx, 503, 'temporarily_unavailable', `the LFI could not check the consent: ${e.message}`);
      throw e;
    }
  };
}
