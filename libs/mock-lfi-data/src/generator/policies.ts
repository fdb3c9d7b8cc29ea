import type { InsuranceLine, InsurancePolicySeed, InsurancePolicyStatus, LfiTenant } from '../model';
import { endOfTerm, epochDay } from './dates';
import { HEADLESS_POLICIES_PER_LINE, HEADLESS_POLICY_LINES, headlessPolicyId, isHeadlessModelUser } from './headless-profile';
import type { PsuIdentity } from './psus';
import { SeededRandom, stableId } from './seeded-random';

const LINES: readonly InsuranceLine[] = ['motor', 'health', 'home', 'life', 'travel', 'renters', 'employment'];
const STATUSES: readonly InsurancePolicyStatus[] = ['Active', 'Expired', 'Cancelled'];

/**
 * The first PSUs of an insurer hold three policies each on lines taken in turn, so the default
 * three PSUs already cover all seven lines and every status; later PSUs draw theirs at random.
 */
const COVERAGE_PSUS = Math.ceil(LINES.length / 3);

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
  if (isHeadlessModelUser(tenant, index)) return headlessPolicies(random, tenant, psu);
  const covering = index < COVERAGE_PSUS;
  const lines = covering ? [0, 1, 2].map((k) => LINES[(3 * index + k) % LINES.length]) : random.shuffle(LINES).slice(0, random.int(1, 3));
  return lines.map((line, position) => {
    const status: InsurancePolicyStatus = position === 0 ? 'Active' : covering ? STATUSES[position] : random.pick(STATUSES);
    const years = line === 'life' ? 20 : 1;
    // An expired policy's whole term lies before the epoch, however long the term.
    const startDate = epochDay(status === 'Expired' ? -(365 * years + random.int(35, 500)) : -random.int(0, 300));
    return {
      tenantId: tenant.id,
      insurancePolicyId: uuidOf(seed, tenant.id, index, position),
      userId: psu.userId,
      line,
      status,
      startDate,
      endDate: endOfTerm(startDate, years),
      premiumAmount: amount(random.int(PREMIUM_AED[line][0] * 100, PREMIUM_AED[line][1] * 100)),
      currency: 'AED',
    };
  });
}

/**
 * The headless model user's policies (headless-profile.ts): two of every line, in the order of the
 * collection's line digits, all Active so each of the collection's reads finds live data.
 */
function headlessPolicies(random: SeededRandom, tenant: LfiTenant, psu: PsuIdentity): InsurancePolicySeed[] {
  const lines = (Object.keys(HEADLESS_POLICY_LINES) as InsuranceLine[]).sort((a, b) => HEADLESS_POLICY_LINES[a] - HEADLESS_POLICY_LINES[b]);
  return lines.flatMap((line) =>
    Array.from({ length: HEADLESS_POLICIES_PER_LINE }, (_, k) => {
      const years = line === 'life' ? 20 : 1;
      const startDate = epochDay(-random.int(0, 300));
      return {
        tenantId: tenant.id,
        insurancePolicyId: headlessPolicyId(line, k + 1),
        userId: psu.userId,
        line,
        status: 'Active' as const,
        startDate,
        endDate: endOfTerm(startDate, years),
        premiumAmount: amount(random.int(PREMIUM_AED[line][0] * 100, PREMIUM_AED[line][1] * 100)),
        currency: 'AED',
      };
    }),
  );
}

/** The standards type InsurancePolicyId as a UUID: a stable hash shaped as a version-4 UUID. */
function uuidOf(...parts: (string | number)[]): string {
  const hex = stableId('', 32, 'policy', ...parts);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Integer fils to a decimal string, avoiding floating-point rounding. */
function amount(fils: number): string {
  return `${Math.floor(fils / 100)}.${String(fils % 100).padStart(2, '0')}`;
}
