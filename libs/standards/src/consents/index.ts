export * from './rar-codes';
export { BankDataSharingConsentDto, BankDataSharingOpenFinanceBillingDto } from './bank-data-sharing-consent.dto';
export { BankServiceInitiationConsentDto, SponsoredTppInformationDto } from './bank-service-initiation-consent.dto';
export { InsuranceConsentPermissionsDto, InsuranceDataSharingConsentDto, InsuranceOpenFinanceBillingDto } from './insurance-data-sharing-consent.dto';
export { ConsentSubscriptionDto, ConsentWebhookDto } from './consent-subscription.dto';
export { OnBehalfOfDto } from './on-behalf-of.dto';
