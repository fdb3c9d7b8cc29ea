import type { TppReportApiSet } from '@hub/standards';

/**
 * Which of the report's API sets an operation belongs to, by the API family of its path
 * (`/open-finance/{family}/v2.1/…`). The document names four sets; the hub's own reporting API
 * is in none of them, so its calls are recorded but not reported.
 */
const API_SET_OF_FAMILY: Readonly<Record<string, TppReportApiSet | ((apiUri: string, method: string) => TppReportApiSet)>> = {
  'account-information': 'BankDataSharing',
  atm: 'BankDataSharing',
  product: 'BankDataSharing',
  payment: 'BankServiceInitation',
  fx: 'BankServiceInitation',
  'account-opening': 'BankServiceInitation',
  'confirmation-of-payee': 'BankServiceInitation',
  // Quotes and the policy a quote becomes are insurance service initiation; reading policies is data sharing.
  insurance: (apiUri, method) => (apiUri.includes('-insurance-quotes') || (method === 'POST' && apiUri.includes('-insurance-policies')) ? 'InsuranceServiceInitation' : 'InsuranceDataSharing'),
};

export function apiSetOf(apiFamily: string, apiUri: string, method: string): TppReportApiSet | undefined {
  const set = API_SET_OF_FAMILY[apiFamily];
  return typeof set === 'function' ? set(apiUri, method) : set;
}
