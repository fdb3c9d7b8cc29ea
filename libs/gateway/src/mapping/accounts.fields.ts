import { type CbuaeAccount, type FieldMapOf, mapObject } from '@hub/ozone-connect';
import type { AEAccountArrayId, AEAccountId } from '@hub/standards';
import { toCashAccounts, toInstitution5 } from './common-members';

/**
 * CbuaeAccount → AEAccountArrayId (GET /accounts items) and AEAccountId (GET /accounts/{AccountId},
 * which carries AccountId beside the object, not in it). Not carried over: `product`,
 * `multiAuth`, `businessCustomer`, `customers` (LFI-to-hub information the standard has no
 * member for).
 */
const ACCOUNT_MEMBERS = {
  accountHolderName: 'AccountHolderName',
  accountHolderShortName: 'AccountHolderShortName',
  status: 'Status',
  statusUpdateDateTime: 'StatusUpdateDateTime',
  currency: 'Currency',
  accountType: 'AccountType',
  accountSubType: 'AccountSubType',
  description: 'Description',
  nickName: 'Nickname',
  openingDate: 'OpeningDate',
  maturityDate: 'MaturityDate',
  accountNumbers: ['AccountIdentifiers', toCashAccounts],
  servicer: ['Servicer', toInstitution5],
  isShariaCompliant: 'IsShariaCompliant',
} as const satisfies FieldMapOf<CbuaeAccount, AEAccountId>;

export const toAEAccountArrayId = mapObject<CbuaeAccount, AEAccountArrayId>({ id: 'AccountId', ...ACCOUNT_MEMBERS });
export const toAEAccountId = mapObject<CbuaeAccount, AEAccountId>(ACCOUNT_MEMBERS);
