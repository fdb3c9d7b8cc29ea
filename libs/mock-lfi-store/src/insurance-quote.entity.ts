import { jsonColumn } from '@hub/persistence';
import type { INSURANCE_ACCEPTED_STATUSES, INSURANCE_QUOTE_STATUSES } from '@hub/standards';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { InsuranceLine } from '@hub/mock-lfi-data';
import { deskQuoteColumns } from './desk-step-columns';

/**
 * QuoteStatus of an insurance quote (AEInsuranceQuoteReadResponseProperties). The desk never
 * produces Pending (it prices at once), Rejected, CustomerCancelled or LFICancelled; they are
 * listed because a quote read answers any of them.
 */
export type InsuranceQuoteStatus = (typeof INSURANCE_QUOTE_STATUSES)[number];

/** The statuses a TPP accepts a quote with (AEInsuranceAcceptedByUserQuoteStatusCodes). */
export type InsuranceQuoteAcceptedStatus = (typeof INSURANCE_ACCEPTED_STATUSES)[number];

/** AEInsuranceEmirate: where a policy is issued (PolicyCountrySubDivision). */
export type InsuranceEmirate = 'AbuDhabi' | 'Ajman' | 'Dubai' | 'Fujairah' | 'RasAlKhaimah' | 'Sharjah' | 'UmmAlQuwain';

/**
 * The members of the quote that never change after pricing, in the Ozone Connect (PascalCase)
 * shape of AEInsuranceQuoteProperties without the identifiers and dates (own columns): PlanName,
 * LevelOfCover, Premium, Commission, PolicyCover, ServiceRating, PolicyIssuanceAllowed …
 */
export type InsuranceQuoteOffer = Record<string, unknown>;

/** What the policy issued from the quote will be: its term and where it is issued. */
export interface InsuranceQuotePolicyPlan {
  /** ISO 8601 years and months (`P1Y`, `P20Y`, `P1M`), as the quote log's PolicyTerm. */
  policyTerm: string;
  /** Days covered when the policy is shorter than a year (a single trip); absent otherwise. */
  termDays?: number;
  countrySubDivision: InsuranceEmirate;
}

/** What the TPP sent when the user accepted (PATCH), kept for the Completed log. */
export interface InsuranceQuoteAcceptance {
  InsuranceSubType: string;
  CustomerSalary?: 'Under4K' | 'Over4K';
}

/**
 * A quote of the mock insurer's quote desk. Quotes belong to one tenant and one calling TPP
 * (`o3-caller-client-id`): no other TPP can read, accept or buy them. The owner, status, dates and
 * next step (Expired, ApplicationApproved … Completed) are the columns every desk quote has
 * (deskQuoteColumns).
 */
@Entity('mock_lfi_insurance_quotes')
@Index('IDX_mock_lfi_insurance_quotes_next_step', ['nextStepAt'])
@Index('IDX_mock_lfi_insurance_quotes_owner', ['tenantId', 'callerClientId'])
export class InsuranceQuoteEntity extends deskQuoteColumns<InsuranceQuoteStatus>(24) {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  quoteId: string;

  @Column({ type: 'varchar', length: 16 })
  line: InsuranceLine;

  /** The insurer's customer the TPP asked for: a PSU's userId when the customer is known. */
  @Column({ type: 'varchar', length: 128 })
  customerId: string;

  @Column({ type: 'varchar', length: 140 })
  quoteReference: string;

  @Column(jsonColumn())
  offer: InsuranceQuoteOffer;

  @Column(jsonColumn())
  plan: InsuranceQuotePolicyPlan;

  @Column(jsonColumn({ nullable: true }))
  acceptance: InsuranceQuoteAcceptance | null;

  /** The policy issued from the quote (POST /{line}-insurance-policies), once requested. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  insurancePolicyId: string | null;
}
