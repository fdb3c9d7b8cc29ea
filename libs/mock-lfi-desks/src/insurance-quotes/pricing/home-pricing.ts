import type { Members } from '../quote-members';
import type { LineDesk, LineQuote, QuotedCover } from './line-quote';
import type { Loading } from './premium';
import { propertyLoadings, readPropertyFacts, type PropertyFacts } from './property-risk';
import { aed, bpsOf, type Fils } from './quote-money';

type TypeOfCover = 'BuildingsOnly' | 'ContentsOnly' | 'BuildingsAndContents';

/** What the home desk prices on, read from AEHomeInsuranceQuoteRequestProperties. */
export interface HomeRisk {
  typeOfCover: TypeOfCover;
  /** Rebuilding value of the building (0 when not covered). */
  buildingValue: Fils;
  /** Declared value of the contents (0 when not covered). */
  contentsValue: Fils;
  accidentalDamage: boolean;
  liability: boolean;
  property: PropertyFacts;
  takaful: boolean;
}

/** Yearly rates on the insured values: a building rarely burns down, contents are stolen and damaged more often. */
const BUILDINGS_BPS = 8;
const CONTENTS_BPS = 40;

function read(m: Members): HomeRisk {
  const typeOfCover = m.choice('Policy.TypeOfCover', ['BuildingsOnly', 'ContentsOnly', 'BuildingsAndContents'] as const);
  const addOns = m.object('Policy.AddOns');
  const claims = (m.optionalObjects('PropertyClaims') ?? []).length || (m.optionalBool('Policy.ClaimsInLastThreeYears') ? 1 : 0);
  return {
    typeOfCover,
    buildingValue: typeOfCover === 'ContentsOnly' ? 0n : m.dirhams('BuildingsCover.BuildingValue'),
    contentsValue: typeOfCover === 'BuildingsOnly' ? 0n : m.amount('ContentsCoverDetails.DeclaredValueAmount'),
    accidentalDamage: addOns.AccidentalDamageCover === true,
    liability: addOns.LiabilityCover === true,
    property: readPropertyFacts(m, 'PropertyDetails.TypeOfProperty', ['House', 'Villa', 'Apartment', 'Flat', 'Other'], { belongings: addOns.PersonalBelongingsCover === true, helpers: addOns.DomesticHelpersCover === true }, claims),
    takaful: m.bool('Policy.Takaful'),
  };
}

function quote(risk: HomeRisk): LineQuote {
  const base = bpsOf(risk.buildingValue, BUILDINGS_BPS) + bpsOf(risk.contentsValue, CONTENTS_BPS);
  const loadings: Loading[] = propertyLoadings(risk.property, base, 1000);
  if (risk.accidentalDamage) loadings.push({ name: 'Accidental damage', fils: bpsOf(base, 1500) });
  if (risk.liability) loadings.push({ name: 'Liability towards third parties', fils: aed(150) });
  return {
    product: 'Home Shield',
    price: { base, loadings, discounts: [], minimum: aed(400) },
    covers: homeCovers(risk),
    plus: { bps: 2000, cover: { CoverType: 'AlternativeAccommodation', Description: 'Rent of a comparable home while yours cannot be lived in', limit: aed(50_000) } },
    term: { months: 12 },
    emirate: risk.property.emirate,
    takaful: risk.takaful,
    requiredDocuments: ['Emirates ID of the policyholder', 'Title deed or tenancy contract of the insured property'],
    paymentFrequency: 'Annually',
  };
}

function homeCovers(risk: HomeRisk): QuotedCover[] {
  const covers: QuotedCover[] = [];
  if (risk.buildingValue) covers.push({ CoverType: 'Buildings', Description: 'Rebuilding after fire, flood, storm and escape of water', limit: risk.buildingValue, excess: aed(1000) });
  if (risk.contentsValue) covers.push({ CoverType: 'Contents', Description: 'Household contents at replacement value', limit: risk.contentsValue, excess: aed(500) });
  if (risk.liability) covers.push({ CoverType: 'Liability', Description: 'Legal liability towards third parties', limit: aed(1_000_000) });
  return covers;
}

export const homeDesk: LineDesk<HomeRisk> = { read, quote };
