import { claimOpeningStep, dueOpeningSteps, type DeskSteps, findPsu, openAccount, openingFollowUpOf, settleOpeningStep, type OpenableCurrency, type OpenableSubType, type OpeningStepClaim, type OpeningTiming, type StepSettlement } from '@hub/mock-lfi-store';
import type { DataSource } from 'typeorm';
import type { OpeningStatusPatch, OpeningStatusReporter } from './opening-status-reporter';

/** Told to the TPP when the back office cannot tell whom to open the account for. */
export const CUSTOMER_UNKNOWN = 'The bank could not identify the customer to open the account for.';

/** What the hub accepted: the claimed status, or Rejected instead of a Completed that could not be. */
export interface ReportedOpeningStep {
  patch: OpeningStatusPatch;
}

/**
 * The account opening desk's rules for its steps (DeskSteps). A step is claimed by compare-and-set
 * with its own claim id and lease (OpeningStepClaim), so a user's answer or the back office's
 * rejection may replace the step while it is being reported; settling keeps the newer step.
 */
export function openingSteps(db: DataSource, reporter: OpeningStatusReporter, timing: OpeningTiming, options: { leaseMs: number; now(): Date }): DeskSteps<OpeningStepClaim, ReportedOpeningStep> {
  const settle = (claim: OpeningStepClaim, settlement: StepSettlement) => settleOpeningStep(db, claim, settlement, options.now());
  return {
    async claimDue(now, limit) {
      const due = await dueOpeningSteps(db, now, limit);
      const claims = await Promise.all(due.map((key) => claimOpeningStep(db, key, options.now(), options.leaseMs)));
      return claims.filter((claim) => claim !== undefined);
    },
    async send(claim) {
      const patch = claim.status === 'Completed' ? await completion(db, claim, options.now()) : patchOf(claim.status, claim.information);
      const outcome = await reporter.report(claim.tenantId, claim.accountId, patch);
      if (outcome.kind === 'retry') throw new Error(outcome.reason);
      return outcome.kind === 'accepted' ? { kind: 'recorded', patch } : outcome;
    },
    apply: (claim, { patch }) => settle(claim, reportedSettlement(patch, timing, options.now())),
    retryLater: (claim, at) => settle(claim, { kind: 'retry', at }),
    drop: (claim) => settle(claim, { kind: 'refused' }),
    failedAttemptsOf: (claim) => claim.attempts,
    describe: (claim) => ({ tenantId: claim.tenantId, accountId: claim.accountId, status: claim.status }),
  };
}

/** Opens the account before Completed is reported; an opening nobody answered for is rejected instead. */
async function completion(db: DataSource, claim: OpeningStepClaim, now: Date): Promise<OpeningStatusPatch> {
  const { opening } = claim;
  const psu = opening.userId ? await findPsu(db, opening.tenantId, opening.userId) : undefined;
  if (!psu || !opening.accountSubType || !opening.currency) return patchOf('Rejected', CUSTOMER_UNKNOWN);
  const accountSubType = opening.accountSubType as OpenableSubType;
  const currency = opening.currency as OpenableCurrency;
  await openAccount(db, { tenantId: opening.tenantId, accountId: opening.accountId, psu, accountSubType, currency }, now);
  return patchOf('Completed', null);
}

/** The status the hub accepted becomes the opening's, and the LFI's own next move (if any) is scheduled. */
function reportedSettlement(patch: OpeningStatusPatch, timing: OpeningTiming, now: Date): StepSettlement {
  const followUp = openingFollowUpOf(patch.OpeningStatus, timing);
  return {
    kind: 'reported',
    status: patch.OpeningStatus,
    information: patch.AdditionalStatusInformation ?? null,
    ...(followUp ? { followUp: { status: followUp.status, at: new Date(now.getTime() + followUp.afterMs) } } : {}),
  };
}

function patchOf(status: OpeningStatusPatch['OpeningStatus'], information: string | null): OpeningStatusPatch {
  return { OpeningStatus: status, ...(information ? { AdditionalStatusInformation: information } : {}) };
}
