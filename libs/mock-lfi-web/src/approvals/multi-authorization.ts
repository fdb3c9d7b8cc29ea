import type { ConsentRecord } from '@hub/ozone-connect';

/*
 * Multi-authorization of a payment consent, as this bank runs it (community standards,
 * lfi-api-hub v2.1 service-initiation multi-authorization; reference digest §4.2): the first user
 * approves in the authorization journey and the bank records the authorizers through the Consent
 * Manager (`consentBody.Meta.MultipleAuthorizers`) while the consent stays AwaitingAuthorization;
 * every other authorizer answers later on the bank's pages; the last approval makes it Authorized,
 * any rejection Rejected, both before AuthorizationExpirationDateTime. Pure: the pages and the
 * hub calls are elsewhere.
 */

/** AEMetaMultiAuthorization (Consent Manager v2.1.x) as this bank fills it. */
export interface MultipleAuthorizers {
  TotalRequired: number;
  Authorizations: Authorization[];
}

export interface Authorization {
  /** The user's opaque userId: no PII leaves the bank. */
  AuthorizerId: string;
  /** "The Type of Authorizer. For example, Financial, Management": see authorizerTypeOf. */
  AuthorizerType: string;
  /** When the authorizer answered; absent while Pending. */
  AuthorizationDate?: string;
  AuthorizationStatus: 'Pending' | 'Approved' | 'Rejected';
}

/** The users of the business whose account pays, the owner first (mock-lfi-data businessOf). */
export interface Business {
  ownerUserId: string;
  userIds: string[];
}

/** AccountType (Retail | SME | Corporate): only a business account can need several users. */
const BUSINESS_ACCOUNT_TYPES = new Set(['SME', 'Corporate']);

/**
 * Every user who must authorize a payment consent from an account of `accountType` held by
 * `business`, the approver first; undefined when the approver alone authorizes. Only
 * `IsSingleAuthorization: false` allows several ("true — only a single authorizer is supported";
 * the TPP MUST set it, so an absent flag is read as single): the TPP that cannot follow a
 * multi-authorization gets the usual single one.
 */
export function authorizersOf(isSingleAuthorization: unknown, accountType: string, business: Business | undefined, approver: string): string[] | undefined {
  if (isSingleAuthorization !== false || !BUSINESS_ACCOUNT_TYPES.has(accountType) || !business?.userIds.includes(approver)) return undefined;
  const others = business.userIds.filter((id) => id !== approver);
  return others.length > 0 ? [approver, ...others] : undefined;
}

/** The business's owner authorizes as its management, every other user as its finance. */
export function authorizerTypeOf(business: Business, userId: string): string {
  return userId === business.ownerUserId ? 'Management' : 'Financial';
}

/** The first authorizer has approved; the others are Pending. */
export function firstApproval(authorizers: string[], business: Business, now: Date): MultipleAuthorizers {
  return {
    TotalRequired: authorizers.length,
    Authorizations: authorizers.map((id, i) => ({
      AuthorizerId: id,
      AuthorizerType: authorizerTypeOf(business, id),
      ...(i === 0 ? { AuthorizationDate: now.toISOString(), AuthorizationStatus: 'Approved' as const } : { AuthorizationStatus: 'Pending' as const }),
    })),
  };
}

export type Decision = 'approve' | 'reject';

export type AuthorizerAnswer =
  /** PATCH the consent with this; `status` is the consent's status after it. */
  | { kind: 'patch'; patch: Record<string, unknown>; status: 'AwaitingAuthorization' | 'Authorized' | 'Rejected' }
  | { kind: 'refused'; reason: AnswerRefusal };

/**
 * Why an answer is not taken: the user is not one of the consent's authorizers (another
 * business's user, or a consent without multi-authorization: they learn nothing more), the
 * consent no longer waits for authorizers, they already answered, or the consent's
 * AuthorizationExpirationDateTime has passed.
 */
export type AnswerRefusal = 'not-awaiting' | 'not-an-authorizer' | 'already-answered' | 'expired';

/** The authorizers recorded on a consent, if it runs a multi-authorization. */
export function multipleAuthorizersOf(consent: ConsentRecord): MultipleAuthorizers | undefined {
  const value = consent.consentBody?.Meta?.MultipleAuthorizers as Partial<MultipleAuthorizers> | undefined;
  if (!value || typeof value.TotalRequired !== 'number' || !Array.isArray(value.Authorizations)) return undefined;
  return value as MultipleAuthorizers;
}

/** The consent waits for this user's answer, and can still get it. */
export function awaitsAnswerOf(consent: ConsentRecord, userId: string, now: Date): boolean {
  return answerRefusalOf(consent, userId, now) === undefined;
}

/** A later authorizer's answer: the Consent Manager PATCH that records it (and ends the consent's wait when it is the last). */
export function answerAsAuthorizer(consent: ConsentRecord, userId: string, decision: Decision, now: Date): AuthorizerAnswer {
  const refused = answerRefusalOf(consent, userId, now);
  if (refused) return { kind: 'refused', reason: refused };
  const multi = multipleAuthorizersOf(consent)!;
  const AuthorizationStatus = decision === 'approve' ? 'Approved' : 'Rejected';
  const Authorizations = multi.Authorizations.map((a) => (a.AuthorizerId === userId ? { ...a, AuthorizationDate: now.toISOString(), AuthorizationStatus } : a));
  const approvers = new Set(Authorizations.filter((a) => a.AuthorizationStatus === 'Approved').map((a) => a.AuthorizerId));
  const status = decision === 'reject' ? 'Rejected' : approvers.size >= multi.TotalRequired ? 'Authorized' : 'AwaitingAuthorization';
  const patch = {
    authorizationChannel: 'Web',
    'consentBody.Meta.MultipleAuthorizers': { TotalRequired: multi.TotalRequired, Authorizations },
    ...(status === 'AwaitingAuthorization' ? {} : { status }),
  };
  return { kind: 'patch', patch, status };
}

/** Why this user cannot answer the consent now; undefined when they can. */
export function answerRefusalOf(consent: ConsentRecord, userId: string, now: Date): AnswerRefusal | undefined {
  // Membership first: a user who is not an authorizer learns nothing about the consent's state.
  const mine = multipleAuthorizersOf(consent)?.Authorizations.find((a) => a.AuthorizerId === userId);
  if (!mine) return 'not-an-authorizer';
  if (consent.status !== 'AwaitingAuthorization') return 'not-awaiting';
  if (mine.AuthorizationStatus !== 'Pending') return 'already-answered';
  const deadline = authorizationDeadlineOf(consent);
  if (deadline && Date.parse(deadline) <= now.getTime()) return 'expired';
  return undefined;
}

/** AuthorizationExpirationDateTime: "by which a Consent (in AwaitingAuthorization status) must be Authorized". */
export function authorizationDeadlineOf(consent: ConsentRecord): string | undefined {
  const value = consent.consentBody?.Data?.AuthorizationExpirationDateTime ?? consent.request?.consent?.AuthorizationExpirationDateTime;
  return typeof value === 'string' ? value : undefined;
}
