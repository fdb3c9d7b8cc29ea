import type { InsuranceLine } from '../permissions';

// Test support: Ozone Connect answers as an insurer would send them, one per line and operation.

type Json = Record<string, unknown>;
const aed = (Amount: string) => ({ Currency: 'AED', Amount });
const cover = (CoverType: string, Description: string) => ({ CoverType, Description, Required: true });

const holder: Json = {
  Salutation: 'Ms',
  FirstName: 'Mariam',
  LastName: 'Al Hashimi',
  Gender: 'Female',
  DateOfBirth: '1988-04-12',
  Nationality: 'ARE',
  MobileNumber: '+971501234567',
  EmailAddress: 'mariam.alhashimi@example.ae',
  Address: [{ AddressType: 'Residential', AddressLine: ['Villa 12', 'Street 4'], TownName: 'Abu Dhabi', CountrySubDivision: 'AbuDhabi', Country: 'AE' }],
};
const employment = { EmploymentStatus: 'Employed', EmployerName: 'Falcon Engineering LLC', MonthlyIncomeAmount: aed('28000.00') };
const withJob = { ...holder, Employment: employment };
const claims = {
  Summary: [{ NumberOfMonthsInPeriod: 12, Claims: 2, ApprovedClaims: 1, TotalGrossApprovedClaimAmount: aed('3400.00'), TotalGrossPaidAmount: aed('3060.00') }],
};
const premium = { PremiumAmount: aed('2400.00'), VatAmount: aed('120.00'), TotalPremiumAmount: aed('2520.00'), PaymentFrequency: 'Annually', NextDue: '2026-06-30' };
const term = { PolicyStartDate: '2025-07-01', Takaful: false, PolicyPurchaseChannelType: 'Direct' };

const PRODUCTS: Record<InsuranceLine, Json> = {
  employment: { Policy: { SchemeCategory: 'CategoryB', Sector: 'Private', PolicyTerm: 'P1Y', PremiumFrequency: 'Annually', PolicyStartDate: '2025-07-01', PolicyPurchaseChannelType: 'Direct' } },
  health: { Policy: { ...term, CoverSubjects: 'Self', IsPolicyholderInsured: true, PolicyTerm: 'P1Y', ProductName: 'Enhanced Health' } },
  home: { Policy: { ...term, ProductName: 'Home Plus', PolicyCoverAndBenefits: [cover('Building', 'Fire and flood')] }, PropertyDetails: { TypeOfProperty: 'Villa' } },
  life: {
    Policy: {
      ...term, CoverType: 'Sole', IsPolicyholderLifeAssured: true, TypeOfLifeInsurance: 'DecreasingTermInsurance', InsurancePurpose: 'MortgageCover',
      SumAssuredAmount: aed('1500000.00'), IsFinanceAgainstPolicy: true, ProductName: 'Mortgage Life', PolicyCoverAndBenefits: [cover('Death', 'Outstanding mortgage repaid')],
    },
    InsuredParties: [{ FirstName: 'Mariam', LastName: 'Al Hashimi', Gender: 'Female', DateOfBirth: '1988-04-12' }],
  },
  motor: {
    Policy: { ...term, TypeOfPolicy: 'Comprehensive', CarUsage: 'Private', PolicyNumber: 'MOT-2025-0042', PurchaseDate: '2025-06-28', ProductName: 'Motor Gold', PolicyCoverAndBenefits: [cover('OwnDamage', 'Own vehicle damage')] },
    VehicleDetails: { ModelYear: '2023', Make: 'Lexus', Model: 'ES', Trim: '350', BodyType: 'Saloon', NoOfPassengersIncDriver: 5 },
    CarRegistration: { EmirateOfRegistration: 'AbuDhabi' },
    DrivingLicenseHistory: { DrivingLicenseNumber: '10293847' },
  },
  renters: { Policy: { ...term, ProductName: 'Renters Basic', PolicyCoverAndBenefits: [cover('Contents', 'Tenant contents')] }, PropertyDetails: { TypeOfProperty: 'Apartment' } },
  travel: {
    Policy: {
      ...term, TripDuration: 10, NumberOfInsuredCompanions: 1, NumberOfAdults: 2, NumberOfChildren: 0, NumberOfSeniors: 0, MultiTrip: false,
      ProductName: 'Travel Europe', PolicyCoverAndBenefits: [cover('EmergencyMedical', 'Medical treatment abroad')],
    },
  },
};

const HAS_EMPLOYMENT = new Set<InsuranceLine>(['employment', 'health', 'life']);
export const POLICY_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

export function ocPolicies(line: InsuranceLine) {
  const status = line === 'life' ? 'InForce' : 'Renewed';
  return {
    data: {
      Policies: [
        { InsurancePolicyId: POLICY_ID, PolicyNumber: `${line.toUpperCase()}-2025-0042`, PolicyStatus: status, PolicyStartDate: '2025-07-01' },
        { InsurancePolicyId: '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d', PolicyNumber: `${line.toUpperCase()}-2021-0007`, PolicyStatus: 'Expired', PolicyStartDate: '2021-03-15' },
      ],
    },
    meta: { page: 2, pageSize: 2, totalPages: 3, totalRecords: 6 },
  };
}

export function ocPolicy(line: InsuranceLine) {
  const motor = line === 'motor' ? { NoClaimsDiscountAvailable: false } : {};
  return {
    data: {
      InsurancePolicyId: POLICY_ID,
      PolicyHolder: HAS_EMPLOYMENT.has(line) ? withJob : holder,
      Identity: { EmiratesId: { EmiratesIdNumber: '784-1988-1234567-1' } },
      Product: PRODUCTS[line],
      Claims: { ...claims, ...motor },
      Premium: premium,
    },
  };
}

export function ocPaymentDetails() {
  return {
    data: {
      Account: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: 'Mariam Al Hashimi' },
      Bank: { Name: 'First Abu Dhabi Bank', BICFI: 'NBADAEAA' },
      AccountType: 'Current',
    },
  };
}
