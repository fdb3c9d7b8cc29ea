import type { ConsentRecord } from '@hub/ozone-connect';
import { isHttpsUrl } from '@hub/standards';
import type { ConsentPatch } from './consent-commands';
import { ConsentChange, readPath } from './consent-change';
import { ConsentError } from './consent-error';
import { checkTransition, type ConsentActor } from './consent-state-machine';
import { ConsentStatus, ConsentType, isTerminal } from './consent-status';
import {
  checkMultipleAuthorizers,
  multiAuthorizationProgress,
  type MultiAuthorizationProgress,
  type MultipleAuthorizers,
} from './multiple-authorizers';
import { changeStatus } from './status-change';

type PatchField = Exclude<keyof ConsentPatch, 'raw'>;

/** The TPP view's webhook registration; merged rather than mapped (see mergedSubscription). */
const SUBSCRIPTION = 'consentBody.Subscription';

/** Where each patch field lands in the record (the Consent Manager's dotted PATCH keys). */
const TARGET: Partial<Record<PatchField, string>> = {
  psuIdentifiers: 'psuIdentifiers',
  accountIds: 'accountIds',
  insurancePolicyIds: 'insurancePolicyIds',
  supplementaryInformation: 'supplementaryInformation',
  authorizationChannel: 'authorizationChannel',
  exchangeRate: 'consentBody.Data.ExchangeRate',
  charges: 'consentBody.Data.Charges',
  multipleAuthorizers: 'consentBody.Meta.MultipleAuthorizers',
  connectToken: 'ConnectToken',
};

/**
 * What the PSU and the LFI settle during authorization. Once the consent has left
 * AwaitingAuthorization only its status, usage, supplementary information and Meta may move
 * ([CS] "after staging only Data.Status changes"); re-sending the stored value is fine.
 */
const FROZEN_AFTER_AUTHORIZATION: readonly PatchField[] = [
  'psuIdentifiers',
  'accountIds',
  'insurancePolicyIds',
  'exchangeRate',
  'charges',
  'connectToken',
  'openFinanceBilling',
];

/** Fields that exist only in one consent family's PATCH schema (the body is an anyOf of three). */
const ONLY_FOR: Partial<Record<PatchField, readonly ConsentType[]>> = {
  accountIds: [ConsentType.AccountAccess, ConsentType.ServiceInitiation],
  insurancePolicyIds: [ConsentType.Insurance],
  exchangeRate: [ConsentType.ServiceInitiation],
  charges: [ConsentType.ServiceInitiation],
  multipleAuthorizers: [ConsentType.ServiceInitiation],
  connectToken: [ConsentType.ServiceInitiation],
};

/**
 * Applies a PATCH to a consent, or refuses it as a whole. Refusals are thrown before anything is
 * written, so a refused patch changes nothing.
 */
export function applyConsentPatch(before: ConsentRecord, patch: ConsentPatch, actor: ConsentActor, now: Date): ConsentChange {
  const type = before.consentType as ConsentType;
  const from = before.status as ConsentStatus;
  checkFieldsBelongToType(patch, type);
  checkValues(patch, type);
  if (patch.subscription !== undefined) checkSubscription(before, patch.subscription, actor);

  const multi = patch.multipleAuthorizers ?? (before.consentBody.Meta?.MultipleAuthorizers as MultipleAuthorizers | undefined);
  const progress = multi ? multiAuthorizationProgress(multi) : undefined;
  if (patch.multipleAuthorizers && before.consentBody.Data.IsSingleAuthorization === true && (progress?.required ?? 1) > 1) {
    throw ConsentError.businessRule('The TPP asked for a single authorization step (IsSingleAuthorization): no multi-authorization');
  }
  // One authorizer's rejection ends a multi-authorization consent.
  const target = patch.status ?? (from === ConsentStatus.AwaitingAuthorization && progress?.rejected ? ConsentStatus.Rejected : undefined);

  if (patch.revokedBy !== undefined && target !== ConsentStatus.Revoked) {
    throw ConsentError.invalid('consentBody.Data.RevokedBy is only accepted together with the status Revoked');
  }
  if (target !== undefined) {
    const check = checkTransition(from, target, actor, type);
    if (!check.allowed) throw ConsentError.transition(check.reason);
  }

  const change = new ConsentChange(before);
  if (from !== ConsentStatus.AwaitingAuthorization) refuseFrozenChanges(change, patch);
  assignFields(change, patch);
  // Before the status: a revocation sent with a new Subscription is one change, one audit row.
  if (patch.subscription !== undefined) change.assign(SUBSCRIPTION, mergedSubscription(before, patch.subscription));

  if (target === ConsentStatus.Authorized && from !== ConsentStatus.Authorized) requireAuthorizable(change.after, type, progress);
  if (target === ConsentStatus.Rejected && (patch.accountIds?.length || patch.insurancePolicyIds?.length)) {
    throw ConsentError.businessRule('A rejected consent carries no accountIds or insurancePolicyIds');
  }
  if (target !== undefined) changeStatus(change, target, actor, now, patch.revokedBy);
  return change;
}

function checkFieldsBelongToType(patch: ConsentPatch, type: ConsentType): void {
  for (const [field, types] of Object.entries(ONLY_FOR) as [PatchField, readonly ConsentType[]][]) {
    if (patch[field] !== undefined && !types.includes(type)) {
      throw ConsentError.invalid(`${field} cannot be patched on a ${type} consent`);
    }
  }
}

