import type { CbuaeAccount } from '@hub/ozone-connect';
import type { AccountSeed } from '../model';
import { customerIdOf, type CustomerPsu } from './customer';
import { productIdentifierOf } from './products';
import { EPOCH_INSTANT_MS, uaeDateTime } from './uae-time';

/** An account as `CbuaeAccount` (GET /accounts, GET /accounts/{accountId}). */
export function accountViewOf(seed: string, account: AccountSeed, psu: CustomerPsu) {
  const holder = { id: customerIdOf(seed, psu), customerName: psu.fullName };
  const business = account.accountType !== 'Retail';
  const opened = `${account.openingDate}T00:00:00+04:00`;
  return {
    id: account.accountId,
    accountType: account.accountType,
    accountSubType: account.accountSubType,
    currency: account.currency,
    status: account.status,
    // Blocked statuses changed a month before the epoch; the others date from the opening.
    statusUpdateDateTime: account.status === 'Active' ? opened : uaeDateTime(EPOCH_INSTANT_MS - 30 * 86_400_000),
    accountHolderName: account.accountHolderName,
    accountHolderShortName: account.accountHolderName.split(' ')[0],
    nickName: account.nickname,
    description: account.accountSubType,
    openingDate: opened,
    accountNumbers: [{ schemeName: 'IBAN' as const, identification: account.iban, name: account.accountHolderName.slice(0, 70) }],
    product: productIdentifierOf(account),
    customers: [holder],
    ...(business ? { businessCustomer: [{ id: `${holder.id}-biz`, customerName: account.accountHolderName }] } : {}),
    servicer: { schemeName: 'BICFI' as const, identification: bicOf(account.tenantId) },
    isShariaCompliant: account.isShariaCompliant,
  } satisfies CbuaeAccount;
}

/** A BIC-shaped code of the (fictional) LFI: 4 letters of its id, AE, then AD for Dubai. */
export function bicOf(tenantId: string): string {
  return `${tenantId.replace(/[^a-z]/gi, '').toUpperCase().padEnd(4, 'X').slice(0, 4)}AEAD`;
}
