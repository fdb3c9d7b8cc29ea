import { BankDataSharingConsentDto, BankServiceInitiationConsentDto, ConsentSubscriptionDto, InsuranceDataSharingConsentDto, stampValidationNow } from '@hub/standards';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { RarProblem } from './rar-problem';
import { CONSENT_RAR_TYPES, isConsentRarType, type ConsentRarType } from './rar-types';
import { inheritedKeyProblems } from './validation/inherited-keys';
import { ProblemRank, toRarProblems, type RankedProblem } from './validation/to-rar-problems';

const CONSENT_DTO_BY_TYPE: Record<ConsentRarType, new () => object> = {
  [CONSENT_RAR_TYPES.accountAccess]: BankDataSharingConsentDto,
  [CONSENT_RAR_TYPES.serviceInitiation]: BankServiceInitiationConsentDto,
  [CONSENT_RAR_TYPES.insurance]: InsuranceDataSharingConsentDto,
};

/** The members of an authorization detail in v2.1 (RFC 9396 `type`, plus the standard's two). */
const DETAIL_MEMBERS = ['type', 'consent', 'subscription'];

type Json = Record<string, unknown>;
const isJsonObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The closed schemas refuse unknown members; class-validator does so with whitelist + forbidNonWhitelisted. */
function validateAs(cls: new () => object, value: Json, path: string, now: Date): RankedProblem[] {
  const instance = stampValidationNow(plainToInstance(cls, value), now);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false } });
  return [...toRarProblems(errors, path), ...inheritedKeyProblems(value, path)];
}

/**
 * `Type`/`Consent` come from v1.x-era samples; they get a message naming the lower-case key
 * rather than a bare "unknown member", and stand in for the missing lower-case member.
 */
function memberProblems(detail: Json): RankedProblem[] {
  return Object.keys(detail)
    .filter((key) => !DETAIL_MEMBERS.includes(key))
    .map((key) =>
      DETAIL_MEMBERS.includes(key.toLowerCase())
        ? { path: key, message: `must be sent as the lower-case key '${key.toLowerCase()}' (v2.1 authorization details use type, consent and subscription)`, rank: ProblemRank.Structure }
        : { path: key, message: 'is not a member of an authorization detail (allowed: type, consent, subscription)', rank: ProblemRank.UnknownMember },
    );
}

function requiredMember(detail: Json, key: string): RankedProblem[] {
  const miscased = Object.keys(detail).some((k) => k !== key && k.toLowerCase() === key);
  return detail[key] === undefined && !miscased ? [{ path: key, message: 'is required', rank: ProblemRank.Missing }] : [];
}

function typeProblems(type: unknown): RankedProblem[] {
  if (type === undefined || isConsentRarType(type)) return [];
  const served = Object.values(CONSENT_RAR_TYPES).join(', ');
  return [{ path: 'type', message: `must be one of ${served}`, rank: ProblemRank.Structure }];
}

function consentProblems(type: ConsentRarType, consent: unknown, now: Date): RankedProblem[] {
  if (consent === undefined) return [];
  if (!isJsonObject(consent)) return [{ path: 'consent', message: 'must be an object', rank: ProblemRank.Structure }];
  return validateAs(CONSENT_DTO_BY_TYPE[type], consent, 'consent', now);
}

function subscriptionProblems(subscription: unknown, now: Date): RankedProblem[] {
  if (subscription === undefined) return [];
  if (!isJsonObject(subscription)) return [{ path: 'subscription', message: 'must be an object', rank: ProblemRank.Value }];
  return validateAs(ConsentSubscriptionDto, subscription, 'subscription', now);
}

/**
 * Validates one RAR `authorization_details` entry of a PAR request against the v2.1 schema of
 * its type (standards v2.1-errata2 authorization endpoints) and the hub's rules. Returns [] when
 * valid, otherwise the problems, most important first. `now` is the instant expiry rules use.
 * The consent is validated only once `type` names a v2.1 consent family.
 */
export function validateAuthorizationDetail(detail: unknown, now: Date): RarProblem[] {
  if (!isJsonObject(detail)) return [{ path: '', message: 'each authorization_details entry must be a JSON object with type and consent' }];
  const problems: RankedProblem[] = [
    ...memberProblems(detail),
    ...requiredMember(detail, 'type'),
    ...requiredMember(detail, 'consent'),
    ...typeProblems(detail.type),
    ...(isConsentRarType(detail.type) ? consentProblems(detail.type, detail.consent, now) : []),
    ...subscriptionProblems(detail.subscription, now),
  ];
  // Array.prototype.sort is stable: within a rank, problems keep the document's member order.
  return problems.sort((a, b) => a.rank - b.rank).map(({ path, message }) => ({ path, message }));
}
