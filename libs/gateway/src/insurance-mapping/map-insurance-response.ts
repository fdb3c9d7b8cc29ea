import type { OzoneInsurancePaymentDetails, OzoneInsurancePolicySummary } from '@hub/ozone-connect';
import type { AEInsurancePaymentDetails, AEInsurancePolicySummary } from '@hub/standards';
import { paginationLinks, type PageContext, type StandardResponse } from '../mapping/index-internal';
import {
  EMPLOYMENT_PERMISSION,
  INSURANCE_OPERATION_PERMISSION,
  POLICY_MEMBER_PERMISSION,
  type InsuranceLine,
  type InsuranceOperation,
} from './permissions';

type Json = Record<string, unknown>;

/** An Ozone Connect insurance 200 answer: lower-case envelope, PascalCase members inside. */
export interface InsuranceOcAnswer {
  data: unknown;
  meta?: Record<string, unknown>;
}

/** Members both documents name (Ozone Connect's and the standard's), so a rename on either side fails to compile. */
type Shared<Oc, Std> = Extract<keyof Oc, keyof Std> & string;

// The standard's schemas are closed: only these members may pass, whatever else the LFI adds.
// PolicyEndDate is the standard's (optional) member that Ozone Connect's summary does not name:
// passed on when an LFI sends it anyway.
const SUMMARY_MEMBERS: readonly (Shared<OzoneInsurancePolicySummary, AEInsurancePolicySummary> | Extract<keyof AEInsurancePolicySummary, 'PolicyEndDate'>)[] = [
  'InsurancePolicyId',
  'PolicyNumber',
  'PolicyStatus',
  'PolicyStartDate',
  'PolicyEndDate',
];
const PAYMENT_MEMBERS: readonly Shared<OzoneInsurancePaymentDetails, AEInsurancePaymentDetails>[] = ['Account', 'Bank', 'AccountType'];

/**
 * An LFI's insurance answer as the standard's `{Data, Links, Meta}`, keeping only what the
 * consent's permissions unlock. Pure: the input is not changed (members are copied, not shared).
 * Throws when the operation's own permission is missing: the gateway must refuse such a call
 * before asking the LFI, and a silent empty answer would hide that bug.
 */
export function mapInsuranceResponse(
  _line: InsuranceLine,
  operation: InsuranceOperation,
  oc: InsuranceOcAnswer,
  ctx: PageContext,
  o: { permissions: string[] },
): StandardResponse {
  const granted = new Set(o.permissions);
  const needed = INSURANCE_OPERATION_PERMISSION[operation];
  if (!granted.has(needed)) throw new Error(`${operation} needs ${needed}: check the consent before calling the LFI`);
  const data = asObject(oc?.data);
  if (operation === 'policies') {
    const policies = Array.isArray(data.Policies) ? data.Policies.map((p) => pick(asObject(p), SUMMARY_MEMBERS)) : [];
    const totalPages = pagesOf(oc?.meta, ctx);
    return {
      Data: { Policies: policies },
      Links: totalPages === undefined ? { Self: ctx.selfUrl } : paginationLinks(ctx, totalPages),
      Meta: { TotalPages: totalPages ?? 1 },
    };
  }
  const Data = operation === 'policy' ? policyData(data, granted) : pick(data, PAYMENT_MEMBERS);
  return { Data, Links: { Self: ctx.selfUrl }, Meta: {} };
}

function policyData(data: Json, granted: Set<string>): Json {
  const out: Json = { InsurancePolicyId: data.InsurancePolicyId };
  for (const [member, permission] of Object.entries(POLICY_MEMBER_PERMISSION)) {
    if (data[member] !== undefined && granted.has(permission)) out[member] = clone(data[member]);
  }
  // Employment sits inside PolicyHolder but is Detail data: Basic alone shares the person, not the job.
  const holder = out.PolicyHolder as Json | undefined;
  if (holder && !granted.has(EMPLOYMENT_PERMISSION)) delete holder.Employment;
  return out;
}

/** The LFI's page count; undefined when it did not page (then one page and only a Self link). */
function pagesOf(meta: Json | undefined, ctx: PageContext): number | undefined {
  const pages = meta?.totalPages;
  if (typeof pages === 'number' && Number.isFinite(pages) && pages >= 0) return Math.max(1, Math.ceil(pages));
  const records = meta?.totalRecords;
  if (typeof records === 'number' && Number.isFinite(records) && records >= 0 && ctx.pageSize > 0) return Math.max(1, Math.ceil(records / ctx.pageSize));
  return undefined;
}

function pick(source: Json, members: readonly string[]): Json {
  const out: Json = {};
  for (const m of members) if (source[m] !== undefined) out[m] = clone(source[m]);
  return out;
}

function asObject(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
