import { businessOf, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { findPsu } from '@hub/mock-lfi-store';
import type { LfiHubClient } from '@hub/mock-lfi-ozone-connect';
import type { ConsentRecord } from '@hub/ozone-connect';
import { consentKindOf } from '../journey/consent-choices';
import { paymentTermsOf } from '../pages/plain-language';
import { rarOf } from '../pages/rar-consent';
import type { AwaitingApproval } from '../pages/view-models';
import type { BankContext } from './business-authorizers';
import { awaitsAnswerOf, multipleAuthorizersOf } from './multi-authorization';

/** Pages of a user's consents read at most (100 each): a sandbox user has far fewer. */
const MAX_PAGES = 20;

/**
 * Payment consents of the user's business that wait for this user's answer. The first authorizer
 * is the consent's PSU (psuIdentifiers.userId), so they are found among the consents of the
 * business's other users (Consent Manager `GET /psu/{userId}/consents`).
 */
export async function consentsAwaitingAnswerOf(hub: LfiHubClient, ctx: BankContext, userId: string, now: Date): Promise<ConsentRecord[]> {
  const business = businessOf(ctx.seed, ctx.tenant, userId);
  if (!business) return [];
  const theirs = await Promise.all(business.userIds.filter((id) => id !== userId).map((id) => consentsOf(hub, ctx.tenant, id)));
  return theirs.flat().filter((c) => consentKindOf(c) === 'payment' && awaitsAnswerOf(c, userId, now));
}

/** The dashboard's list of them, in plain words. */
export async function awaitingApprovalsOf(hub: LfiHubClient, ctx: BankContext, userId: string, now: Date): Promise<AwaitingApproval[]> {
  const consents = await consentsAwaitingAnswerOf(hub, ctx, userId, now);
  return Promise.all(
    consents.map(async (c) => {
      const first = multipleAuthorizersOf(c)!.Authorizations.find((a) => a.AuthorizationStatus === 'Approved');
      const rar = rarOf(c);
      const psu = first ? await findPsu(ctx.db, ctx.tenant.id, first.AuthorizerId) : undefined;
      return {
        consentId: c.id,
        tppName: c.tpp.decodedSsa?.client_name ?? c.tpp.tppName,
        requestedBy: psu?.fullName ?? 'another user of your business',
        summary: paymentTermsOf(rar.ControlParameters, { ...(rar.ExpirationDateTime ? { expires: rar.ExpirationDateTime } : {}) })[0],
        href: approvalPathOf(ctx.tenant, c.id),
      };
    }),
  );
}

export function approvalPathOf(tenant: LfiTenantProfile, consentId: string): string {
  return `/${tenant.id}/consents/${encodeURIComponent(consentId)}/approval`;
}

async function consentsOf(hub: LfiHubClient, tenant: LfiTenantProfile, userId: string): Promise<ConsentRecord[]> {
  const first = await hub.consentsOfPsu(tenant, userId);
  const pages = Math.min(first.meta.totalPages ?? 1, MAX_PAGES);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => hub.consentsOfPsu(tenant, userId, i + 2)));
  return [first, ...rest].flatMap((p) => p.data);
}
