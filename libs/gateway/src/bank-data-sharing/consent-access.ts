import { ApiError } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { BankDataOperation } from './bank-data-operations';
import { transactionsGrant } from './transaction-permissions';

/** What the consent allows for one call: whether the detail members may be returned. */
export interface ConsentGrantForCall {
  detail: boolean;
}

/**
 * Step 2 of the gateway, once the consent may be read at all (pipeline/consent-read-rule): its
 * permissions open the operation, and the account is one the user selected. (The account's own
 * status rules are the LFI's, mapped back from its answer.)
 */
export function consentAccess(consent: ConsentRecord, op: BankDataOperation, accountId?: string): ConsentGrantForCall {
  const granted = grantedPermissions(consent);
  const anyDetail = op.detail.some((p) => granted.includes(p));
  if (!anyDetail && !op.basic.some((p) => granted.includes(p))) {
    throw new ApiError(403, 'AccessToken.InvalidScope', `the consent lacks the permission for this operation (${[...op.basic, ...op.detail].join(' or ')})`);
  }
  if (accountId !== undefined && !(consent.accountIds ?? []).includes(accountId)) {
    throw new ApiError(403, 'AccessToken.InvalidScope', `account ${accountId} is not part of the consent`);
  }
  // Transactions: a Detail permission counts only when it covers every transaction returned.
  return { detail: op.resource === 'transactions' ? transactionsGrant(granted).detail : anyDetail };
}

/** The Bank Data Sharing permissions the user granted (`Data.Permissions` of the consent). */
export function grantedPermissions(consent: ConsentRecord): string[] {
  return (consent.consentBody.Data.Permissions as string[] | undefined) ?? [];
}
