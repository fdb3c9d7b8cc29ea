import type { LfiTenantProfile } from '@hub/mock-lfi-data';
import { HubCallError, type HeimdallFinish, type LfiHubClient } from '@hub/mock-lfi-ozone-connect';
import type { MultipleAuthorizers } from '../approvals/multi-authorization';
import type { ConsentKind } from './consent-choices';
import type { Journey, JourneyOutcome } from './journeys';

const EXPIRED: JourneyOutcome = {
  kind: 'error',
  heading: 'This request has expired',
  message: 'The time to answer this request has run out at the bank. Go back to the app that sent you here and start again.',
};

/**
 * The user's answer, told to the hub as the standard's LFI sequence says: PATCH the consent
 * (Authorized with the user and the chosen resources, or Rejected), then doConfirm or doFail,
 * whose 303 carries the TPP redirect.
 *
 * The first of several authorizers (`multipleAuthorizers`) is recorded instead, the consent
 * staying AwaitingAuthorization, and the TPP still gets its code at once: the multi-authorization
 * guides have the TPP "receive the standard authorization callback" after the first authorizer,
 * its token showing AwaitingAuthorization until the others approved on the bank's pages.
 */
export async function decide(
  hub: LfiHubClient,
  tenant: LfiTenantProfile,
  journey: Journey,
  kind: ConsentKind,
  answer: { decision: 'approve' | 'reject'; selected: string[]; multipleAuthorizers?: MultipleAuthorizers },
): Promise<JourneyOutcome> {
  const userId = journey.signIn.userId!;
  const ids = kind === 'insurance' ? { insurancePolicyIds: answer.selected } : { accountIds: answer.selected };
  const recorded = answer.multipleAuthorizers ? { 'consentBody.Meta.MultipleAuthorizers': answer.multipleAuthorizers } : { status: 'Authorized' };
  const patch =
    answer.decision === 'approve'
      ? { ...recorded, psuIdentifiers: { userId }, ...ids, authorizationChannel: 'Web' }
      : { status: 'Rejected', psuIdentifiers: { userId }, authorizationChannel: 'Web' };
  try {
    await hub.patchConsent(tenant, journey.consentId, patch);
  } catch (error) {
    return hubRefused(error);
  }
  const finish = answer.decision === 'approve' ? await hub.confirm(tenant, journey.interactionId) : await hub.fail(tenant, journey.interactionId, 'The user rejected the request');
  return outcomeOf(finish, answer.decision);
}

/** The user could not sign in: the TPP learns `access_denied`; the consent is left to expire. */
export async function giveUp(hub: LfiHubClient, tenant: LfiTenantProfile, journey: Journey, reason: string): Promise<JourneyOutcome> {
  return outcomeOf(await hub.fail(tenant, journey.interactionId, reason), 'failed');
}

function outcomeOf(finish: HeimdallFinish, decision: 'approve' | 'reject' | 'failed'): JourneyOutcome {
  if (finish.kind === 'redirect') return { kind: 'redirect', decision, location: finish.location };
  return finish.status === 400 ? EXPIRED : { kind: 'error', heading: 'The bank could not finish', message: finish.description };
}

function hubRefused(error: unknown): JourneyOutcome {
  if (error instanceof HubCallError && (error.status === 400 || error.status === 404 || error.status === 409)) {
    return { kind: 'error', heading: 'This request can no longer be answered', message: 'It was already answered, withdrawn or has expired. Go back to the app that sent you here.' };
  }
  return { kind: 'error', heading: 'The bank could not finish', message: error instanceof Error ? error.message : String(error) };
}
