/**
 * What the hub puts on an oidc-provider Grant when the LFI confirms a consent: the consent it
 * stands for, the ids the PSU selected (exactly those patched onto the consent), and when the
 * consent expires (refresh tokens live as long as the consent).
 */
export interface ConsentGrantDetail {
  type: string;
  consentId: string;
  accountIds?: string[];
  insurancePolicyIds?: string[];
  /** Epoch seconds. */
  consentExpiresAt: number;
}

export function consentGrantDetail(rar: unknown): ConsentGrantDetail | undefined {
  const first = Array.isArray(rar) ? (rar[0] as ConsentGrantDetail | undefined) : undefined;
  return first && typeof first.consentId === 'string' ? first : undefined;
}
