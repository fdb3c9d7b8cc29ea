import type { InsuranceLine } from './insurance-codes';

type Shape = 'object' | 'array';

/**
 * The line-specific members of each line's quote request (AE{Line}InsuranceQuoteRequestProperties)
 * beside the common ones (CustomerId, QuoteReference, QuoteType, PolicyIssuanceRequest, Policy):
 * their JSON shape and whether the line requires them. The insurer checks their contents.
 */
export const QUOTE_REQUEST_MEMBERS: Record<InsuranceLine, Record<string, { shape: Shape; required?: true }>> = {
  employment: { PolicyHolder: { shape: 'object' }, Identity: { shape: 'object' }, Employment: { shape: 'object', required: true }, ExistingInsurance: { shape: 'array' } },
  health: { PolicyHolder: { shape: 'object', required: true }, InsuredParties: { shape: 'array' }, Sponsor: { shape: 'array' }, ExistingInsurance: { shape: 'array' }, MedicalQuestions: { shape: 'array' } },
  home: {
    PolicyHolder: { shape: 'object' },
    PropertyDetails: { shape: 'object', required: true },
    BuildingsCover: { shape: 'object' },
    ContentsCoverDetails: { shape: 'object' },
    PersonalBelongings: { shape: 'object' },
    Mortgage: { shape: 'object' },
    DomesticHelpers: { shape: 'object' },
    PropertyClaims: { shape: 'array' },
    ExistingHomeInsurance: { shape: 'object' },
    PreviousApplications: { shape: 'object' },
    ImportantQuestions: { shape: 'object' },
  },
  life: { InsuredParties: { shape: 'array', required: true }, PolicyHolder: { shape: 'object' }, ExistingLifeInsurance: { shape: 'array' } },
  motor: {
    VehicleDetails: { shape: 'object', required: true },
    CarRegistration: { shape: 'object', required: true },
    MainDriver: { shape: 'object' },
    AdditionalDrivers: { shape: 'array' },
    ExistingPolicy: { shape: 'object' },
    CarFinance: { shape: 'object' },
  },
  renters: {
    PolicyHolder: { shape: 'object' },
    PropertyDetails: { shape: 'object', required: true },
    ContentsCoverDetails: { shape: 'object' },
    PersonalBelongings: { shape: 'object' },
    DomesticHelpers: { shape: 'object' },
    LeaseDetails: { shape: 'object' },
    PropertyClaims: { shape: 'object', required: true },
    ExistingInsurance: { shape: 'object' },
    PreviousApplications: { shape: 'object' },
    ImportantQuestions: { shape: 'object' },
  },
  travel: { PolicyHolder: { shape: 'object' }, InsuredTravelers: { shape: 'array' }, MedicalQuestions: { shape: 'array' }, PreviousClaims: { shape: 'object' }, ExistingInsurance: { shape: 'array' } },
};

export const titleOf = (line: InsuranceLine) => `${line[0].toUpperCase()}${line.slice(1)}`;
