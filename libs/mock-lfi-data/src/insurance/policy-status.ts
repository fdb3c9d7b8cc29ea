import type { InsuranceLine, InsurancePolicyStatus } from '../model';

/** The standards' PolicyStatus codes (life adds InForce). */
export type OcPolicyStatus = 'New' | 'Renewed' | 'Expired' | 'Lapsed' | 'Cancelled' | 'Surrendered' | 'InForce';

/**
 * The seed keeps a coarse lifecycle; the standards name it per line. A life policy that ran out
 * unpaid has lapsed and one ended early was surrendered; other lines say Expired and Cancelled.
 * An active policy that started in the last 90 days is New, an older one a Renewed term.
 */
export function ocPolicyStatusOf(p: { line: InsuranceLine; status: InsurancePolicyStatus; startDate: string }): OcPolicyStatus {
  const life = p.line === 'life';
  if (p.status === 'Expired') return life ? 'Lapsed' : 'Expired';
  if (p.status === 'Cancelled') return life ? 'Surrendered' : 'Cancelled';
  if (life) return 'InForce';
  return p.startDate >= '2025-10-03' ? 'New' : 'Renewed';
}
