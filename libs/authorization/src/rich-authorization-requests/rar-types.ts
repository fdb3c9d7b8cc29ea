/** The `authorization_details[].type` values of the three v2.1 consent families. */
export const CONSENT_RAR_TYPES = {
  accountAccess: 'urn:openfinanceuae:account-access-consent:v2.1',
  serviceInitiation: 'urn:openfinanceuae:service-initiation-consent:v2.1',
  insurance: 'urn:openfinanceuae:insurance-consent:v2.1',
} as const;

export type ConsentRarType = (typeof CONSENT_RAR_TYPES)[keyof typeof CONSENT_RAR_TYPES];

/** Trust framework role -> the RAR types a TPP holding it may request (community standards, roles). */
export const RAR_TYPES_BY_ROLE: Record<string, string[]> = {
  BDSP: [CONSENT_RAR_TYPES.accountAccess],
  BSIP: [CONSENT_RAR_TYPES.serviceInitiation],
  IDSP: [CONSENT_RAR_TYPES.insurance],
};

/** LFI sector -> the RAR types its tenant serves: a bank holds accounts and payments, an insurer policies. */
export const RAR_TYPES_BY_SECTOR: Record<'banking' | 'insurance', string[]> = {
  banking: [CONSENT_RAR_TYPES.accountAccess, CONSENT_RAR_TYPES.serviceInitiation],
  insurance: [CONSENT_RAR_TYPES.insurance],
};

export function isConsentRarType(value: unknown): value is ConsentRarType {
  return typeof value === 'string' && (Object.values(CONSENT_RAR_TYPES) as string[]).includes(value);
}
