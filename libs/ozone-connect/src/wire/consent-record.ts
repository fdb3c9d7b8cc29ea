/**
 * The consent record as the Consent Manager stores it and as Ozone Connect consent events carry
 * it (the `consent` schema of api-hub v2.1.x Consent Manager and of ozone-connect v2.1.x consent
 * events): the hub's record plus what the LFI patched in. camelCase on the outside, while
 * `consentBody` holds the TPP's view in the standard's PascalCase.
 */
export interface ConsentRecord {
  id: string;
  parId?: string;
  rarType: string;
  standardVersion: string;
  consentGroupId: string;
  requestUrl?: string;
  consentType: string;
  status: string;
  /** The RAR authorization detail the TPP sent: `{type, consent, subscription?}`. */
  request: AuthorizationDetail;
  requestHeaders: Record<string, string>;
  consentBody: ConsentBody;
  interactionId?: string;
  tpp: TppRecord;
  ozoneSupplementaryInformation?: Record<string, unknown>;
  /** Epoch milliseconds of the last change. */
  updatedAt: number;
  psuIdentifiers?: PsuIdentifiers;
  accountIds?: string[];
  insurancePolicyIds?: string[];
  supplementaryInformation?: Record<string, unknown>;
  paymentContext?: Record<string, unknown>;
  ConnectToken?: string;
  consentUsage?: ConsentUsage;
  authorizationChannel?: 'App' | 'Web';
}

export interface AuthorizationDetail {
  type: string;
  consent: Record<string, unknown>;
  subscription?: { Webhook?: { Url?: string; IsActive?: boolean } };
}

export interface ConsentBody {
  Data: Record<string, unknown>;
  Meta?: Record<string, unknown>;
  Subscription?: Record<string, unknown>;
}

export interface PsuIdentifiers {
  userId: string;
  [key: string]: unknown;
}

export interface ConsentUsage {
  lastDataShared?: string;
  lastServiceInitiationAttempt?: string;
}

/** The TPP record as held by the hub (`tpp` schema). */
export interface TppRecord {
  clientId: string;
  tppId: string;
  tppName: string;
  softwareStatementId: string;
  orgId: string;
  directoryRecord?: string;
  decodedSsa: {
    redirect_uris?: string[];
    client_name?: string;
    client_uri?: string;
    logo_uri?: string;
    jwks_uri?: string;
    client_id?: string;
    roles?: string[];
    application_type?: string;
    organisation_id?: string;
  };
}

/** `consentValidateResponse`. */
export interface ConsentValidateResponse {
  data: { status: 'valid' | 'invalid'; code?: string; description?: string };
  meta?: Record<string, never>;
}

/** `augmentConsentResponse`. */
export interface AugmentConsentResponse {
  Charges?: unknown[];
  ExchangeRate?: Record<string, unknown>;
  OpenFinanceBilling?: { IsLargeCorporate: boolean };
}
