import type { InsuranceEmirate } from '@hub/mock-lfi-store';
import type { Members } from '../quote-members';
import { ageOn } from './calendar';
import { EMIRATES, type LineDesk, type LineQuote } from './line-quote';
import type { Discount, Loading } from './premium';
import { aed, bpsOf, type Fils } from './quote-money';

export const MOTOR_BODY_TYPES = ['Saloon', '4WD', 'Pickup', 'Truck', 'TrailerHead', 'Trailer', 'Water', 'Fuel Tanker', 'Buses', 'Dumper', 'Agriculture', 'Forklift', 'Heavy Equipment', 'Motorcycle', 'Others'] as const;
export type MotorBodyType = (typeof MOTOR_BODY_TYPES)[number];
export const MOTOR_ADD_ONS = ['DriverCover', 'PassengerCover', 'RoadsideAssistance', 'ProtectedNoClaims', 'AgencyRepairs', 'LossOfKeys', 'HireCar', 'GCC', 'OmanCover'] as const;
export type MotorAddOn = (typeof MOTOR_ADD_ONS)[number];
const NO_CLAIMS = ['NoNCD', '1Year', '2Years', '3Years', '4Years', '5+Years'] as const;

/** What the motor desk prices on, read from AEMotorInsuranceQuoteRequestProperties. */
export interface MotorRisk {
  coverType: 'Comprehensive' | 'ThirdPartyLiability';
  carValue: Fils;
  bodyType: MotorBodyType;
  /** Years since the model year, on the pricing date. */
  vehicleAge: number;
  commercial: boolean;
  driverAge: number;
  monthsDrivingInUae: number;
  claimInLast24Months: boolean;
  /** Years of the no-claims certificate (0 to 5, 5 meaning five or more). */
  noClaimsYears: number;
  addOns: MotorAddOn[];
  seats: number;
  emirate: InsuranceEmirate;
  takaful: boolean;
}

const HEAVY: ReadonlySet<MotorBodyType> = new Set(['Truck', 'TrailerHead', 'Trailer', 'Water', 'Fuel Tanker', 'Buses', 'Dumper', 'Agriculture', 'Forklift', 'Heavy Equipment']);
/** Comprehensive: 2.5 % of the car's value a year, then loadings; body types differ in repair and theft cost. */
const COMPREHENSIVE_RATE_BPS = 250;
const COMPREHENSIVE_BODY_BPS: Partial<Record<MotorBodyType, number>> = { '4WD': 1000, Pickup: 1500, Motorcycle: 4000, Others: 2000 };
/** Third party liability: a flat yearly premium by body type (AED). */
const THIRD_PARTY_AED: Partial<Record<MotorBodyType, number>> = { Saloon: 750, '4WD': 900, Pickup: 1000, Motorcycle: 600, Others: 1200 };
const ADD_ON_AED: Record<Exclude<MotorAddOn, 'PassengerCover' | 'AgencyRepairs' | 'ProtectedNoClaims'>, number> = {
  DriverCover: 120, RoadsideAssistance: 150, LossOfKeys: 75, HireCar: 250, GCC: 300, OmanCover: 150,
};
const ADD_ON_NAMES: Record<MotorAddOn, string> = {
  DriverCover: 'Personal accident cover for the driver', PassengerCover: 'Personal accident cover for passengers', RoadsideAssistance: 'Roadside assistance',
  ProtectedNoClaims: 'Protected no-claims discount', AgencyRepairs: 'Agency repairs', LossOfKeys: 'Loss of keys', HireCar: 'Hire car while yours is repaired',
  GCC: 'Cover in the GCC countries', OmanCover: 'Own damage cover in Oman',
};

function read(m: Members, on: string): MotorRisk {
  const modelYear = m.text('VehicleDetails.ModelYear', 4);
  const year = Number(on.slice(0, 4));
  if (modelYear && (!/^\d{4}$/.test(modelYear) || Number(modelYear) < 1950 || Number(modelYear) > year + 1)) m.report('VehicleDetails.ModelYear', `must be a year from 1950 to ${year + 1}`);
  const driverAge = ageOn(m.date('MainDriver.DateOfBirth'), on);
  if (m.has('MainDriver.DateOfBirth') && (driverAge < 18 || driverAge > 100)) m.report('MainDriver.DateOfBirth', `gives a driver aged ${driverAge} on ${on}: the main driver must be 18 to 100`);
  const addOns = m.object('Policy.OptionalCoverAddOns');
  const noClaims = m.choice('MainDriver.MotorClaims.NoClaimsCertificate', NO_CLAIMS);
  return {
    coverType: m.optionalChoice('Policy.CoverType', ['Comprehensive', 'ThirdPartyLiability'] as const) ?? 'Comprehensive',
    carValue: m.amount('Policy.CarValuation'),
    bodyType: m.choice('VehicleDetails.BodyType', MOTOR_BODY_TYPES),
    vehicleAge: Math.max(0, year - Number(modelYear || year)),
    commercial: m.choice('Policy.CarUsage', ['Private', 'Commercial'] as const) === 'Commercial',
    driverAge,
    monthsDrivingInUae: m.months('MainDriver.DrivingLicenseHistory.TimeDrivingInUAE'),
    claimInLast24Months: m.bool('MainDriver.MotorClaims.MotorClaimInLast24Months'),
    noClaimsYears: NO_CLAIMS.indexOf(noClaims),
    addOns: MOTOR_ADD_ONS.filter((name) => addOns[name] === true),
    seats: m.int('VehicleDetails.NoOfPassengersIncDriver', 1, 80),
    emirate: m.choice('CarRegistration.EmirateOfRegistration', EMIRATES),
    takaful: m.bool('Policy.Takaful'),
  };
}

