export { tppConsentResource, tppConsentSelfUrl } from './tpp-consent-resource';
export type { TppConsentData, TppConsentResource, TppConsentResourceOptions } from './tpp-consent-resource';
export { tokenAuthorizationDetails } from './token-authorization-details';
export type { TokenAuthorizationDetail } from './token-authorization-details';
export type { AmountAndCurrency, PaymentConsumption } from './payment-consumption';
