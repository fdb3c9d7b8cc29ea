import { ConsentType } from '../domain/consent-status';

/**
 * What differs between the three v2.1 TPP consent resources. Member lists follow the resource
 * schemas of the v2.1 standards (the token response's `authorization_details[].consent`, which
 * the GET /…-consents/{ConsentId} operations return too), in the schemas' order so responses
 * read like the documents.
 */
export interface TppConsentFamily {
  /** The TPP consent endpoint under the resource server (the API's `servers` path + resource). */
  resourcePath: string;
  /** Data members the resource schema allows. */
  dataMembers: readonly string[];
  /** Members of Data.OpenFinanceBilling the resource schema allows (each family has its own). */
  billingMembers: readonly string[];
  /**
   * Bank service initiation only: Data.PaymentConsumption, Links.Related (required by
   * AELinksRelatedPayment) and Meta.MultipleAuthorizers (AEMetaMultiAuthorization).
   */
  payments: boolean;
}

/** Date-time members of Data (the schemas require a timezone on each). */
export const DATA_DATE_TIMES = ['CreationDateTime', 'StatusUpdateDateTime', 'ExpirationDateTime', 'AuthorizationExpirationDateTime'] as const;

const FAMILIES: Record<ConsentType, TppConsentFamily> = {
  // AEConsentStatus.AEBankDataSharingConsentPropertiesV21. TransactionFromDateTime and
  // TransactionToDateTime are left out: deprecated at v2.1, and the v2.1 RAR cannot carry them.
  [ConsentType.AccountAccess]: {
    resourcePath: '/open-finance/account-information/v2.1/account-access-consents',
    dataMembers: [
      'ConsentId',
      'BaseConsentId',
      'CreationDateTime',
      'Status',
      'StatusUpdateDateTime',
      'Permissions',
      'ExpirationDateTime',
      'FromDate',
      'ToDate',
      'AccountType',
      'AccountSubType',
      'OnBehalfOf',
      'OpenFinanceBilling',
      'RevokedBy',
    ],
    billingMembers: ['IsLargeCorporate', 'UserType', 'Purpose'],
    payments: false,
  },
  // AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties.
  [ConsentType.ServiceInitiation]: {
    resourcePath: '/open-finance/payment/v2.1/payment-consents',
    dataMembers: [
      'ConsentId',
      'BaseConsentId',
      'IsSingleAuthorization',
      'AuthorizationExpirationDateTime',
      'Permissions',
      'ExpirationDateTime',
      'Status',
      'RevokedBy',
      'CreationDateTime',
      'StatusUpdateDateTime',
      'Charges',
      'ExchangeRate',
      'CurrencyRequest',
      'ControlParameters',
      'DebtorReference',
      'CreditorReference',
      'PaymentPurposeCode',
      'SponsoredTPPInformation',
      'PaymentConsumption',
      'OpenFinanceBilling',
    ],
    // The TPP sends no billing for payments; only the LFI's classification is shown.
    billingMembers: ['IsLargeCorporate'],
    payments: true,
  },
  // AEInsurance.AEReadInsuranceConsent1 (AEReadInsuranceConsent1 in the insurance API).
  [ConsentType.Insurance]: {
    resourcePath: '/open-finance/insurance/v2.1/insurance-consents',
    dataMembers: [
      'ConsentId',
      'BaseConsentId',
      'Permissions',
      'ExpirationDateTime',
      'OnBehalfOf',
      'OpenFinanceBilling',
      'CreationDateTime',
      'Status',
      'StatusUpdateDateTime',
      'RevokedBy',
    ],
    billingMembers: ['IsLargeCorporate', 'Purpose'],
    payments: false,
  },
};

/** The family of a stored consent; an unknown consentType is a broken record, not a TPP error. */
export function tppConsentFamily(consentType: string): TppConsentFamily {
  const family = FAMILIES[consentType as ConsentType];
  if (!family) throw new Error(`No TPP consent resource for consentType ${consentType}`);
  return family;
}
