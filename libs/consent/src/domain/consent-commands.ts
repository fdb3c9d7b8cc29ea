import type { AuthorizationDetail, ConsentUsage, PsuIdentifiers, TppRecord } from '@hub/ozone-connect';
import type { ConsentActor } from './consent-state-machine';
import type { ConsentStatus, RevokedBy } from './consent-status';
import type { MultipleAuthorizers } from './multiple-authorizers';

/** Who changes a consent; becomes the audit row's caller details and `ozoneInteractionId`. */
export interface ConsentCaller {
  actor: ConsentActor;
  interactionId: string;
  orgId?: string;
  clientId?: string;
  softwareStatementId?: string;
}

export interface CreateConsentCommand {
  tenantId: string;
  authorizationDetail: AuthorizationDetail;
  tpp: TppRecord;
  parId?: string;
  /** The Heimdall interaction this consent belongs to. */
  interactionId?: string;
  requestUrl?: string;
  requestHeaders?: Record<string, string>;
}

/** A Consent Manager PATCH, already validated and normalised from the flat (dotted) keys by the HTTP layer. */
export interface ConsentPatch {
  status?: ConsentStatus;
  revokedBy?: RevokedBy;
  psuIdentifiers?: PsuIdentifiers;
  accountIds?: string[];
  insurancePolicyIds?: string[];
  supplementaryInformation?: Record<string, unknown>;
  authorizationChannel?: 'App' | 'Web';
  openFinanceBilling?: { IsLargeCorporate: boolean };
  consentUsage?: ConsentUsage;
  exchangeRate?: Record<string, unknown>;
  charges?: unknown[];
  multipleAuthorizers?: MultipleAuthorizers;
  connectToken?: string;
  /**
   * The TPP's webhook subscription (AEPatchConsent `Subscription`). Only the TPP sends it: the
   * Consent Manager's PATCH schemas have no such key. Url may be left out to keep the stored one.
   */
  subscription?: { Webhook: { Url?: string; IsActive: boolean } };
  /** The raw body as received, kept in the audit row. */
  raw?: Record<string, unknown>;
}

/** `RevokeConsent` of the Consent Manager. */
export interface RevokeConsentCommand {
  revokedBy: RevokedBy;
  revokedByPsu?: { userId: string };
}

export interface ConsentQuery {
  /** Epoch milliseconds: only consents updated strictly after this instant. */
  updatedAfter?: number;
  consentType?: string;
  status?: string;
  consentGroupId?: string;
  psuUserId?: string;
  accountId?: string;
  tppClientId?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
