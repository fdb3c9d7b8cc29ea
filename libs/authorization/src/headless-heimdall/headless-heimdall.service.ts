import { awaitsFurtherAuthorizers, ConsentService } from '@hub/consent';
import { Clock, InjectConfig, SandboxConfig, Tenant, TenantConfig, tenantUrls } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthorizationServers, CONSENT_GRANT_MODEL } from '../authorization-server/authorization-servers';
import type { ConsentGrantDetail } from '../authorization-server/consent-grant';
import { typeOrmAdapterFactory } from '../oidc-adapter/index-internal';
import { cookiePairs, injectIntoProvider } from './provider-injection';

/** Adapter model of the cookie jars of open interactions. */
const COOKIE_JAR_MODEL = 'HeadlessCookieJar';
const JAR_TTL_S = 3600;
/** Adapter model of the request_uris an interaction was opened for. */
const USED_REQUEST_URI_MODEL = 'UsedRequestUri';

export type HeimdallOutcome =
  | { status: 200; body: Record<string, unknown> }
  | { status: 200; text: string }
  | { status: 303; location: string }
  | { status: 400; body: { error: string; error_description: string; interactionId?: string } };

interface InteractionParams {
  client_id: string;
  scope?: string;
  authorization_details?: string;
  [key: string]: unknown;
}

/** Keeps the interaction's remaining lifetime (the typings omit save's ttl argument). */
function saveInteraction(interaction: { exp: number }): Promise<unknown> {
  return (interaction as unknown as { save(ttl: number): Promise<unknown> }).save(Math.max(1, interaction.exp - Math.floor(Date.now() / 1000)));
}

function badRequest(error: string, description: string, interactionId?: string): HeimdallOutcome {
  return { status: 400, body: { error, error_description: description, ...(interactionId ? { interactionId } : {}) } };
}

function consentIdOf(params: InteractionParams): string | undefined {
  const details = JSON.parse(String(params.authorization_details ?? '[]')) as { consent?: { ConsentId?: string } }[];
  return details[0]?.consent?.ConsentId;
}

/**
 * At a headless tenant the caller plays the LFI and has no user's browser to send back to the TPP,
 * so the redirect's content is answered instead, as the official Postman collections read it:
 * doConfirm's body is the authorization code alone (text/plain), doFail's the redirect's
 * parameters (error, error_description, state, iss) as JSON. Other tenants keep the 303.
 */
function answeredTo(tenant: Tenant, outcome: HeimdallOutcome, ending: 'code' | 'error'): HeimdallOutcome {
  if (!tenant.headless || outcome.status !== 303) return outcome;
  const params = new URL(outcome.location).searchParams;
  if (ending === 'code' && params.has('code')) return { status: 200, text: params.get('code')! };
  return { status: 200, body: Object.fromEntries(params) };
}

/**
 * Headless Heimdall (api-hub v2.1.x authorisation server): the LFI runs the user's authorization
 * and reports the outcome; the hub turns it into oidc-provider's interaction result and the
 * redirect back to the TPP.
 */
