import type { InsuranceLine } from '@hub/standards';

// Realistic Ozone Connect quote requests of the seven lines (the `data` the hub forwards from a
// TPP's POST /{line}-insurance-quotes), valid against the official request schemas. Shared by the
// mock insurer's own tests and the e2e suites; also handy for trying the desk by hand.

type Json = Record<string, any>;

const ISSUANCE = { CustomerVerification: true, Payment: false, PolicyDocuments: true };
const ADDRESS = { AddressType: 'Residential', AddressLine: ['Apartment 1204, Marina Heights'], DistrictName: 'Dubai Marina', TownName: 'Dubai', CountrySubDivision: 'Dubai', Country: 'AE' };
const IDENTITY = { EmiratesId: { EmiratesIdNumber: '784-1988-1234567-1', EmiratesIdExpiryDate: '2028-04-11' } };
const HOLDER = {
  Salutation: 'Mr',
  FirstName: 'Omar',
  LastName: 'Al Mansoori',
  Gender: 'Male',
  DateOfBirth: '1988-04-12',
  MaritalStatus: 'Married',
  Nationality: 'ARE',
  MobileNumber: '+971501234567',
  EmailAddress: 'omar.almansoori@example.ae',
  Address: [ADDRESS],
  Identity: IDENTITY,
};
const aed = (amount: string) => ({ Currency: 'AED', Amount: amount });

function envelope(line: InsuranceLine, customerId: string, members: Json): { data: Json } {
  return { data: { CustomerId: customerId, QuoteReference: `tpp-${line}-0001`, QuoteType: 'New', PolicyIssuanceRequest: ISSUANCE, ...members } };
}

export function motorQuoteRequest(customerId: string, start: string): { data: Json } {
  return envelope('motor', customerId, {
    Policy: {
      Takaful: false,
      CoverType: 'Comprehensive',
      RegistrationType: 'RenewalOfExistingVehicle',
      PolicyStartDate: start,
      CarUsage: 'Private',
      CarValuation: aed('85000.00'),
      OptionalCoverAddOns: { DriverCover: true, PassengerCover: true, RoadsideAssistance: true, ProtectedNoClaims: false, AgencyRepairs: false, LossOfKeys: false, HireCar: false, GCC: false, OmanCover: true },
    },
    VehicleDetails: {
      ModelYear: '2022', Make: 'Toyota', Model: 'Camry', Trim: 'SE', BodyType: 'Saloon', Color: 'White', CountryOfOrigin: 'JPN', NoOfPassengersIncDriver: 5,
      EngineProperties: { EngineType: 'InternalCombustionEngine', EngineCapacity: '2500', CylinderCapacity: '4' },
      PlateSource: 'DXB', Transmission: 'Automatic', Specification: 'GCC',
    },
    CarRegistration: { EmirateOfRegistration: 'Dubai', DateOfFirstRegistration: '2022-03-10', ValidMulkiyaHeld: true },
    MainDriver: {
      ...HOLDER,
      DrivingLicenseHistory: { DrivingLicenseNumber: '4827391', DrivingLicenseIssuingEmirate: 'Dubai', TimeDrivingInUAE: 'P8Y' },
      MotorClaims: { MotorClaimInLast24Months: false, NoClaimsCertificate: '3Years' },
    },
  });
}

export function healthQuoteRequest(customerId: string, start: string): { data: Json } {
  return envelope('health', customerId, {
    Policy: { Takaful: false, CoverSubjects: 'SelfAndFamily', PolicyStartDate: start, IsPolicyholderInsured: true, AddOns: { DentalCover: true, OpticalCover: false, MaternityCover: false } },
    PolicyHolder: { ...HOLDER, Employment: { Profession: 'Engineer', EmployerName: 'Gulf Retail Group', SalaryBand: 'AED12001AndAbove' } },
    InsuredParties: [
      { RelationshipToPolicyholder: 'Spouse', FirstName: 'Mariam', LastName: 'Al Mansoori', Gender: 'Female', DateOfBirth: '1990-09-03' },
      { RelationshipToPolicyholder: 'Child', FirstName: 'Saeed', LastName: 'Al Mansoori', Gender: 'Male', DateOfBirth: '2019-02-14' },
    ],
  });
}

export function homeQuoteRequest(customerId: string, start: string): { data: Json } {
  return envelope('home', customerId, {
    Policy: { Takaful: false, TypeOfCover: 'BuildingsAndContents', PolicyStartDate: start, AddOns: { AccidentalDamageCover: false, PersonalBelongingsCover: true, LiabilityCover: true, DomesticHelpersCover: false }, ClaimsInLastThreeYears: false },
    PolicyHolder: { FirstName: 'Omar', LastName: 'Al Mansoori', Gender: 'Male', DateOfBirth: '1988-04-12', Nationality: 'ARE', Address: [ADDRESS] },
    PropertyDetails: {
      TypeOfProperty: 'Villa', OwnershipStatus: 'Owner', Construction: 'ClassA', OverTenYears: false, FloodDamage: false, NumberOfAdults: 2, NumberOfChildren: 1, NumberOfFloors: 2, NumberOfRooms: 5,
      InsuredPropertyAddress: { AddressLine: ['Villa 12, Street 4'], DistrictName: 'Arabian Ranches', TownName: 'Dubai', CountrySubDivision: 'Dubai', Country: 'AE' },
    },
    BuildingsCover: { BuildingValue: 2500000 },
    ContentsCoverDetails: { DeclaredValueAmount: aed('150000.00'), HighValueContent: false },
    PersonalBelongings: { TotalPersonalBelongingsValue: 'UP_TO_25K', HighValueBelongings: false },
    ImportantQuestions: { PrimaryResidence: true, BusinessPurposes: false, UnoccupiedOverSixtyDays: false },
  });
}

