import type { InsurancePolicySeed } from '../model';
import { SeededRandom } from '../generator/seeded-random';

type Json = Record<string, unknown>;
type Policy = Pick<InsurancePolicySeed, 'tenantId' | 'insurancePolicyId' | 'line' | 'startDate' | 'endDate'>;

const cover = (CoverType: string, Description: string, Required = true) => ({ CoverType, Description, Required });

/**
 * The Product of a policy: each line's own required members with plausible values. Drawn from
 * the policy's stream so a policy always describes the same car, home or trip.
 */
export function productOf(seed: string, p: Policy, policyNumber: string): Json {
  const random = new SeededRandom(`${seed}|${p.tenantId}|product|${p.insurancePolicyId}`);
  const term = { PolicyStartDate: p.startDate, Takaful: random.chance(0.3) };
  const channel = { PolicyPurchaseChannelType: random.pick(['Direct', 'Broker', 'OnlineInsideUAE'] as const) };
  switch (p.line) {
    case 'employment':
      return {
        Policy: {
          SchemeCategory: random.pick(['CategoryA', 'CategoryB'] as const),
          Sector: random.pick(['Private', 'FederalGovernment'] as const),
          PolicyTerm: 'P1Y',
          PremiumFrequency: 'Annually',
          PolicyStartDate: p.startDate,
          PolicyEndDate: p.endDate,
          ...channel,
        },
      };
    case 'health':
      return {
        Policy: { ...term, CoverSubjects: 'Self', IsPolicyholderInsured: true, PolicyTerm: 'P1Y', ProductName: 'Gamma Health Essential', ...channel },
      };
    case 'home':
    case 'renters': {
      const home = p.line === 'home';
      return {
        Policy: {
          ...term,
          ProductName: home ? 'Gamma Home Shield' : 'Gamma Renters Contents',
          PolicyCoverAndBenefits: home
            ? [cover('Building', 'Rebuilding after fire, flood and storm'), cover('Contents', 'Household contents at replacement value', false)]
            : [cover('Contents', 'Tenant contents at replacement value'), cover('PersonalLiability', 'Liability towards the landlord and third parties', false)],
          ...channel,
        },
        PropertyDetails: home
          ? { TypeOfProperty: random.pick(['Villa', 'House'] as const), OwnershipStatus: 'Owner' }
          : { TypeOfProperty: random.pick(['Apartment', 'Flat'] as const), OwnershipStatus: 'Tenant' },
      };
    }
    case 'life':
      return {
        Policy: {
          ...term,
          CoverType: 'Sole',
          IsPolicyholderLifeAssured: true,
          TypeOfLifeInsurance: 'LevelTermInsurance',
          InsurancePurpose: random.pick(['PersonalCover', 'FamilyProtection'] as const),
          SumAssuredAmount: { Currency: 'AED', Amount: `${random.int(5, 40) * 100_000}.00` },
          IsFinanceAgainstPolicy: false,
          ProductName: 'Gamma Term Life 20',
          PolicyCoverAndBenefits: [cover('Death', 'Sum assured paid on death during the term'), cover('CriticalIllness', 'Lump sum on diagnosis', false)],
          ...channel,
        },
      };
    case 'motor': {
      const car = random.pick([
        ['Toyota', 'Land Cruiser', 'GXR', '4WD', 7],
        ['Nissan', 'Patrol', 'LE', '4WD', 7],
        ['Honda', 'Accord', 'Sport', 'Saloon', 5],
      ] as const);
      return {
        Policy: {
          ...term,
          TypeOfPolicy: 'Comprehensive',
          CarUsage: 'Private',
          PolicyNumber: policyNumber,
          PurchaseDate: p.startDate,
          ProductName: 'Gamma Motor Comprehensive',
          PolicyCoverAndBenefits: [cover('OwnDamage', 'Damage to the insured vehicle'), cover('ThirdPartyLiability', 'Bodily injury and property damage to others')],
          ...channel,
        },
        VehicleDetails: { ModelYear: String(random.int(2018, 2025)), Make: car[0], Model: car[1], Trim: car[2], BodyType: car[3], NoOfPassengersIncDriver: car[4] },
        CarRegistration: { EmirateOfRegistration: random.pick(['Dubai', 'AbuDhabi', 'Sharjah'] as const) },
        DrivingLicenseHistory: { DrivingLicenseNumber: random.digits(8) },
      };
    }
    case 'travel': {
      const adults = random.int(1, 2);
      const children = random.int(0, 2);
      return {
        Policy: {
          ...term,
          TripDuration: random.int(5, 21),
          NumberOfInsuredCompanions: adults + children - 1,
          NumberOfAdults: adults,
          NumberOfChildren: children,
          NumberOfSeniors: 0,
          MultiTrip: false,
          ProductName: 'Gamma Travel Worldwide',
          PolicyCoverAndBenefits: [cover('EmergencyMedical', 'Emergency medical treatment abroad'), cover('TripCancellation', 'Non-refundable costs of a cancelled trip', false)],
          ...channel,
        },
      };
    }
  }
}
