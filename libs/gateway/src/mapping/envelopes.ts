import { type Convert, isObject, type KeysOf, type Mapped } from '@hub/ozone-connect';
import type { AccountInformationSchemas as Std } from '@hub/standards';
import { toAEAccountArrayId, toAEAccountId } from './accounts.fields';
import { toAEBalance } from './balances.fields';
import { toAEBeneficiary } from './beneficiaries.fields';
import { toAEDirectDebit } from './direct-debits.fields';
import { toAEPartyIdentityAssurance2, toAEPartyIdentityAssurance4 } from './parties.fields';
import { toAEScheduledPayment } from './scheduled-payments.fields';
import { toAEStandingOrder } from './standing-orders.fields';
import { toAETransaction } from './transactions.fields';
import type { BankDataResource, Json } from './types';

/**
 * The standard's `Data` per operation. Account-scoped lists are `{AccountId, <Member>: [...]}`:
 * Ozone Connect repeats the account id in every item instead, so it is taken from the TPP's
 * path (which the hub has checked against the consent) and any item of another account is left
 * out rather than shown to a TPP never granted it.
 */
export interface Envelope {
  /** The answer is one object (GET /accounts/{AccountId}, GET /parties): never paginated. */
  single: boolean;
  build(ocData: unknown, accountId: string | undefined): Json;
}

/**
 * `{AccountId, <member>: [...]}` from a list whose items carry the account id as `idMember`;
 * `Data` is the standard's Data schema of the operation, so the member's name is checked.
 */
function accountList<Data>(member: KeysOf<Data>, convert: Convert, idMember: 'accountId' | 'AccountId' = 'accountId'): Envelope {
  return {
    single: false,
    build(ocData, pathAccountId) {
      const items = (Array.isArray(ocData) ? ocData : []).filter(isObject);
      const accountId = pathAccountId ?? stringOf(items[0]?.[idMember]);
      const own = items.filter((item) => item[idMember] === undefined || item[idMember] === accountId);
      return { AccountId: accountId, [member]: own.map(convert).filter((v) => v !== undefined) };
    },
  };
}

/** Ozone Connect's product items are the standard's AEProduct plus AccountId, already PascalCase. */
const withoutAccountId: Convert = (item) => {
  if (!isObject(item)) return undefined;
  const { AccountId: _accountId, ...product } = structuredClone(item);
  return product;
};

export const ENVELOPES: Readonly<Record<BankDataResource, Envelope>> = {
  accounts: {
    single: false,
    build: (ocData): Mapped<Std['AEReadAccount']['Data']> => ({ Account: (Array.isArray(ocData) ? ocData : []).map(toAEAccountArrayId).filter((v) => v !== undefined) }),
  },
  account: {
    single: true,
    build: (ocData, pathAccountId): Mapped<Std['AEReadAccountId']['Data']> => ({
      AccountId: pathAccountId ?? (isObject(ocData) ? stringOf(ocData.id) : undefined),
      Account: toAEAccountId(ocData) ?? {},
    }),
  },
  balances: accountList<Std['AEReadBalance']['Data']>('Balance', toAEBalance),
  transactions: accountList<Std['AEReadTransaction']['Data']>('Transaction', toAETransaction),
  beneficiaries: accountList<Std['AEReadBeneficiary']['Data']>('Beneficiary', toAEBeneficiary),
  'direct-debits': accountList<Std['AEReadDirectDebit']['Data']>('DirectDebit', toAEDirectDebit),
  'scheduled-payments': accountList<Std['AEReadScheduledPayment']['Data']>('ScheduledPayment', toAEScheduledPayment),
  'standing-orders': accountList<Std['AEReadStandingOrder']['Data']>('StandingOrder', toAEStandingOrder),
  product: accountList<Std['AEReadProduct1']['Data']>('Product', withoutAccountId, 'AccountId'),
  // Ozone Connect's statements data is the standard's AEStatements itself (one object, PascalCase).
  statements: {
    single: false,
    build: (ocData, pathAccountId) => {
      const statements = isObject(ocData) ? structuredClone(ocData) : { Statements: [] };
      return { ...statements, AccountId: pathAccountId ?? stringOf(statements.AccountId) };
    },
  },
  parties: { single: true, build: (ocData): Mapped<Std['AEReadParty4']['Data']> => ({ Party: toAEPartyIdentityAssurance4(ocData) ?? {} }) },
  'account-parties': accountList<Std['AEReadParty2']['Data']>('Party', toAEPartyIdentityAssurance2, 'accountId'),
};

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The `{AccountId}` of a TPP path `…/accounts/{AccountId}[/…]`, if the URL has one. */
export function accountIdOfUrl(selfUrl: string): string | undefined {
  const path = selfUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0];
  const match = /\/accounts\/([^/]+)/.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