export function rentersQuoteRequest(customerId: string, start: string): { data: Json } {
  return envelope('renters', customerId, {
    Policy: { Takaful: false, ContentsCover: true, AccidentalDamageCover: false, PersonalBelongingsCover: false, LiabilityCover: true, AlternativeAccommodation: false, PolicyStartDate: start },
    PolicyHolder: { FirstName: 'Omar', LastName: 'Al Mansoori', Gender: 'Male', DateOfBirth: '1988-04-12', Nationality: 'ARE', Address: [ADDRESS] },
    PropertyDetails: {
      TypeOfRentalProperty: 'Apartment', OwnershipStatus: 'Tenant', Construction: 'ClassA', NumberOfAdults: 2, NumberOfRooms: 2,
      InsuredPropertyAddress: { AddressLine: ['Apartment 1204, Marina Heights'], TownName: 'Dubai', CountrySubDivision: 'Dubai', Country: 'AE' },
    },
    ContentsCoverDetails: { DeclaredValueAmount: aed('60000.00'), HighValueContent: false },
    LeaseDetails: { TermType: 'Annual', StartDate: '2026-06-01', LandlordFullName: 'Khalid Properties LLC', LandlordTelephoneNumber: '+97143334444', MonthlyRentAmount: aed('9500.00') },
    PropertyClaims: { PreviousClaims: false },
    ImportantQuestions: { PrimaryResidence: true, UnoccupiedOverSixtyDays: false },
  });
}

export function lifeQuoteRequest(customerId: string, start: string): { data: Json } {
  return envelope('life', customerId, {
    Policy: {
      Takaful: false, CoverType: 'Sole', IsPolicyholderLifeAssured: true, TypeOfLifeInsurance: 'LevelTermInsurance', InsurancePurpose: 'FamilyProtection',
      SumAssuredAmount: aed('1000000.00'), PolicyTerm: 'P20Y', PolicyStartDate: start, IsFinanceAgainstPolicy: false, FrequencyPremiumPayment: 'Annually',
    },
    InsuredParties: [
      {
        RelationshipToPolicyholder: 'Self', Salutation: 'Mr', FirstName: 'Omar', LastName: 'Al Mansoori', Gender: 'Male', DateOfBirth: '1988-04-12', MaritalStatus: 'Married', Nationality: 'ARE',
        Height: 178, Weight: 82,
        LifeStyle: { Alcohol: { ConsumeAlcohol: false }, Smoking: { SmokeCurrent: false, SmokePrevious: false } },
      },
    ],
    PolicyHolder: { FirstName: 'Omar', LastName: 'Al Mansoori', Gender: 'Male', DateOfBirth: '1988-04-12', Nationality: 'ARE', Address: [ADDRESS] },
  });
}

export function travelQuoteRequest(customerId: string, start: string): { data: Json } {
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10);
  return envelope('travel', customerId, {
    Policy: {
      PolicyStartDate: start, PolicyEndDate: end, NumberOfInsuredCompanions: 2, Takaful: false, CoverType: 'Single', PurposeOfTravel: 'Personal', TravellingWith: 'Family',
      TravelDestinationRegion: 'WorldwideExcludingUSAandCanada', TravelDestinationCountries: ['GBR', 'FRA'], AgesOfInsured: [38, 36, 7], OriginCountry: 'ARE',
      OptionalTravelCoverOptions: { Gadgets: true },
    },
    PolicyHolder: { FirstName: 'Omar', LastName: 'Al Mansoori', DateOfBirth: '1988-04-12', Nationality: 'ARE', Gender: 'Male', Address: [ADDRESS] },
  });
}

export function employmentQuoteRequest(customerId: string, start: string): { data: Json } {
  return envelope('employment', customerId, {
    Policy: { PolicyStartDate: start, SchemeCategory: 'CategoryA', Sector: 'Private', PolicyTerm: 'P1Y', PremiumFrequency: 'Annually' },
    PolicyHolder: { FirstName: 'Omar', LastName: 'Al Mansoori', Gender: 'Male', DateOfBirth: '1988-04-12', Nationality: 'ARE', Address: [ADDRESS] },
    Identity: IDENTITY,
    Employment: { Profession: 'Accountant', EmployerName: 'Emirates Logistics LLC', EmploymentStatus: 'Employed', StartDate: '2019-05-01', MonthlyIncomeAmount: aed('12000.00') },
  });
}

/** One realistic request per line for `customerId`, the policies starting on `start`. */
export const QUOTE_REQUESTS: Record<InsuranceLine, (customerId: string, start: string) => { data: Json }> = {
  employment: employmentQuoteRequest,
  health: healthQuoteRequest,
  home: homeQuoteRequest,
  life: lifeQuoteRequest,
  motor: motorQuoteRequest,
  renters: rentersQuoteRequest,
  travel: travelQuoteRequest,
};

/** A copy of `body` with the member at `path` (e.g. `data.Policy.CarValuation.Amount`) set, or removed when `value` is undefined. */
export function withMember<T extends object>(body: T, path: string, value: unknown): T {
  const copy = structuredClone(body) as Json;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((at: Json, key) => (at[key] ??= {}), copy);
  const last = keys[keys.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy as T;
}
