import { ApiError } from '@hub/kernel';
import type { RevokedBy } from '@hub/consent';
import { isHttpsUrl } from '@hub/standards';

/** What a TPP asked for in a PATCH of its consent resource, once the body's members are checked. */
export interface TppConsentChange {
  revokedBy?: RevokedBy;
  webhook?: { Url?: string; IsActive: boolean };
}

/** A TPP may only say that it revoked, on its own or at the user's request; the LFI values are the LFI's to use. */
const TPP_REVOKED_BY: readonly RevokedBy[] = ['TPP', 'TPP.InitiatedByUser'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (message: string, path: string) => ApiError.badRequest(message, path, 'Body.InvalidFormat');

function closed(value: unknown, path: string, allowed: readonly string[]): Json {
  if (!isObject(value)) throw invalid(`${path || 'The body'} must be a JSON object`, path);
  const extra = Object.keys(value).find((k) => !allowed.includes(k));
  if (extra !== undefined) throw invalid(`${path ? `${path}.` : ''}${extra} is not a member of the PATCH body`, path ? `${path}.${extra}` : extra);
  return value;
}

/**
 * AEPatchConsent (accounts) / AEUpdateConsent1 (insurance): `Data {Status: Revoked, RevokedBy?}`
 * and/or `Subscription.Webhook {Url, IsActive}`. Both schemas are closed, so every unknown member
 * is refused by name; the insurance document makes Data required, the accounts one does not.
 */
export function parsePatchConsent(body: unknown, o: { dataRequired: boolean }): TppConsentChange {
  const root = closed(body, '', ['Data', 'Subscription']);
  if (root.Data === undefined && (o.dataRequired || root.Subscription === undefined)) {
    throw invalid(o.dataRequired ? 'Data is required' : 'Data or Subscription is required', 'Data');
  }
  return {
    ...(root.Data !== undefined ? { revokedBy: revocationOf(root.Data) } : {}),
    ...(root.Subscription !== undefined ? { webhook: webhookOf(root.Subscription) } : {}),
  };
}

function revocationOf(value: unknown): RevokedBy {
  const data = closed(value, 'Data', ['Status', 'RevokedBy']);
  if (data.Status !== 'Revoked') throw invalid('Data.Status must be Revoked, the only status a TPP may set', 'Data.Status');
  if (data.RevokedBy === undefined) return 'TPP';
  if (!TPP_REVOKED_BY.includes(data.RevokedBy as RevokedBy)) throw invalid(`Data.RevokedBy must be one of ${TPP_REVOKED_BY.join(', ')}`, 'Data.RevokedBy');
  return data.RevokedBy as RevokedBy;
}

function webhookOf(value: unknown): { Url?: string; IsActive: boolean } {
  const subscription = closed(value, 'Subscription', ['Webhook']);
  const webhook = closed(subscription.Webhook, 'Subscription.Webhook', ['Url', 'IsActive']);
  // Insurance's AEWebhook requires IsActive; the accounts schema does not, but a change without it says nothing.
  if (typeof webhook.IsActive !== 'boolean') throw invalid('Subscription.Webhook.IsActive must be true or false', 'Subscription.Webhook.IsActive');
  if (webhook.Url !== undefined && !(typeof webhook.Url === 'string' && isHttpsUrl(webhook.Url))) {
    throw invalid('Subscription.Webhook.Url must be an https URL', 'Subscription.Webhook.Url');
  }
  return { ...(webhook.Url !== undefined ? { Url: webhook.Url as string } : {}), IsActive: webhook.IsActive };
}
