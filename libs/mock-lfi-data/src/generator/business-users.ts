import type { LfiTenant } from '../model';
import { businessOwnerPlaces } from './psu-profiles';
import { coSignerUserId, psuUserId } from './psus';

/** The users of one business customer. */
export interface BusinessUsers {
  /** The owner holds the business's accounts (they carry the owner's userId). */
  ownerUserId: string;
  /** Every user who may authorize for the business, the owner first. */
  userIds: string[];
}

/**
 * The business `userId` acts for: its owner's or its co-signer's (SME_CO_SIGNER); undefined for
 * everyone else. Derived from the seed alone, since the places of business owners are fixed
 * (psu-profiles.ts); whether both users are stored depends on the PSU count that was seeded.
 */
export function businessOf(seed: string, tenant: LfiTenant, userId: string): BusinessUsers | undefined {
  for (const place of businessOwnerPlaces(tenant.sector)) {
    const userIds = [psuUserId(seed, tenant, place), coSignerUserId(seed, tenant, place)];
    if (userIds.includes(userId)) return { ownerUserId: userIds[0], userIds };
  }
  return undefined;
}