function checkValues(patch: ConsentPatch, type: ConsentType): void {
  if (patch.psuIdentifiers !== undefined && !(typeof patch.psuIdentifiers.userId === 'string' && patch.psuIdentifiers.userId)) {
    throw ConsentError.invalid('psuIdentifiers.userId is required', 'Consent.InvalidUserIdentifier');
  }
  for (const field of ['accountIds', 'insurancePolicyIds'] as const) {
    const ids = patch[field];
    if (ids !== undefined && (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || !id))) {
      throw ConsentError.invalid(`${field} must be a non-empty array of identifiers`);
    }
  }
  if (type === ConsentType.ServiceInitiation && patch.accountIds && patch.accountIds.length > 1) {
    throw ConsentError.businessRule('A service-initiation consent has exactly one accountId (the debtor account)');
  }
  if (patch.multipleAuthorizers !== undefined) checkMultipleAuthorizers(patch.multipleAuthorizers);
}

function refuseFrozenChanges(change: ConsentChange, patch: ConsentPatch): void {
  const moved = FROZEN_AFTER_AUTHORIZATION.filter((field) => {
    if (patch[field] === undefined) return false;
    if (field === 'openFinanceBilling') {
      return readPath(change.before, 'consentBody.Data.OpenFinanceBilling.IsLargeCorporate') !== patch.openFinanceBilling?.IsLargeCorporate;
    }
    return change.differs(TARGET[field]!, patch[field]);
  });
  // The PATCH schemas require authorizationChannel on every call, so it may be filled in later,
  // but the channel the PSU authorized on cannot be rewritten.
  const channel = change.before.authorizationChannel;
  if (patch.authorizationChannel !== undefined && channel !== undefined && channel !== patch.authorizationChannel) {
    moved.push('authorizationChannel');
  }
  if (moved.length > 0) {
    throw ConsentError.businessRule(`The consent is ${change.before.status}: ${moved.join(', ')} can no longer change`);
  }
}

function assignFields(change: ConsentChange, patch: ConsentPatch): void {
  for (const [field, path] of Object.entries(TARGET) as [PatchField, string][]) {
    if (patch[field] !== undefined) change.assign(path, patch[field]);
  }
  // The Consent Manager mirrors insurancePolicyIds into accountIds so every family answers
  // GET /accounts/{accountId}/consents the same way.
  if (patch.insurancePolicyIds !== undefined) change.assign('accountIds', patch.insurancePolicyIds);
  if (patch.openFinanceBilling !== undefined) {
    const billing = readPath(change.after, 'consentBody.Data.OpenFinanceBilling') as Record<string, unknown> | undefined;
    change.assign('consentBody.Data.OpenFinanceBilling', { ...billing, ...patch.openFinanceBilling });
  }
  // lastDataShared and lastServiceInitiationAttempt are reported separately; one must not erase the other.
  if (patch.consentUsage !== undefined) change.assign('consentUsage', { ...change.after.consentUsage, ...patch.consentUsage });
}

/**
 * The TPP's webhook registration is not settled during authorization, so it may change in every
 * live status ([CS] "after staging only Data.Status changes; Subscription/Meta may change"); a
 * final consent sends no more events, so there is nothing left to subscribe to.
 */
function checkSubscription(before: ConsentRecord, subscription: NonNullable<ConsentPatch['subscription']>, actor: ConsentActor): void {
  if (actor !== 'TPP') throw ConsentError.invalid('Only the TPP changes the Subscription of its consent');
  if (isTerminal(before.status as ConsentStatus)) {
    throw ConsentError.businessRule(`The consent is ${before.status}, a final status: its Subscription can no longer change`);
  }
  const { Url, IsActive } = subscription.Webhook ?? {};
  if (typeof IsActive !== 'boolean') throw ConsentError.invalid('Subscription.Webhook.IsActive must be true or false');
  if (Url !== undefined && !(typeof Url === 'string' && isHttpsUrl(Url))) throw ConsentError.invalid('Subscription.Webhook.Url must be an https URL');
  // AEWebhook: "Url ... Required on first registration of the Webhook".
  if (Url === undefined && typeof storedWebhook(before).Url !== 'string') {
    throw ConsentError.invalid('Subscription.Webhook.Url is required: no webhook is registered for this consent yet');
  }
}

/** Url is optional in the PATCH: switching IsActive alone keeps the registered Url. */
function mergedSubscription(before: ConsentRecord, subscription: NonNullable<ConsentPatch['subscription']>): Record<string, unknown> {
  const { Url, IsActive } = subscription.Webhook;
  return { ...before.consentBody.Subscription, Webhook: { ...storedWebhook(before), ...(Url !== undefined ? { Url } : {}), IsActive } };
}

function storedWebhook(before: ConsentRecord): Record<string, unknown> {
  const webhook = readPath(before, `${SUBSCRIPTION}.Webhook`);
  return typeof webhook === 'object' && webhook !== null ? (webhook as Record<string, unknown>) : {};
}

function requireAuthorizable(after: ConsentRecord, type: ConsentType, progress: MultiAuthorizationProgress | undefined): void {
  const missing: string[] = [];
  if (!after.psuIdentifiers?.userId) missing.push('psuIdentifiers.userId');
  if (type === ConsentType.AccountAccess && !after.accountIds?.length) missing.push('accountIds (at least one)');
  if (type === ConsentType.Insurance && !after.insurancePolicyIds?.length) missing.push('insurancePolicyIds (at least one)');
  if (type === ConsentType.ServiceInitiation && after.accountIds?.length !== 1) missing.push('accountIds (exactly one debtor account)');
  if (missing.length > 0) throw ConsentError.businessRule(`The consent cannot be Authorized without ${missing.join(', ')}`);
  if (!progress) return;
  if (progress.rejected) throw ConsentError.businessRule('An authorizer rejected the consent: it cannot be Authorized');
  if (progress.approved < progress.required) {
    throw ConsentError.businessRule(`Only ${progress.approved} of ${progress.required} required authorizers approved the consent`);
  }
}
