import { createHash } from 'node:crypto';

/** A UAE bank code: the three digits after the check digits of every IBAN the bank issues. */
export const BANK_CODE = /^\d{3}$/;

/**
 * The bank code of a banking tenant, the one rule the hub (Confirmation of Payee discovery) and
 * the mock bank (its IBANs) share. An LFI rehearsing with its own Ozone Connect configures its real
 * code (`tenants[].bankCode`); otherwise the code is derived from the tenant id alone (100–999,
 * so it survives a new seed and never collides with the real two-digit-with-leading-zero codes).
 */
export function bankCodeOf(tenant: { id: string; bankCode?: string }): string {
  if (tenant.bankCode !== undefined) {
    if (!BANK_CODE.test(tenant.bankCode)) throw new Error(`Tenant ${tenant.id}: bankCode must be 3 digits, got '${tenant.bankCode}'`);
    return tenant.bankCode;
  }
  const hash = createHash('sha256').update(`bank-code|${tenant.id}`).digest('hex').slice(0, 8);
  return String(100 + (parseInt(hash, 16) % 900));
}
