import type { Members } from '../quote-members';
import type { LineDesk, LineQuote, QuotedCover } from './line-quote';
import type { Loading } from './premium';
import { propertyLoadings, readPropertyFacts, type PropertyFacts } from './property-risk';
import { aed, bpsOf, type Fils } from './quote-money';

/** What the renters desk prices on, read from AERentersInsuranceQuoteRequestProperties. */
export interface RentersRisk {
  /** Declared value of the tenant's contents (0 when contents are not covered). */
  contentsValue: Fils;
  accidentalDamage: boolean;
  liability: boolean;
  alternativeAccommodation: boolean;
  property: PropertyFacts;
  takaful: boolean;
}

/** Tenants' contents are priced a little above a homeowner's: shared buildings, more moves. */
const CONTENTS_BPS = 50;

function read(m: Members): RentersRisk {
  const contents = m.optionalBool('Policy.ContentsCover') ?? true;
  const belongings = m.optionalBool('Policy.PersonalBelongingsCover') ?? false;
  if (!contents && !belongings) m.report('Policy.ContentsCover', 'or Policy.PersonalBelongingsCover must be true: a renters policy insures contents or belongings');
  const previousClaims = m.bool('PropertyClaims.PreviousClaims') ? Math.max(1, (m.optionalObjects('PropertyClaims.PreviousClaimsDetails') ?? []).length) : 0;
  return {
    contentsValue: contents ? m.amount('ContentsCoverDetails.DeclaredValueAmount') : 0n,
    accidentalDamage: m.optionalBool('Policy.AccidentalDamageCover') ?? false,
    liability: m.optionalBool('Policy.LiabilityCover') ?? false,
    alternativeAccommodation: m.optionalBool('Policy.AlternativeAccommodation') ?? false,
    property: readPropertyFacts(
      m,
      'PropertyDetails.TypeOfRentalProperty',
      ['House', 'Villa', 'Apartment', 'Flat', 'SharedAccommodation', 'Other'],
      { belongings, helpers: m.has('DomesticHelpers') },
      previousClaims,
    ),
    takaful: m.bool('Policy.Takaful'),
  };
}

function quote(risk: RentersRisk): LineQuote {
  const base = bpsOf(risk.contentsValue, CONTENTS_BPS);
  const loadings: Loading[] = propertyLoadings(risk.property, base, 500);
  if (risk.property.propertyType === 'SharedAccommodation') loadings.push({ name: 'Shared accommodation', fils: bpsOf(base, 1000) });
  if (risk.accidentalDamage) loadings.push({ name: 'Accidental damage', fils: bpsOf(base, 1500) });
  if (risk.liability) loadings.push({ name: 'Liability towards the landlord and third parties', fils: aed(120) });
  if (risk.alternativeAccommodation) loadings.push({ name: 'Alternative accommodation', fils: aed(100) });
  return {
    product: 'Renters Contents',
    price: { base, loadings, discounts: [], minimum: aed(250) },
    covers: rentersCovers(risk),
    plus: { bps: 2000, cover: { CoverType: 'NewForOld', Description: 'Contents replaced new for old, without deduction for wear', limit: risk.contentsValue || aed(25_000) } },
    term: { months: 12 },
    emirate: risk.property.emirate,
    takaful: risk.takaful,
    requiredDocuments: ['Emirates ID of the policyholder', 'Tenancy contract (Ejari) of the rented property'],
    paymentFrequency: 'Annually',
  };
}

function rentersCovers(risk: RentersRisk): QuotedCover[] {
  const covers: QuotedCover[] = [];
  if (risk.contentsValue) covers.push({ CoverType: 'Contents', Description: 'Tenant contents at replacement value', limit: risk.contentsValue, excess: aed(250) });
  if (risk.property.belongings) covers.push({ CoverType: 'PersonalBelongings', Description: 'Belongings carried outside the home, worldwide', excess: aed(250) });
  if (risk.liability) covers.push({ CoverType: 'Liability', Description: 'Liability towards the landlord and third parties', limit: aed(500_000) });
  if (risk.alternativeAccommodation) covers.push({ CoverType: 'AlternativeAccommodation', Description: 'Rent elsewhere while the home cannot be lived in', limit: aed(25_000) });
  return covers;
}

export const rentersDesk: LineDesk<RentersRisk> = { read, quote };
