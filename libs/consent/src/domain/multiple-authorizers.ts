import type { ConsentRecord } from '@hub/ozone-connect';
import { ConsentError } from './consent-error';
import { ConsentStatus } from './consent-status';

/** `AEMetaMultiAuthorization`: the LFI-side authorizers of a service-initiation consent. */
export interface MultipleAuthorizers {
  TotalRequired?: number;
  Authorizations?: Authorization[];
}

export interface Authorization {
  AuthorizerId?: string;
  AuthorizerType?: string;
  AuthorizationDate?: string;
  AuthorizationStatus?: 'Pending' | 'Approved' | 'Rejected';
}

export interface MultiAuthorizationProgress {
  required: number;
  approved: number;
  rejected: boolean;
}

const AUTHORIZATION_STATUSES = ['Pending', 'Approved', 'Rejected'];

/**
 * The schema leaves every field optional, but without `TotalRequired` the hub could never tell
 * when the consent may become Authorized, so a MultipleAuthorizers patch must state it.
 */
export function checkMultipleAuthorizers(value: MultipleAuthorizers): MultipleAuthorizers {
  const total = value.TotalRequired;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 1) {
    throw ConsentError.invalid('MultipleAuthorizers.TotalRequired must be a positive integer');
  }
  for (const a of value.Authorizations ?? []) {
    if (a.AuthorizationStatus !== undefined && !AUTHORIZATION_STATUSES.includes(a.AuthorizationStatus)) {
      throw ConsentError.invalid(`Unknown AuthorizationStatus ${String(a.AuthorizationStatus)}`);
    }
  }
  return value;
}

/** Approvals are counted once per authorizer, so re-sending the same approval cannot reach the quorum. */
export function multiAuthorizationProgress(value: MultipleAuthorizers): MultiAuthorizationProgress {
  const authorizations = value.Authorizations ?? [];
  const approvers = new Set<string>();
  let anonymous = 0;
  for (const a of authorizations) {
    if (a.AuthorizationStatus !== 'Approved') continue;
    if (a.AuthorizerId) approvers.add(a.AuthorizerId);
    else anonymous += 1;
  }
  return {
    required: value.TotalRequired ?? 1,
    approved: approvers.size + anonymous,
    rejected: authorizations.some((a) => a.AuthorizationStatus === 'Rejected'),
  };
}

/**
 * The first of several LFI authorizers approved and the others have not all answered: the
 * consent is AwaitingAuthorization, and the LFI may already end the user's journey (doConfirm).
 * The multi-authorization guides have the TPP "receive the standard authorization callback" after
 * the first authorizer, its token showing AwaitingAuthorization until the last approval; resource
 * calls stay refused until then (they need Authorized).
 */
export function awaitsFurtherAuthorizers(consent: Pick<ConsentRecord, 'status' | 'consentBody'>): boolean {
  const multi = consent.consentBody.Meta?.MultipleAuthorizers as MultipleAuthorizers | undefined;
  if (consent.status !== ConsentStatus.AwaitingAuthorization || !multi) return false;
  const progress = multiAuthorizationProgress(multi);
  return progress.approved >= 1 && progress.approved < progress.required && !progress.rejected;
}
