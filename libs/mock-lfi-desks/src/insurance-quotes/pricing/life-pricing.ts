import type { InsuranceEmirate } from '@hub/mock-lfi-store';
import type { Members } from '../quote-members';
import { ageOn } from './calendar';
import { emirateOfAddresses, type LineDesk, type LineQuote } from './line-quote';
import type { Discount, Loading } from './premium';
import { aed, bpsOf, type Fils } from './quote-money';

export const LIFE_TYPES = ['WholeLifeInsurance', 'LevelTermInsurance', 'DecreasingTermInsurance'] as const;
export type LifeType = (typeof LIFE_TYPES)[number];

/** One life assured, as underwriting sees them. */
export interface LifeAssured {
  age: number;
  smoker: boolean;
  formerSmoker: boolean;
  alcoholUnitsPerWeek: number;
  /** Body mass index in tenths (kg/m² × 10), from Height (cm) and Weight (kg). */
  bmiTenths: number;
}

/** What the life desk prices on, read from AELifeInsuranceQuoteRequestProperties. */
export interface LifeRisk {
  sumAssured: Fils;
  lives: LifeAssured[];
  type: LifeType;
  termMonths: number;
  emirate?: InsuranceEmirate;
  takaful: boolean;
}

/** Yearly mortality rate by age, in basis points of the sum assured. */
const MORTALITY_BPS: [maxAge: number, bps: number][] = [[29, 8], [39, 12], [49, 25], [59, 55], [64, 110], [Infinity, 200]];
const MIN_SUM_ASSURED = aed(50_000);
const DEFAULT_TERM_MONTHS = 240;

export function mortalityBps(age: number): number {
  return MORTALITY_BPS.find(([maxAge]) => age <= maxAge)![1];
}

export function bmiTenthsOf(heightCm: number, weightKg: number): number {
  return Math.floor((weightKg * 100_000) / (heightCm * heightCm));
}

function readLife(m: Members, at: string, on: string): LifeAssured {
  const age = ageOn(m.date(`${at}.DateOfBirth`), on);
  if (m.has(`${at}.DateOfBirth`) && (age < 18 || age > 75)) m.report(`${at}.DateOfBirth`, `gives a life aged ${age} on ${on}: the insurer covers lives aged 18 to 75`);
  return {
    age,
    smoker: m.bool(`${at}.LifeStyle.Smoking.SmokeCurrent`),
    formerSmoker: m.bool(`${at}.LifeStyle.Smoking.SmokePrevious`),
    alcoholUnitsPerWeek: m.bool(`${at}.LifeStyle.Alcohol.ConsumeAlcohol`) ? (m.optionalInt(`${at}.LifeStyle.Alcohol.AlcoholUnitsPerWeek`, 0, 500) ?? 0) : 0,
    bmiTenths: bmiTenthsOf(m.int(`${at}.Height`, 50, 250), m.int(`${at}.Weight`, 20, 400)),
  };
}

function read(m: Members, on: string): LifeRisk {
  const sumAssured = m.amount('Policy.SumAssuredAmount');
  if (m.has('Policy.SumAssuredAmount') && sumAssured < MIN_SUM_ASSURED) m.report('Policy.SumAssuredAmount', 'must be at least AED 50,000.00, the smallest life cover the insurer writes');
  m.choice('Policy.FrequencyPremiumPayment', ['Annually', 'OneTime', 'Monthly', 'Quarterly', 'BiAnnual', 'Limited', 'Other'] as const);
  const lives = m.objects('InsuredParties').map((_, i) => readLife(m, `InsuredParties[${i}]`, on));
  const type = m.optionalChoice('Policy.TypeOfLifeInsurance', LIFE_TYPES) ?? 'LevelTermInsurance';
  const requested = m.optionalMonths('Policy.PolicyTerm');
  if (requested !== undefined && type !== 'WholeLifeInsurance' && (requested < 12 || requested > 480)) m.report('Policy.PolicyTerm', 'must be from P1Y to P40Y');
  // Whole of life cover runs to the oldest life's 100th year; a term policy as long as asked.
  const oldest = Math.max(0, ...lives.map((l) => l.age));
  const termMonths = type === 'WholeLifeInsurance' ? Math.max(12, (100 - oldest) * 12) : (requested ?? DEFAULT_TERM_MONTHS);
  return { sumAssured, lives, type, termMonths, emirate: emirateOfAddresses(m, 'PolicyHolder.Address') ?? emirateOfAddresses(m, 'InsuredParties[0].Address'), takaful: m.bool('Policy.Takaful') };
}

/** One life's yearly cost of cover and its underwriting loadings. */
function lifeLoadings(risk: LifeRisk, life: LifeAssured, n: number): { base: Fils; loadings: Loading[] } {
  const base = bpsOf(risk.sumAssured, mortalityBps(life.age));
  const loadings: Loading[] = [];
  const percent = (name: string, bps: number) => loadings.push({ name: `Life ${n}: ${name}`, fils: bpsOf(base, bps) });
  if (life.smoker) percent('smoker', 8000);
  else if (life.formerSmoker) percent('former smoker', 2000);
  if (life.alcoholUnitsPerWeek > 14) percent(`${life.alcoholUnitsPerWeek} alcohol units a week`, 1500);
  if (life.bmiTenths >= 350) percent('body mass index 35 or more', 5000);
  else if (life.bmiTenths >= 300) percent('body mass index 30 or more', 2500);
  else if (life.bmiTenths < 185) percent('body mass index under 18.5', 1000);
  return { base, loadings };
}

function quote(risk: LifeRisk): LineQuote {
  const perLife = risk.lives.map((life, i) => lifeLoadings(risk, life, i + 1));
  const base = perLife.reduce((a, l) => a + l.base, 0n);
  const loadings: Loading[] = perLife.flatMap((l) => l.loadings);
  if (risk.type === 'WholeLifeInsurance') loadings.push({ name: 'Whole of life cover', fils: bpsOf(base, 15000) });
  if (risk.type !== 'WholeLifeInsurance' && risk.termMonths > 240) loadings.push({ name: 'Term over 20 years', fils: bpsOf(base, 1000) });
  loadings.push({ name: 'Policy fee', fils: aed(100) });
  const discounts: Discount[] = risk.type === 'DecreasingTermInsurance' ? [{ name: 'Decreasing sum assured', bps: 3000 }] : [];
  return {
    product: risk.type === 'WholeLifeInsurance' ? 'Whole Life' : risk.type === 'DecreasingTermInsurance' ? 'Decreasing Term Life' : 'Term Life',
    price: { base, loadings, discounts, minimum: aed(300) },
    covers: [
      { CoverType: 'Death', Description: 'Sum assured paid on death during the term', limit: risk.sumAssured },
      { CoverType: 'TerminalIllness', Description: 'Sum assured paid early on diagnosis of a terminal illness', limit: risk.sumAssured },
    ],
    plus: { bps: 3000, cover: { CoverType: 'CriticalIllness', Description: 'A quarter of the sum assured on diagnosis of a listed critical illness', limit: bpsOf(risk.sumAssured, 2500) } },
    term: { months: risk.termMonths },
    emirate: risk.emirate,
    takaful: risk.takaful,
    requiredDocuments: ['Emirates ID of every life assured', 'Signed medical questionnaire', 'Proof of income'],
    paymentFrequency: 'Annually',
  };
}

export const lifeDesk: LineDesk<LifeRisk> = { read, quote };
