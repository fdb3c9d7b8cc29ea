import type { InsuranceLine, LfiTenant } from '../model';
import type { PsuProfile } from './psu-profiles';

/**
 * The fixed ids of a headless tenant's first user (tenants[].headless: the caller plays the LFI,
 * like the hosted model bank and model insurer). The official Postman collections hard-code them:
 * the collection-level script sets `userId` to 100001000000000000000002 (its "ALLICA" user, with
 * account 100004000000000000000002 and, commented out, …003 to …005), and the Consent Manager
 * PATCH of the insurance AuthFlow selects two policies of every line,
 * `1L000000-0000-4000-8000-00000000000N`. Only PSU 0 of a headless tenant is fixed; every other
 * PSU, and every PSU of the other tenants, is generated as before.
 */
export const HEADLESS_USER_ID = '100001000000000000000002';

/** The collection's account id shape: 100004 then the number, 24 digits in all; the first is …002. */
export function headlessAccountId(position: number): string {
  return `100004${String(position + 2).padStart(18, '0')}`;
}

/** The digit after the leading 1 of the collection's policy ids, per line (its PATCH body's comments name them). */
export const HEADLESS_POLICY_LINES: Readonly<Record<InsuranceLine, number>> = {
  employment: 1,
  health: 2,
  home: 3,
  life: 4,
  motor: 5,
  renters: 6,
  travel: 7,
};

/** Policies per line; the collection selects …001 and …002 of each. */
export const HEADLESS_POLICIES_PER_LINE = 2;

/** `1L000000-0000-4000-8000-00000000000N`: line digit L, number N from 1 (a well-formed version-4 UUID). */
export function headlessPolicyId(line: InsuranceLine, number: number): string {
  return `1${HEADLESS_POLICY_LINES[line]}000000-0000-4000-8000-${String(number).padStart(12, '0')}`;
}

const HEADLESS_MODEL_USER: PsuProfile = {
  key: 'headless-model-user',
  description:
    'The user the official Postman collections hard-code (userId 100001000000000000000002) at a headless tenant: four accounts 100004000000000000000002 to …005 at a bank, two policies of each line (1L000000-0000-4000-8000-00000000000N) at an insurer.',
  customerCategory: 'Retail',
  historyMonths: 12,
  accounts: [{ subType: 'CurrentAccount', currency: 'AED' }, { subType: 'Savings', currency: 'AED' }, { subType: 'CreditCard' }, { subType: 'Finance' }],
};

/** True for the one PSU whose ids are fixed: the first of a headless tenant. */
export function isHeadlessModelUser(tenant: LfiTenant, index: number): boolean {
  return tenant.headless === true && index === 0;
}

/** The fixed profile of a headless tenant's first PSU, else undefined (the sector's profiles apply). */
export function headlessProfile(tenant: LfiTenant, index: number): PsuProfile | undefined {
  return isHeadlessModelUser(tenant, index) ? HEADLESS_MODEL_USER : undefined;
}
