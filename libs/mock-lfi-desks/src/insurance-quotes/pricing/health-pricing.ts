import type { InsuranceEmirate } from '@hub/mock-lfi-store';
import type { Members } from '../quote-members';
import { ageOn } from './calendar';
import { emirateOfAddresses, type LineDesk, type LineQuote, type QuotedCover } from './line-quote';
import type { Discount, Loading } from './premium';
import { aed, sum } from './quote-money';

/** What the health desk prices on, read from AEHealthInsuranceQuoteRequestProperties. */
export interface HealthRisk {
  /** Ages of every insured member on the pricing date. */
  memberAges: number[];
  dental: boolean;
  optical: boolean;
  maternity: boolean;
  emirate?: InsuranceEmirate;
  takaful: boolean;
}

/** Yearly premium per member by age band (AED): claims cost rises steeply with age. */
const AGE_BANDS: [maxAge: number, aed: number][] = [
  [17, 2400], [29, 3600], [39, 4500], [49, 6000], [59, 8800], [64, 12000], [Infinity, 15500],
];
const FAMILY_SIZE = 4;

export function healthBandAed(age: number): number {
  return AGE_BANDS.find(([maxAge]) => age <= maxAge)![1];
}

function read(m: Members, on: string): HealthRisk {
  m.choice('Policy.CoverSubjects', ['Self', 'SelfAndSpouse', 'Spouse', 'SelfAndFamily', 'Dependents', 'Other'] as const);
  const holderInsured = m.bool('Policy.IsPolicyholderInsured');
  const holderAge = ageOn(m.date('PolicyHolder.DateOfBirth'), on);
  const parties = m.optionalObjects('InsuredParties') ?? [];
  const partyAges = parties.flatMap((party, i) => {
    const relation = m.choice(`InsuredParties[${i}].RelationshipToPolicyholder`, ['Self', 'Spouse', 'Child', 'Parent', 'Other'] as const);
    const age = ageOn(m.date(`InsuredParties[${i}].DateOfBirth`), on);
    // The policyholder may also be listed as "Self": count them once.
    return holderInsured && relation === 'Self' ? [] : [age];
  });
  const memberAges = [...(holderInsured ? [holderAge] : []), ...partyAges];
  if (memberAges.length === 0) m.report('InsuredParties', 'must name at least one insured person when Policy.IsPolicyholderInsured is false');
  if (memberAges.some((age) => age < 0 || age > 120)) m.report('InsuredParties', `gives an insured age outside 0 to 120 on ${on}; check the dates of birth`);
  return {
    memberAges,
    dental: m.optionalBool('Policy.AddOns.DentalCover') ?? false,
    optical: m.optionalBool('Policy.AddOns.OpticalCover') ?? false,
    maternity: m.optionalBool('Policy.AddOns.MaternityCover') ?? false,
    emirate: emirateOfAddresses(m, 'PolicyHolder.Address'),
    takaful: m.bool('Policy.Takaful'),
  };
}

function quote(risk: HealthRisk): LineQuote {
  const members = risk.memberAges.length;
  const loadings: Loading[] = [];
  if (risk.dental) loadings.push({ name: `Dental cover for ${members} member(s)`, fils: aed(450 * members) });
  if (risk.optical) loadings.push({ name: `Optical cover for ${members} member(s)`, fils: aed(250 * members) });
  if (risk.maternity) loadings.push({ name: 'Maternity cover', fils: aed(1500) });
  const discounts: Discount[] = members >= FAMILY_SIZE ? [{ name: `Family of ${members}`, bps: 500 }] : [];
  return {
    product: 'Health Care',
    price: { base: sum(risk.memberAges.map((age) => aed(healthBandAed(age)))), loadings, discounts, minimum: aed(2000) },
    covers: healthCovers(risk),
    plus: { bps: 2500, cover: { CoverType: 'WorldwideTreatment', Description: 'Planned treatment outside the UAE', limit: aed(500_000) } },
    term: { months: 12 },
    emirate: risk.emirate,
    takaful: risk.takaful,
    requiredDocuments: ['Emirates ID of every insured member', 'Residence visa or sponsorship documents', 'Signed medical declaration'],
    paymentFrequency: 'Annually',
  };
}

function healthCovers(risk: HealthRisk): QuotedCover[] {
  const covers: QuotedCover[] = [
    { CoverType: 'Inpatient', Description: 'Hospital stays and surgery in the network', limit: aed(1_000_000) },
    { CoverType: 'Outpatient', Description: 'Consultations, diagnostics and medicines with 20 % co-payment', limit: aed(150_000), excess: aed(50) },
  ];
  if (risk.dental) covers.push({ CoverType: 'Dental', Description: 'Routine and emergency dental care', limit: aed(5000) });
  if (risk.optical) covers.push({ CoverType: 'Optical', Description: 'Eye tests, glasses and lenses', limit: aed(1500) });
  if (risk.maternity) covers.push({ CoverType: 'Maternity', Description: 'Pre-natal care and delivery', limit: aed(25_000) });
  return covers;
}

export const healthDesk: LineDesk<HealthRisk> = { read, quote };
