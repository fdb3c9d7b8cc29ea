import type { InsuranceEmirate } from '@hub/mock-lfi-store';
import type { Members } from '../quote-members';
import { EMIRATES, emirateOfAddresses } from './line-quote';
import type { Loading } from './premium';
import { aed, bpsOf, type Fils } from './quote-money';

// What home and renters insurance share: the property, its claims history, personal belongings
// carried outside the home and domestic helpers' cover.

export const BELONGINGS_BANDS = ['UP_TO_25K', 'UP_TO_50K', 'UP_TO_100K', 'UP_TO_150K', 'OVER_150K'] as const;
export type BelongingsBand = (typeof BELONGINGS_BANDS)[number];
const BELONGINGS_AED: Record<BelongingsBand, number> = { UP_TO_25K: 150, UP_TO_50K: 250, UP_TO_100K: 450, UP_TO_150K: 650, OVER_150K: 900 };
const CONSTRUCTION_BPS = { ClassA: 0, ClassB: 500, ClassC: 1500 } as const;
const HELPER_AED = 120;

export interface PropertyFacts {
  propertyType: string;
  /** Houses and villas stand alone: more exposed to theft and storms than flats. */
  standalone: boolean;
  overTenYears: boolean;
  floodDamage: boolean;
  construction: keyof typeof CONSTRUCTION_BPS;
  previousClaims: number;
  unoccupiedOverSixtyDays: boolean;
  belongings?: BelongingsBand;
  domesticHelpers: number;
  emirate?: InsuranceEmirate;
}

/** The facts of PropertyDetails, ImportantQuestions and the optional covers; `previousClaims` is read by the line (its shapes differ). */
export function readPropertyFacts(m: Members, typePath: string, types: readonly string[], cover: { belongings: boolean; helpers: boolean }, previousClaims: number): PropertyFacts {
  const propertyType = m.choice(typePath, types);
  return {
    propertyType,
    standalone: propertyType === 'House' || propertyType === 'Villa',
    overTenYears: m.optionalBool('PropertyDetails.OverTenYears') ?? false,
    floodDamage: m.optionalBool('PropertyDetails.FloodDamage') ?? false,
    construction: m.optionalChoice('PropertyDetails.Construction', ['ClassA', 'ClassB', 'ClassC'] as const) ?? 'ClassA',
    previousClaims,
    unoccupiedOverSixtyDays: m.optionalBool('ImportantQuestions.UnoccupiedOverSixtyDays') ?? false,
    belongings: cover.belongings ? m.choice('PersonalBelongings.TotalPersonalBelongingsValue', BELONGINGS_BANDS) : undefined,
    domesticHelpers: cover.helpers ? m.int('DomesticHelpers.NumberOfDomesticHelpers', 1, 20) : 0,
    emirate: m.optionalChoice('PropertyDetails.InsuredPropertyAddress.CountrySubDivision', EMIRATES) ?? emirateOfAddresses(m, 'PolicyHolder.Address'),
  };
}

/** Loadings of the property's risk, as basis points of the base premium, and the optional covers' prices. */
export function propertyLoadings(facts: PropertyFacts, base: Fils, standaloneBps: number): Loading[] {
  const loadings: Loading[] = [];
  const percent = (name: string, bps: number) => loadings.push({ name, fils: bpsOf(base, bps) });
  if (facts.standalone && standaloneBps) percent(`Standalone ${facts.propertyType.toLowerCase()}`, standaloneBps);
  if (facts.overTenYears) percent('Property over ten years old', 1000);
  if (facts.floodDamage) percent('Earlier flood damage', 1500);
  if (CONSTRUCTION_BPS[facts.construction]) percent(`Construction ${facts.construction}`, CONSTRUCTION_BPS[facts.construction]);
  if (facts.previousClaims) percent(`${facts.previousClaims} earlier property claim(s)`, 2000 + 500 * Math.min(facts.previousClaims - 1, 4));
  if (facts.unoccupiedOverSixtyDays) percent('Unoccupied for over sixty days', 1000);
  if (facts.belongings) loadings.push({ name: `Personal belongings ${facts.belongings}`, fils: aed(BELONGINGS_AED[facts.belongings]) });
  if (facts.domesticHelpers) loadings.push({ name: `Cover for ${facts.domesticHelpers} domestic helper(s)`, fils: aed(HELPER_AED * facts.domesticHelpers) });
  return loadings;
}
