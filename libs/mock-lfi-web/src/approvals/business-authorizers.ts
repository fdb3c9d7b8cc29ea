import { businessOf, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { findAccount, findPsu } from '@hub/mock-lfi-store';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { DataSource } from 'typeorm';
import { rarOf } from '../pages/rar-consent';
import { authorizersOf, firstApproval, type Business, type MultipleAuthorizers } from './multi-authorization';

export interface BankContext {
  db: DataSource;
  seed: string;
  tenant: LfiTenantProfile;
}

/**
 * The business `userId` belongs to, with only the users this bank has stored: a sandbox seeded
 * with fewer users may lack the co-signer, and nobody could then give the second approval.
 */
export async function storedBusinessOf(ctx: BankContext, userId: string): Promise<Business | undefined> {
  const business = businessOf(ctx.seed, ctx.tenant, userId);
  if (!business) return undefined;
  const stored = await Promise.all(business.userIds.map((id) => findPsu(ctx.db, ctx.tenant.id, id)));
  return { ownerUserId: business.ownerUserId, userIds: business.userIds.filter((_, i) => stored[i]) };
}

/**
 * What the approval of `approver` records when the payment consent needs other users of the
 * business too (the account holder's business, see authorizersOf); undefined when it alone authorizes.
 */
export async function multiAuthorizationOnApproval(ctx: BankContext, consent: ConsentRecord, approver: string, accountId: string, now: Date): Promise<MultipleAuthorizers | undefined> {
  const account = await findAccount(ctx.db, ctx.tenant.id, accountId);
  if (!account) return undefined;
  const business = await storedBusinessOf(ctx, account.userId);
  const authorizers = authorizersOf(rarOf(consent).IsSingleAuthorization, account.accountType, business, approver);
  return authorizers && business ? firstApproval(authorizers, business, now) : undefined;
}
