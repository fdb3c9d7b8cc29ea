import type { InsuranceLine, InsurancePolicySeed, InsurancePolicyStatus, LfiTenant } from '../model';
import { endOfTerm, epochDay } from './dates';
import type { PsuIdentity } from './psus';
import { SeededRandom, stableId } from './seeded-random';

const LINES: readonly InsuranceLine[] = ['motor', 'health', 'home', 'life', 'travel', 'renters', 'employment'];

/** Yearly premium range in AED, per line, so amounts look plausible. */
const PREMIUM_AED: Record<InsuranceLine, [number, number]> = {
  motor: [1_200, 4_500],
  health: [3_000, 15_000],
  home: [500, 2_500],
  life: [1_800, 9_000],
  travel: [150, 900],
  renters: [300, 1_200],
  employment: [60, 240],
};

/** 1–3 policies on distinct lines; the first is active so every insurance PSU has live data. */
export function generatePolicies(seed: string, tenant: LfiTenant, psu: PsuIdentity, index: number): InsurancePolicySeed[] {
  const random = new SeededRandom(`${seed}|${tenant.id}|policies|${index}`);
  const lines = random.shuffle(LINES).slice(0, random.int(1, 3));
  return lines.map((line, position) => {
    const status: InsurancePolicyStatus = position === 0 ? 'Active' : random.pick(['Active', 'Expired', 'Cancelled'] as const);
    const startDate = epochDay(status === 'Expired' ? -random.int(400, 900) : -random.int(0, 300));
    return {
      tenantId: tenant.id,
      insurancePolicyId: stableId('pol-', 20, seed, tenant.id, index, position),
      userId: psu.userId,
      line,
      status,
      startDate,
      endDate: endOfTerm(startDate, line === 'life' ? 20 : 1),
      premiumAmount: amount(random.int(PREMIUM_AED[line][0] * 100, PREMIUM_AED[line][1] * 100)),
      currency: 'AED',
    };
  });
}

/** Integer fils to a decimal string, avoiding floating-point rounding. */
function amount(fils: number): string {
  return `${Math.floor(fils / 100)}.${String(fils % 100).padStart(2, '0')}`;
}
