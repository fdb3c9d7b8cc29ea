import type { MockInsuranceDeskConfig } from '../settings/desk-settings';
import type { Clock } from '@hub/kernel';
import { findInsurancePolicy, insuranceQuoteSteps, StepCannotBeSent, type InsuranceQuoteEntity } from '@hub/mock-lfi-store';
import { type LfiProfile } from '@hub/mock-lfi-data';
import type { DataSource } from 'typeorm';
import type { HubLogSender } from '../desk-steps/hub-log-sender';
import { QuoteLifecycle } from '../desk-steps/quote-lifecycle';
import { retryDelayMs, stepAfter } from './insurance-quote-steps';
import { insuranceQuoteLogPatch, type InsuranceQuoteLogPatch, type IssuedPolicy, type QuoteLogStatus } from './quote-log-patches';

/** Tells the hub about a step of a quote (`PATCH /insurance-quote-log/{QuoteId}`); tests record instead. */
export type InsuranceQuoteLogSender = HubLogSender<InsuranceQuoteLogPatch>;
export const INSURANCE_QUOTE_LOG_SENDER = Symbol('INSURANCE_QUOTE_LOG_SENDER');

/**
 * Moves quotes through the insurer's part of their life: Expired when an Available quote runs
 * out, and ApplicationApproved → PaymentRequired → PolicyIssued → Completed after the policy was
 * requested. The due steps are rows (InsuranceQuoteEntity `nextStatus`/`nextStepAt`); a step
 * becomes the quote's status only once the hub's Consent Manager recorded it (QuoteLifecycle).
 */
export class InsuranceQuoteLifecycle extends QuoteLifecycle<InsuranceQuoteEntity> {
  constructor(db: DataSource, config: MockInsuranceDeskConfig, profile: LfiProfile, send: InsuranceQuoteLogSender, clock: Clock) {
    super(db, insuranceQuoteSteps, clock, {
      name: 'insurance quote lifecycle',
      step: 'an insurance quote step',
      send: async (row) => send(row.tenantId, row.quoteId, logPatchOf(row, await issuedPolicyOf(db, profile, row))),
      stepAfter: (status, now) => stepAfter(status, config, now),
      retryDelayMs,
      describe: (row) => ({ tenantId: row.tenantId, quoteId: row.quoteId, status: row.nextStatus }),
    });
  }
}

/** The body of the claimed step; a step that cannot be described never will be, so it is dropped. */
function logPatchOf(row: InsuranceQuoteEntity, issued: IssuedPolicy | undefined): InsuranceQuoteLogPatch {
  try {
    return insuranceQuoteLogPatch(row, row.nextStatus as QuoteLogStatus, issued);
  } catch (e) {
    throw new StepCannotBeSent((e as Error).message, { cause: e });
  }
}

async function issuedPolicyOf(db: DataSource, profile: LfiProfile, row: InsuranceQuoteEntity): Promise<IssuedPolicy | undefined> {
  if (!row.insurancePolicyId) return undefined;
  const policy = await findInsurancePolicy(db, row.tenantId, row.insurancePolicyId);
  const insurerName = profile.tenants.find((t) => t.id === row.tenantId)?.name ?? row.tenantId;
  return policy ? { policy, insurerName } : undefined;
}
