import type { ConsentChange } from './consent-change';
import { ConsentError } from './consent-error';
import { checkTransition, type ConsentActor } from './consent-state-machine';
import { ConsentStatus, ConsentType, type RevokedBy } from './consent-status';
import { standardDateTime } from './standard-date-time';

/**
 * When the status last changed. The Consent Manager document gives `StatusUpdateDateTime` a place
 * in `consentBody.Data` for service initiation only (AEPaymentConsentResponse; the data sharing
 * and insurance bodies are closed without it), so for every type the hub also keeps it in its own
 * `ozoneSupplementaryInformation`, from where the TPP-facing consent resources take it.
 */
export const STATUS_UPDATE_PATH = 'ozoneSupplementaryInformation.statusUpdateDateTime';

export function recordStatusUpdate(consentType: string, assign: (path: string, value: unknown) => void, stamp: string): void {
  assign(STATUS_UPDATE_PATH, stamp);
  if (consentType === ConsentType.ServiceInitiation) assign('consentBody.Data.StatusUpdateDateTime', stamp);
}

/**
 * The only way a status changes: the state machine decides, then the record and the TPP view
 * (`consentBody.Data.Status`, `StatusUpdateDateTime`, `RevokedBy`) move together so they never
 * disagree.
 */
export function changeStatus(
  change: ConsentChange,
  to: ConsentStatus,
  actor: ConsentActor,
  now: Date,
  revokedBy?: RevokedBy,
): void {
  const from = change.after.status as ConsentStatus;
  const check = checkTransition(from, to, actor, change.after.consentType as ConsentType);
  if (!check.allowed) throw ConsentError.transition(check.reason);
  if (from === to) return;
  change.assign('status', to);
  change.assign('consentBody.Data.Status', to);
  recordStatusUpdate(change.after.consentType, (path, value) => change.assign(path, value), standardDateTime(now));
  if (to === ConsentStatus.Revoked) change.assign('consentBody.Data.RevokedBy', revokedBy ?? 'LFI');
}
