import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import { httpsCall } from './mtls-client';
import type { SandboxManifest } from './sandbox-process';
import { pushAuthorizationRequest, type TppClient } from './tpp-client';

export interface HeadlessConsentOptions {
  tenantId: string;
  /** The TPP's redirect URI (its first by default). */
  redirectUri: string;
  webhook?: { Url: string; IsActive: boolean };
  permissions?: string[];
  /** The user who authorizes (the tenant's first by default). */
  userId?: string;
  /** The accounts the LFI selects (the user's first by default). */
  accountIds?: string[];
}

/**
 * An account-access consent authorized the way an LFI's back end does it: the TPP pushes the
 * request (optionally with a webhook subscription), the LFI opens it with Headless Heimdall,
 * PATCHes it Authorized for the user and accounts (the tenant's first user and account by
 * default), and confirms; the TPP
 * exchanges the code. Returns the ConsentId and the TPP's tokens.
 */
export async function authorizeConsentHeadlessly(m: SandboxManifest, tpp: TppClient, o: HeadlessConsentOptions) {
  const tenant = m.tenants.find((t) => t.id === o.tenantId)!;
  const lfi = m.lfiClients.find((c) => c.tenantId === o.tenantId)!;
  const user = m.psus.find((p) => p.tenantId === o.tenantId && (o.userId === undefined || p.userId === o.userId));
  if (!user) throw new Error(`no user ${o.userId ?? ''} of ${o.tenantId} in the manifest`);
  const lfiCall = (method: string, url: string, body?: unknown) =>
    httpsCall(url, { method, caFile: m.caCertFile, client: lfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
  const consentId = randomUUID();
  const consent = { ConsentId: consentId, Permissions: o.permissions ?? ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } };
  const detail = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent, ...(o.webhook ? { subscription: { Webhook: o.webhook } } : {}) };
  const pushed = await pushAuthorizationRequest(tpp, { redirectUri: o.redirectUri, scope: 'openid accounts', authorizationDetails: [detail] });
  const started = (await lfiCall('GET', `${tenant.headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
  const patched = await lfiCall('PATCH', `${tenant.consentManagerUrl}/consents/${consentId}`, { status: 'Authorized', psuIdentifiers: { userId: user.userId }, accountIds: o.accountIds ?? user.accountIds!.slice(0, 1), authorizationChannel: 'Web' });
  if (patched.status !== 204) throw new Error(`the Consent Manager answered ${patched.status} to the authorization: ${patched.text}`);
  const confirmed = await lfiCall('POST', `${tenant.headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`);
  const tokens = await client.authorizationCodeGrant(tpp.config, new URL(String(confirmed.headers.location)), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
  return { consentId, tokens };
}
