import type { MockInsuranceDeskConfig } from '../settings/desk-settings';
import { ApiError, type Clock } from '@hub/kernel';
import { acceptInsuranceQuote, findInsuranceQuote, findPsu, insertInsuranceQuotes, issueInsuranceQuotePolicy, type InsuranceQuoteEntity, type InsuranceQuoteOwner } from '@hub/mock-lfi-store';
import { type InsuranceLine, type LfiProfile } from '@hub/mock-lfi-data';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { INSURANCE_LINES } from '@hub/standards';
import { stepAfterPolicyRequest } from './insurance-quote-steps';
import { policyDatesOf } from './policy-term';
import { policyRequestOf, postIssuanceResponseOf, type PostIssuance } from './policy-request';
import { uaeDateOf } from './pricing/calendar';
import { isDeclined } from './pricing/line-quote';
import { acceptanceDifferences, quoteAcceptanceOf, storedAcceptanceOf } from './quote-acceptance';
import { pricedPlans } from './quote-offer';
import { quoteRequestOf } from './quote-request';

/** Who asks: the TPP behind the hub's call (o3 headers) and the hub's interaction id. */
export interface InsuranceQuoteCaller extends InsuranceQuoteOwner {
  callerOrgId: string;
  interactionId: string;
}

export interface RequestedPolicy {
  insurancePolicyId: string;
  postIssuance?: PostIssuance;
}

/** A request the schema allows but the insurer's rules refuse (the quote's state, a mismatch, an unknown customer). */
function ruleViolation(message: string, path: string): ApiError {
  return ApiError.badRequest(message, path, 'Consent.BusinessRuleViolation');
}

const QUOTE_PATH = /\/([a-z]+)-insurance-(?:quotes|policies)(?:\/|$)/;

/**
 * The insurer's quote desk: prices quotes for the seven lines, keeps them per tenant and TPP,
 * takes acceptances and issues the policy of an accepted quote. What happens after the policy
 * request is the lifecycle's (InsuranceQuoteLifecycle).
 */
export class InsuranceQuoteDesk {
  constructor(
    private readonly db: DataSource,
    private readonly config: MockInsuranceDeskConfig,
    private readonly profile: LfiProfile,
    private readonly clock: Clock,
  ) {}

  /** The line of the path; banks (and unknown tenants) have no quote desk, like an unknown path. */
  lineOf(tenantId: string, path: string): InsuranceLine {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    const line = QUOTE_PATH.exec(path)?.[1] as InsuranceLine | undefined;
    if (tenant?.sector !== 'insurance' || !line || !INSURANCE_LINES.includes(line)) throw ApiError.notFound(`No insurance quote desk at '${tenantId}'`);
    return line;
  }

  /** New Available quotes (an Essential and a Plus plan), or undefined when the desk declines the risk (204). */
  async quote(caller: InsuranceQuoteCaller, line: InsuranceLine, body: unknown): Promise<InsuranceQuoteEntity[] | undefined> {
    const now = this.clock.now();
    const request = quoteRequestOf(line, body, uaeDateOf(now));
    if (isDeclined(request.quote)) return undefined;
    const plans = pricedPlans(request.quote, { line, tenantId: caller.tenantId, commissionBps: this.config.commissionBps, issuanceRequest: request.policyIssuanceRequest });
    const expiresAt = new Date(now.getTime() + this.config.quoteTtlSeconds * 1000);
    return insertInsuranceQuotes(
      this.db,
      plans.map(({ offer, plan }) => ({
        quoteId: randomUUID(),
        tenantId: caller.tenantId,
        callerOrgId: caller.callerOrgId,
        callerClientId: caller.callerClientId,
        line,
        customerId: request.customerId,
        quoteReference: request.quoteReference,
        offer,
        plan,
        interactionId: caller.interactionId,
        createdAt: now,
        expiresAt,
      })),
    );
  }

  /** The caller's quote of the line; another TPP's quote, another line's and an unknown id look the same (404). */
  async read(owner: InsuranceQuoteOwner, line: InsuranceLine, quoteId: string): Promise<InsuranceQuoteEntity> {
    const row = await findInsuranceQuote(this.db, owner, quoteId);
    if (!row || row.line !== line) throw ApiError.notFound(`No ${line} insurance quote '${quoteId}' of this TPP at '${owner.tenantId}'`);
    return row;
  }

