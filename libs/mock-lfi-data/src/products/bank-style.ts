import type { LfiTenant } from '../model';
import { SeededRandom } from '../generator/seeded-random';

/**
 * What makes one bank's catalogue its own: its pricing (rates above or below the market), its fee
 * level, the salary it asks of borrowers, its card network and the brand of its Islamic window.
 * Drawn once per bank from the seed, so two banks of a sandbox differ and a TPP comparing them
 * sees different offers, while a re-seeded sandbox answers the same catalogue again.
 */
export interface BankStyle {
  tenantId: string;
  bankName: string;
  /** Added to every market rate, in percentage points (e.g. -0.35 prices 35 basis points below). */
  rateShift: number;
  /** Multiplies every market fee. */
  feeLevel: number;
  /** AED a month that salaried borrowers must earn. */
  minimumSalary: number;
  cardNetwork: 'Visa' | 'Mastercard';
  /** The Islamic window's brand, e.g. "Falcon Amanah". */
  islamicBrand: string;
  /** The bank's web host, for the products' links. */
  host: string;
  phone: string;
}

const ISLAMIC_WORDS = ['Amanah', 'Noor', 'Tayseer', 'Al Khair', 'Barakah', 'Yusr'];
const SALARIES = [5_000, 7_500, 8_000, 10_000, 12_000, 15_000];

export function bankStyleOf(seed: string, tenant: LfiTenant): BankStyle {
  const random = new SeededRandom(`${seed}|${tenant.id}|product-style`);
  const shortName = tenant.name.split(/\s+/)[0];
  return {
    tenantId: tenant.id,
    bankName: tenant.name,
    rateShift: random.int(-60, 90) / 100,
    feeLevel: random.int(70, 140) / 100,
    minimumSalary: random.pick(SALARIES),
    cardNetwork: random.pick(['Visa', 'Mastercard'] as const),
    islamicBrand: `${shortName} ${random.pick(ISLAMIC_WORDS)}`,
    host: `www.${tenant.id}.example.ae`,
    phone: `+9716${random.digits(8)}`,
  };
}
