import { findAccount, findInsurancePolicy } from '@hub/mock-lfi-store';
import { policyNumberOf } from '@hub/mock-lfi-data';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { DataSource } from 'typeorm';
import { consentTypeLabel, formatDate, formatDateTime, insurancePermissionGroupsOf, maskIban, permissionGroupsOf } from '../pages/plain-language';
import { insurancePermissionsOf, permissionCodesOf, rarOf } from '../pages/rar-consent';
import type { DashboardConsent } from '../pages/view-models';
import { multipleAuthorizersOf } from '../approvals/multi-authorization';

/** Statuses from which the user can still withdraw a consent. */
const REVOCABLE = new Set(['Authorized', 'Suspended']);

export function statusOf(consent: ConsentRecord): string {
  return String(consent.consentBody?.Data?.Status ?? consent.status);
}

/** A consent as the dashboard lists it: plain words, masked accounts, no raw codes. */
export async function dashboardConsentOf(db: DataSource, tenantId: string, consent: ConsentRecord): Promise<DashboardConsent> {
  const rar = rarOf(consent);
  const data = consent.consentBody?.Data ?? {};
  const insurance = consent.consentType.includes('insurance');
  const groups = insurance ? insurancePermissionGroupsOf(insurancePermissionsOf(rar)) : permissionGroupsOf(permissionCodesOf(rar));
  const status = statusOf(consent);
  const consentId = String(data.ConsentId ?? consent.id);
  const created = (data.CreationDateTime as string | undefined) ?? undefined;
  const lastUsed = consent.consentUsage?.lastDataShared ?? consent.consentUsage?.lastServiceInitiationAttempt;
  const authorizers = multipleAuthorizersOf(consent);
  const approved = authorizers?.Authorizations.filter((a) => a.AuthorizationStatus === 'Approved').length;
  return {
    consentId,
    tppName: consent.tpp.decodedSsa?.client_name ?? consent.tpp.tppName,
    typeLabel: consentTypeLabel(consent.consentType),
    status,
    permissions: groups.map((g) => g.title),
    resources: insurance ? await policiesOf(db, tenantId, consent.insurancePolicyIds ?? []) : await accountsOf(db, tenantId, consent.accountIds ?? []),
    ...(created ? { created: formatDate(created) } : {}),
    ...(rar.ExpirationDateTime ? { expires: formatDate(rar.ExpirationDateTime) } : {}),
    ...(lastUsed ? { lastUsed: formatDateTime(String(lastUsed)) } : {}),
    ...(authorizers ? { approvals: `${approved} of ${authorizers.TotalRequired} approvals` } : {}),
    ...(REVOCABLE.has(status) ? { revokeHref: `/${tenantId}/consents/${encodeURIComponent(consent.id)}/revoke` } : {}),
  };
}

async function accountsOf(db: DataSource, tenantId: string, ids: string[]): Promise<string[]> {
  const accounts = await Promise.all(ids.map((id) => findAccount(db, tenantId, id)));
  return accounts.map((a, i) => (a ? `${a.nickname} ${maskIban(a.iban)}` : ids[i]));
}

async function policiesOf(db: DataSource, tenantId: string, ids: string[]): Promise<string[]> {
  const policies = await Promise.all(ids.map((id) => findInsurancePolicy(db, tenantId, id)));
  return policies.map((p, i) => (p ? `Policy ${policyNumberOf(p)}` : ids[i]));
}