function quote(risk: MotorRisk): LineQuote {
  const comprehensive = risk.coverType === 'Comprehensive';
  const base = comprehensive ? bpsOf(risk.carValue, COMPREHENSIVE_RATE_BPS) : aed(THIRD_PARTY_AED[risk.bodyType] ?? (HEAVY.has(risk.bodyType) ? 1800 : 1200));
  const percent = (name: string, bps: number): Loading => ({ name, fils: bpsOf(base, bps) });
  const loadings: Loading[] = [];
  const bodyBps = COMPREHENSIVE_BODY_BPS[risk.bodyType] ?? (HEAVY.has(risk.bodyType) ? 3000 : 0);
  if (comprehensive && bodyBps) loadings.push(percent(`Body type ${risk.bodyType}`, bodyBps));
  if (comprehensive && risk.vehicleAge >= 5) loadings.push(percent(`Vehicle ${risk.vehicleAge} years old`, risk.vehicleAge >= 10 ? 2500 : 1000));
  const driverBps = risk.driverAge < 25 ? 3500 : risk.driverAge < 30 ? 1500 : risk.driverAge >= 70 ? 3000 : risk.driverAge >= 60 ? 1000 : 0;
  if (driverBps) loadings.push(percent(`Main driver aged ${risk.driverAge}`, driverBps));
  if (risk.monthsDrivingInUae < 36) loadings.push(percent('Less than three years of driving in the UAE', risk.monthsDrivingInUae < 12 ? 2500 : 1000));
  if (risk.claimInLast24Months) loadings.push(percent('Motor claim in the last 24 months', 2000));
  if (risk.commercial) loadings.push(percent('Commercial use', 2000));
  loadings.push(...addOnLoadings(risk, base));
  const discounts: Discount[] = risk.noClaimsYears ? [{ name: `No-claims discount (${risk.noClaimsYears === 5 ? '5+' : risk.noClaimsYears} years)`, bps: 500 * risk.noClaimsYears }] : [];
  return {
    product: comprehensive ? 'Motor Comprehensive' : 'Motor Third Party Liability',
    price: { base, loadings, discounts, minimum: aed(comprehensive ? 1500 : 600) },
    covers: motorCovers(risk),
    plus: { bps: 1500, cover: { CoverType: 'ReducedExcess', Description: 'Own damage excess halved and a replacement car for up to 14 days', excess: aed(250) } },
    term: { months: 12 },
    emirate: risk.emirate,
    takaful: risk.takaful,
    requiredDocuments: ['Emirates ID of the main driver', 'UAE driving licence of every driver', 'Vehicle registration card (Mulkiya)'],
    paymentFrequency: 'Annually',
  };
}

/** Each chosen add-on adds its own price; agency repairs only make sense with own-damage cover. */
function addOnLoadings(risk: MotorRisk, base: Fils): Loading[] {
  return risk.addOns.flatMap((addOn): Loading[] => {
    const name = ADD_ON_NAMES[addOn];
    if (addOn === 'PassengerCover') return [{ name, fils: aed(30 * Math.max(0, risk.seats - 1)) }];
    if (addOn === 'AgencyRepairs') return risk.coverType === 'Comprehensive' ? [{ name, fils: bpsOf(base, 1500) }] : [];
    if (addOn === 'ProtectedNoClaims') return [{ name, fils: aed(200) }];
    return [{ name, fils: aed(ADD_ON_AED[addOn]) }];
  });
}

function motorCovers(risk: MotorRisk) {
  const thirdParty = { CoverType: 'ThirdPartyLiability', Description: 'Bodily injury and property damage to others in the UAE', limit: aed(2_000_000) };
  if (risk.coverType !== 'Comprehensive') return [thirdParty];
  return [{ CoverType: 'OwnDamage', Description: 'Accidental damage, fire and theft of the insured vehicle', limit: risk.carValue, excess: aed(500) }, thirdParty];
}

export const motorDesk: LineDesk<MotorRisk> = { read, quote };
