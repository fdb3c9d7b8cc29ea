import { accountActivity, policyNumberOf } from '@hub/mock-lfi-data';
import { listAccounts, listInsurancePolicies, type AccountEntity, type InsurancePolicyEntity } from '@hub/mock-lfi-store';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { DataSource } from 'typeorm';
import { accountSubTypeLabel, formatMoney, insuranceLineLabel, maskIban } from '../pages/plain-language';
import { insurancePermissionsOf, rarOf } from '../pages/rar-consent';
import type { SelectableItem } from '../pages/view-models';

export type ConsentKind = 'data-sharing' | 'payment' | 'insurance';

/** What the user may pick for a consent: the same list renders the page and checks the post. */
export interface ConsentChoices {
  kind: ConsentKind;
  mode: 'many' | 'one';
  items: SelectableItem[];
}

/** Accounts whose data can never be shared again (the standard's permanent failures). */
const UNSHAREABLE = new Set(['Closed', 'Deceased', 'Unclaimed']);

export function consentKindOf(consent: ConsentRecord): ConsentKind {
  if (consent.consentType.includes('insurance')) return 'insurance';
  if (consent.consentType.includes('service-initiation')) return 'payment';
  return 'data-sharing';
}

export interface ChoiceContext {
  db: DataSource;
  seed: string;
  tenantId: string;
  userId: string;
}

export async function consentChoices(ctx: ChoiceContext, consent: ConsentRecord, debtorIban?: string): Promise<ConsentChoices> {
  const kind = consentKindOf(consent);
  const rar = rarOf(consent);
  if (kind === 'insurance') {
    const lines = new Set(insurancePermissionsOf(rar).map((p) => String(p.InsuranceType).toLowerCase()));
    const policies = (await listInsurancePolicies(ctx.db, ctx.tenantId, ctx.userId)).filter((p) => lines.has(p.line));
    return { kind, mode: 'many', items: policies.map(policyItem) };
  }
  const accounts = await listAccounts(ctx.db, ctx.tenantId, ctx.userId);
  if (kind === 'payment') {
    const payable = accounts.filter((a) => a.status === 'Active' && (a.accountSubType === 'CurrentAccount' || a.accountSubType === 'Savings'));
    const fixed = debtorIban ? payable.filter((a) => a.iban === debtorIban) : payable;
    const items = fixed.map((a) => accountItem(ctx.seed, a));
    if (items.length === 1) items[0].checked = true;
    return { kind, mode: 'one', items };
  }
  const types: string[] | undefined = rar.AccountType;
  const subTypes: string[] | undefined = rar.AccountSubType;
  const matching = accounts.filter((a) => (!types?.length || types.includes(a.accountType)) && (!subTypes?.length || subTypes.includes(a.accountSubType)));
  return { kind, mode: 'many', items: matching.map((a) => accountItem(ctx.seed, a)) };
}

/** The posted ids, if every one of them is offered and selectable; undefined for a tampered post. */
export function acceptedSelection(choices: ConsentChoices, posted: string[]): string[] | undefined {
  const selectable = new Set(choices.items.filter((i) => !i.disabled).map((i) => i.id));
  const unique = [...new Set(posted)];
  if (!unique.every((id) => selectable.has(id))) return undefined;
  return unique;
}

function accountItem(seed: string, account: AccountEntity): SelectableItem {
  const shareable = !UNSHAREABLE.has(account.status);
  const available = shareable ? accountActivity(seed, account).balances.find((b) => b.balanceType === 'InterimAvailable') : undefined;
  // A loan or a card in use is a debt: say what is owed, not a negative amount "available".
  const owed = available?.creditDebitIndicator === 'Debit';
  return {
    id: account.accountId,
    title: `${account.nickname} · ${accountSubTypeLabel(account.accountSubType)}${account.accountType === 'Retail' ? '' : ` (${account.accountType})`}`,
    detail: `${maskIban(account.iban)} · ${account.accountHolderName}`,
    ...(available ? { balance: `${formatMoney(available.amount.amount, available.amount.currency)} ${owed ? 'owed' : 'available'}` } : {}),
    ...(account.status === 'Active' ? {} : { status: account.status }),
    ...(shareable ? {} : { disabled: true }),
  };
}

function policyItem(policy: InsurancePolicyEntity): SelectableItem {
  return {
    id: policy.insurancePolicyId,
    title: insuranceLineLabel(policy.line[0].toUpperCase() + policy.line.slice(1)),
    detail: `Policy ${policyNumberOf(policy)} · ${policy.startDate} to ${policy.endDate}`,
    ...(policy.status === 'Active' ? {} : { status: policy.status }),
  };
}