@Injectable()
export class HeadlessHeimdallService {
  constructor(
    private readonly servers: AuthorizationServers,
    private readonly consents: ConsentService,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  private models(tenantId: string) {
    return typeOrmAdapterFactory(this.ds, tenantId, () => this.clock.now());
  }

  private host(): string {
    return `${this.config.publicHost}:${this.config.ports.hub}`;
  }

  /**
   * A pushed request opens one interaction only. oidc-provider consumes a `request_uri` when it
   * issues the code, so a second `GET /auth` before that would open a second interaction: the hub
   * remembers every `request_uri` it has started.
   */
  private async firstUseOf(tenantId: string, requestUri: string | undefined): Promise<boolean> {
    if (!requestUri) return true;
    const used = this.models(tenantId)(USED_REQUEST_URI_MODEL);
    if (await used.find(requestUri)) return false;
    await used.upsert(requestUri, { usedAt: this.clock.now().toISOString() }, this.config.tokens.pushedAuthorizationRequestTtlSeconds + 60);
    return true;
  }

  /** `GET /auth`: validates the authorization request (client_id + request_uri) and opens the interaction. */
  async getAuth(tenant: Tenant, query: Record<string, string>): Promise<HeimdallOutcome> {
    const provider = this.servers.forTenant(tenant.id);
    if (!(await this.firstUseOf(tenant.id, query.request_uri))) return badRequest('invalid_request_uri', 'this request_uri has already been used: push a new authorization request');
    const res = await injectIntoProvider(provider, { url: `/auth?${new URLSearchParams(query)}`, host: this.host() });
    if (res.status >= 300 && res.status < 400 && res.location) {
      const uid = /\/interaction\/([^/?#]+)$/.exec(new URL(res.location, 'https://hub').pathname)?.[1];
      if (!uid) return { status: 303, location: res.location };
      await this.models(tenant.id)(COOKIE_JAR_MODEL).upsert(uid, { cookies: cookiePairs(res.setCookies) }, JAR_TTL_S);
      return { status: 200, body: await this.describeInteraction(tenant, uid) };
    }
    const body = JSON.parse(res.body || '{}') as { error?: string; error_description?: string };
    return badRequest(body.error ?? 'invalid_request', body.error_description ?? 'the authorization request is invalid');
  }

  private async describeInteraction(tenant: Tenant, uid: string): Promise<Record<string, unknown>> {
    const interaction = (await this.servers.forTenant(tenant.id).Interaction.find(uid))!;
    const params = interaction.params as InteractionParams;
    const consentId = consentIdOf(params);
    const consent = consentId ? await this.consents.get(tenant.id, consentId) : undefined;
    return {
      interaction: {
        interactionId: uid,
        params: {
          ...params,
          response_type: params.response_type ?? 'code',
          scopes: String(params.scope ?? '').split(' ').filter(Boolean),
          authorization_details: JSON.parse(String(params.authorization_details ?? '[]')),
        },
        claims: {},
        status: 'pending',
        ...(consentId ? { consentId, consentIdsList: [consentId] } : { consentIdsList: [] }),
        interactionStartedAt: Date.now(),
      },
      tpp: consent?.tpp,
    };
  }

  /**
   * `POST /auth/{interactionId}/doConfirm`: only for a consent the LFI already moved to Authorized,
   * or whose first of several authorizers approved (multi-authorization: it stays
   * AwaitingAuthorization, and the TPP's token says so, until the LFI records the others).
   */
  async confirm(tenant: Tenant, uid: string): Promise<HeimdallOutcome> {
    const provider = this.servers.forTenant(tenant.id);
    const interaction = await provider.Interaction.find(uid);
    if (!interaction) return badRequest('invalid_request', `no open interaction ${uid} at ${tenant.id}`, uid);
    const params = interaction.params as InteractionParams;
    const consentId = consentIdOf(params);
    if (!consentId) return badRequest('invalid_request', 'the interaction carries no consent', uid);
    const consent = await this.consents.get(tenant.id, consentId);
    if ((consent.status !== 'Authorized' && !awaitsFurtherAuthorizers(consent)) || !consent.psuIdentifiers?.userId) {
      return badRequest('invalid_request', `consent ${consentId} is ${consent.status}: PATCH it to Authorized (or record its first authorizer's approval in MultipleAuthorizers) with psuIdentifiers and the selected accounts or policies through the Consent Manager before doConfirm`, uid);
    }
    const grantId = await this.grantFor(tenant, params, consent);
    interaction.result = { login: { accountId: consent.psuIdentifiers.userId }, consent: { grantId } };
    await saveInteraction(interaction);
    return answeredTo(tenant, await this.resume(tenant, uid), 'code');
  }

  /** `POST /auth/{interactionId}/doFail`: the OAuth error goes back to the TPP (default access_denied). */
  async fail(tenant: Tenant, uid: string, form: { error?: string; error_description?: string }): Promise<HeimdallOutcome> {
    const interaction = await this.servers.forTenant(tenant.id).Interaction.find(uid);
    if (!interaction) return badRequest('invalid_request', `no open interaction ${uid} at ${tenant.id}`, uid);
    interaction.result = { error: form.error || 'access_denied', error_description: form.error_description || 'The user did not authorize the request' };
    await saveInteraction(interaction);
    return answeredTo(tenant, await this.resume(tenant, uid), 'error');
  }

  /** The grant carries exactly the ids the LFI patched onto the consent, and lives as long as it. */
  private async grantFor(tenant: Tenant, params: InteractionParams, consent: ConsentRecord): Promise<string> {
    const provider = this.servers.forTenant(tenant.id);
    const grant = new provider.Grant({ accountId: consent.psuIdentifiers!.userId, clientId: params.client_id });
    if (params.scope) {
      grant.addOIDCScope(params.scope);
      grant.addResourceScope(tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl, params.scope);
    }
    const expiresAt = Math.floor(Date.parse(String(consent.consentBody.Data.ExpirationDateTime)) / 1000);
    const detail: ConsentGrantDetail = {
      type: consent.rarType,
      consentId: consent.id,
      ...(consent.insurancePolicyIds ? { insurancePolicyIds: consent.insurancePolicyIds } : { accountIds: consent.accountIds }),
      consentExpiresAt: expiresAt,
    };
    grant.addRar(detail as never);
    const ttl = Math.max(1, expiresAt - Math.floor(Date.now() / 1000));
    const grantId = await (grant as unknown as { save(ttl: number): Promise<string> }).save(ttl);
    await this.models(tenant.id)(CONSENT_GRANT_MODEL).upsert(consent.id, { grantId }, ttl);
    return grantId;
  }

  private async resume(tenant: Tenant, uid: string): Promise<HeimdallOutcome> {
    const jar = this.models(tenant.id)(COOKIE_JAR_MODEL);
    const stored = (await jar.find(uid)) as { cookies?: string[] } | undefined;
    const res = await injectIntoProvider(this.servers.forTenant(tenant.id), { url: `/auth/${uid}`, host: this.host(), cookies: stored?.cookies });
    await jar.destroy(uid);
    if (res.location) return { status: 303, location: res.location };
    const body = JSON.parse(res.body || '{}') as { error?: string; error_description?: string };
    return badRequest(body.error ?? 'server_error', body.error_description ?? 'the interaction could not be completed', uid);
  }
}
