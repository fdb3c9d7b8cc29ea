import { ConsentType } from '@hub/consent';

/** What differs between the two TPP consent resources this controller serves. */
export interface ConsentResourceFamily {
  consentType: ConsentType;
  /** The client-credentials scope of the API's operations. */
  scope: string;
  /** The list operation's query parameter: the two documents spell it differently. */
  baseConsentIdParameter: string;
  /** AEUpdateConsent1 (insurance) requires Data; AEPatchConsent (accounts) does not. */
  patchDataRequired: boolean;
}

export const ACCOUNT_ACCESS: ConsentResourceFamily = {
  consentType: ConsentType.AccountAccess,
  scope: 'accounts',
  baseConsentIdParameter: 'baseConsentId',
  patchDataRequired: false,
};

export const INSURANCE: ConsentResourceFamily = {
  consentType: ConsentType.Insurance,
  scope: 'insurance',
  baseConsentIdParameter: 'BaseConsentId',
  patchDataRequired: true,
};
