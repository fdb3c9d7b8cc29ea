import type { InsuranceEmirate } from '@hub/mock-lfi-store';
import type { Members } from '../quote-members';
import { daysInclusive } from './calendar';
import { emirateOfAddresses, type LineDesk, type LineQuote, type QuotedCover } from './line-quote';
import type { Discount, Loading } from './premium';
import { aed, bpsOf, sum } from './quote-money';

export const TRAVEL_REGIONS = ['WithinUAE', 'Worldwide', 'WorldwideExcludingUSAandCanada'] as const;
export type TravelRegion = (typeof TRAVEL_REGIONS)[number];
export const TRAVEL_OPTIONS = ['Gadgets', 'WinterSports', 'Cruise', 'Business', 'Golf', 'ScubaDiving', 'AdventureSports', 'TerrorismExtension'] as const;
export type TravelOption = (typeof TRAVEL_OPTIONS)[number];

/** What the travel desk prices on, read from AETravelInsuranceQuoteRequestProperties. */
export interface TravelRisk {
  multiTrip: boolean;
  /** Length of a single trip in days, both ends counted (a year for a multi-trip policy). */
  days: number;
  travellerAges: number[];
  region: TravelRegion;
  /** Destination countries named in the request. */
  countries: number;
  options: TravelOption[];
  emirate?: InsuranceEmirate;
  takaful: boolean;
}

/** Per traveller and day of a single trip (AED), and per year of a multi-trip policy. */
const DAILY_AED: [maxAge: number, aed: number][] = [[17, 4], [64, 8], [74, 16], [Infinity, 30]];
const ANNUAL_AED: [maxAge: number, aed: number][] = [[17, 300], [64, 600], [74, 1200], [Infinity, 2400]];
const OPTION_AED: Record<TravelOption, number> = { Gadgets: 40, WinterSports: 60, Cruise: 50, Business: 45, Golf: 30, ScubaDiving: 50, AdventureSports: 70, TerrorismExtension: 25 };
const MEDICAL_LIMIT_AED: Record<TravelRegion, number> = { WithinUAE: 100_000, WorldwideExcludingUSAandCanada: 500_000, Worldwide: 1_000_000 };
const MAX_TRIP_DAYS = 365;

function rate(table: [number, number][], age: number): number {
  return table.find(([maxAge]) => age <= maxAge)![1];
}

function read(m: Members): TravelRisk {
  const multiTrip = m.choice('Policy.CoverType', ['Single', 'MultiTrip'] as const) === 'MultiTrip';
  const start = m.date('Policy.PolicyStartDate');
  const end = multiTrip ? m.optionalDate('Policy.PolicyEndDate') : m.date('Policy.PolicyEndDate');
  const days = multiTrip ? 365 : daysInclusive(start, end ?? start);
  if (!multiTrip && m.has('Policy.PolicyEndDate') && (days < 1 || days > MAX_TRIP_DAYS)) m.report('Policy.PolicyEndDate', `must be on or after Policy.PolicyStartDate and the trip at most ${MAX_TRIP_DAYS} days (it is ${days})`);
  const travellerAges = m.ints('Policy.AgesOfInsured', 0, 120);
  const companions = m.int('Policy.NumberOfInsuredCompanions', 0, 50);
  if (travellerAges.length && m.has('Policy.NumberOfInsuredCompanions') && travellerAges.length !== companions + 1) {
    m.report('Policy.AgesOfInsured', `lists ${travellerAges.length} traveller(s) but Policy.NumberOfInsuredCompanions says ${companions} companion(s), i.e. ${companions + 1} traveller(s)`);
  }
  m.text('Policy.OriginCountry', 3);
  const options = m.optionalObject('Policy.OptionalTravelCoverOptions') ?? {};
  return {
    multiTrip,
    days,
    travellerAges,
    region: m.choice('Policy.TravelDestinationRegion', TRAVEL_REGIONS),
    countries: (m.optionalTexts('Policy.TravelDestinationCountries', /^[A-Z]{3}$/, 'ISO 3166 alpha-3 country codes') ?? []).length,
    options: TRAVEL_OPTIONS.filter((name) => options[name] === true),
    emirate: emirateOfAddresses(m, 'PolicyHolder.Address'),
    takaful: m.bool('Policy.Takaful'),
  };
}

function quote(risk: TravelRisk): LineQuote {
  const travellers = risk.travellerAges.length;
  const base = sum(risk.travellerAges.map((age) => (risk.multiTrip ? aed(rate(ANNUAL_AED, age)) : aed(rate(DAILY_AED, age) * risk.days))));
  const loadings: Loading[] = [];
  if (risk.region === 'Worldwide') loadings.push({ name: 'Worldwide including the USA and Canada', fils: bpsOf(base, 6000) });
  const extraCountries = Math.min(Math.max(risk.countries - 1, 0), 4);
  if (extraCountries) loadings.push({ name: `${risk.countries} destination countries`, fils: bpsOf(base, 500 * extraCountries) });
  for (const option of risk.options) loadings.push({ name: `${option} cover for ${travellers} traveller(s)`, fils: aed(OPTION_AED[option] * travellers) });
  const discounts: Discount[] = risk.region === 'WithinUAE' ? [{ name: 'Travel within the UAE', bps: 4000 }] : [];
  return {
    product: risk.multiTrip ? 'Travel Annual Multi-Trip' : 'Travel Single Trip',
    price: { base, loadings, discounts, minimum: aed(50) },
    covers: travelCovers(risk),
    plus: { bps: 2000, cover: { CoverType: 'CancelForAnyReason', Description: 'Trip cancellation for any reason, 75 % of non-refundable costs', limit: aed(20_000) } },
    term: risk.multiTrip ? { months: 12 } : { months: Math.min(12, Math.ceil(risk.days / 30)), days: risk.days },
    emirate: risk.emirate,
    takaful: risk.takaful,
    requiredDocuments: ['Passport of every traveller', 'Travel itinerary or tickets'],
    paymentFrequency: risk.multiTrip ? 'Annually' : 'OneTime',
  };
}

function travelCovers(risk: TravelRisk): QuotedCover[] {
  return [
    { CoverType: 'EmergencyMedical', Description: 'Emergency medical treatment and evacuation', limit: aed(MEDICAL_LIMIT_AED[risk.region]), excess: aed(100) },
    { CoverType: 'TripCancellation', Description: 'Non-refundable costs of a cancelled or cut-short trip', limit: aed(10_000) },
    { CoverType: 'Baggage', Description: 'Lost, stolen or delayed baggage', limit: aed(5000), excess: aed(100) },
  ];
}

export const travelDesk: LineDesk<TravelRisk> = { read, quote };
