import type { PaymentParties } from '@hub/mock-lfi-ozone-connect';
import type { ConsentRecord } from '@hub/ozone-connect';
import {
  formatDate,
  insuranceLineLabel,
  insurancePermissionGroupsOf,
  maskIban,
  permissionGroupsOf,
  paymentTermsOf,
  purposeLabel,
} from '../pages/plain-language';
import { insurancePermissionsOf, permissionCodesOf, rarOf, type RarConsent } from '../pages/rar-consent';
import type { ConsentReviewView, PaymentSummary } from '../pages/view-models';
import type { ConsentChoices } from './consent-choices';

export type ReviewContent = Omit<ConsentReviewView, keyof import('../pages/view-models').PageChrome | 'action' | 'csrf' | 'error'>;

/** The consent in the user's words: who asks, what for, for how long, and what to pick. */
export function reviewContent(consent: ConsentRecord, choices: ConsentChoices, parties: PaymentParties, logoDataUri?: string): ReviewContent {
  const rar = rarOf(consent);
  const tppName = consent.tpp.decodedSsa?.client_name ?? consent.tpp.tppName;
  const content: ReviewContent = {
    kind: choices.kind,
    consentId: String(rar.ConsentId ?? consent.id),
    tpp: { name: tppName, organisation: consent.tpp.tppName, ...(logoDataUri ? { logoDataUri } : {}) },
    ...(rar.ExpirationDateTime ? { expires: formatDate(rar.ExpirationDateTime) } : {}),
    ...(rar.OpenFinanceBilling?.Purpose ? { purpose: purposeLabel(rar.OpenFinanceBilling.Purpose) } : {}),
    ...(onBehalfOf(rar.OnBehalfOf) ? { onBehalfOf: onBehalfOf(rar.OnBehalfOf) } : {}),
    permissionGroups: choices.kind === 'insurance' ? insurancePermissionGroupsOf(insurancePermissionsOf(rar)) : permissionGroupsOf(permissionCodesOf(rar)),
    selection: selectionOf(choices),
  };
  if (rar.FromDate || rar.ToDate || rar.TransactionFromDateTime || rar.TransactionToDateTime) {
    const from = rar.FromDate ?? rar.TransactionFromDateTime;
    const to = rar.ToDate ?? rar.TransactionToDateTime;
    content.transactionRange = { ...(from ? { from: formatDate(from) } : {}), ...(to ? { to: formatDate(to) } : {}) };
  }
  if (choices.kind === 'insurance') content.insuranceLines = insurancePermissionsOf(rar).map((p) => insuranceLineLabel(p.InsuranceType));
  if (choices.kind === 'payment') content.payment = paymentSummaryOf(rar, parties);
  return content;
}

function selectionOf(choices: ConsentChoices): ConsentReviewView['selection'] {
  if (choices.kind === 'insurance') return { mode: 'many', legend: 'Choose the policies to share', items: choices.items, emptyMessage: 'You hold no policy of the kinds this request is about.' };
  if (choices.kind === 'payment') return { mode: 'one', legend: 'Choose the account to pay from', items: choices.items, emptyMessage: 'You have no active account this payment can be made from.' };
  return { mode: 'many', legend: 'Choose the accounts to share', items: choices.items, emptyMessage: 'You have no account of the kinds this request is about.' };
}

/** What the user agrees to pay: to whom, on which terms, with which reference and purpose. */
export function paymentSummaryOf(rar: RarConsent, parties: PaymentParties): PaymentSummary {
  return {
    ...(parties.creditorName ? { creditorName: parties.creditorName } : {}),
    ...(parties.creditorAccount ? { creditorAccount: maskIban(parties.creditorAccount) } : {}),
    terms: paymentTermsOf(rar.ControlParameters, { ...(rar.ExpirationDateTime ? { expires: rar.ExpirationDateTime } : {}) }),
    ...(rar.CreditorReference ? { reference: String(rar.CreditorReference) } : {}),
    ...(rar.PaymentPurposeCode ? { purpose: String(rar.PaymentPurposeCode) } : {}),
  };
}

function onBehalfOf(value: { TradingName?: string; LegalName?: string } | undefined): string | undefined {
  if (!value?.LegalName && !value?.TradingName) return undefined;
  if (value.LegalName && value.TradingName && value.LegalName !== value.TradingName) return `${value.LegalName} (trading as ${value.TradingName})`;
  return value.LegalName ?? value.TradingName;
}