  /** Available → ApplicationPending or KYCCaptured when the TPP replays the quote before it expires. */
  async accept(owner: InsuranceQuoteOwner, line: InsuranceLine, quoteId: string, body: unknown): Promise<InsuranceQuoteEntity> {
    const acceptance = quoteAcceptanceOf(line, body);
    const row = await this.read(owner, line, quoteId);
    const now = this.clock.now();
    refuseUnacceptable(row, now);
    const differences = acceptanceDifferences(row, acceptance);
    if (differences.length) throw ruleViolation(`The acceptance must replay quote ${quoteId} as offered: ${differences.join('; ')}`, 'data');
    if (await acceptInsuranceQuote(this.db, owner, quoteId, now, acceptance.QuoteStatus, storedAcceptanceOf(acceptance))) return this.read(owner, line, quoteId);
    // The quote changed between the read and the write (expired, or accepted by a concurrent call).
    refuseUnacceptable(await this.read(owner, line, quoteId), this.clock.now());
    throw ruleViolation(`Quote ${quoteId} changed while it was being accepted`, 'data.QuoteStatus');
  }

  /** Issues the policy of an accepted quote to the quote's customer, who must be a customer of the insurer. */
  async requestPolicy(owner: InsuranceQuoteOwner, line: InsuranceLine, body: unknown): Promise<RequestedPolicy> {
    const request = policyRequestOf(body);
    const row = await findInsuranceQuote(this.db, owner, request.QuoteId);
    // Another TPP's quote, another line's and an unknown id look the same.
    if (!row || row.line !== line) throw ruleViolation(`QuoteId ${request.QuoteId} is not a ${line} insurance quote of this TPP at '${owner.tenantId}'`, 'data.QuoteId');
    refuseUnissuable(row);
    const psu = await findPsu(this.db, owner.tenantId, row.customerId);
    if (!psu) {
      throw ruleViolation(
        `CustomerId '${row.customerId}' of quote ${row.quoteId} is not a customer of this insurer: a policy can only be issued to a known customer (the userId of one of its users); ask for a new quote with that CustomerId`,
        'data.QuoteId',
      );
    }
    const now = this.clock.now();
    const { startDate, endDate } = policyDatesOf(row.plan, uaeDateOf(now));
    const premium = row.offer.Premium as { PremiumAmountExcludingVAT: { Amount: string } };
    const insurancePolicyId = randomUUID();
    const policy = { insurancePolicyId, userId: psu.userId, line, status: 'Active' as const, startDate, endDate, premiumAmount: premium.PremiumAmountExcludingVAT.Amount, currency: 'AED' as const, createdAt: now };
    if (!(await issueInsuranceQuotePolicy(this.db, owner, row.quoteId, policy, stepAfterPolicyRequest(this.config, now)))) {
      refuseUnissuable((await findInsuranceQuote(this.db, owner, row.quoteId))!);
      throw ruleViolation(`Quote ${row.quoteId} changed while its policy was being issued`, 'data.QuoteId');
    }
    return { insurancePolicyId, ...(request.PostIssuanceRequest ? { postIssuance: postIssuanceResponseOf(request.PostIssuanceRequest) } : {}) };
  }
}

function refuseUnacceptable(row: InsuranceQuoteEntity, now: Date): void {
  if (row.status !== 'Available') throw ruleViolation(`Quote ${row.quoteId} is ${row.status}: only an Available quote can be accepted`, 'data.QuoteStatus');
  if (now.toISOString() >= row.expirationDateTime) throw ruleViolation(`Quote ${row.quoteId} expired at ${row.expirationDateTime}: ask for a new quote`, 'data.QuoteStatus');
}

function refuseUnissuable(row: InsuranceQuoteEntity): void {
  if (row.insurancePolicyId) throw ruleViolation(`Quote ${row.quoteId} already has its policy ${row.insurancePolicyId}`, 'data.QuoteId');
  if (row.status !== 'ApplicationPending' && row.status !== 'KYCCaptured') {
    throw ruleViolation(`Quote ${row.quoteId} is ${row.status}: a policy needs an accepted quote (QuoteStatus ApplicationPending or KYCCaptured)`, 'data.QuoteId');
  }
}
