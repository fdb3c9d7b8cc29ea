import { policyNumberOf } from '@hub/mock-lfi-data';
import { type InsurancePolicyEntity, type InsuranceQuoteEntity } from '@hub/mock-lfi-store';
import { totalPolicyPremium } from './policy-term';
import { policyScheduleDocument } from './policy-schedule';
import { aedAmount, filsOf } from './pricing/quote-money';

/** The statuses the insurer itself moves a quote to (Consent Manager `PATCH /insurance-quote-log/{logId}`). */
export type QuoteLogStatus = 'Expired' | 'ApplicationApproved' | 'PaymentRequired' | 'PolicyIssued' | 'Completed';

/**
 * One body of the insurance quote log: AEInsuranceQuoteEventTerminalStatus (Expired),
 * AEInsuranceQuoteEventPendingCompletionStatus (ApplicationApproved, PaymentRequired,
 * PolicyIssued) or AEInsuranceQuoteEventCompletedStatus.
 */
export type InsuranceQuoteLogPatch = { QuoteStatus: QuoteLogStatus } & Record<string, unknown>;

type Amount = { Currency: string; Amount: string };

/** What the steps after a policy request need besides the quote: the issued policy and the insurer's name. */
export interface IssuedPolicy {
  policy: InsurancePolicyEntity;
  insurerName: string;
}

export function insuranceQuoteLogPatch(row: InsuranceQuoteEntity, status: QuoteLogStatus, issued?: IssuedPolicy): InsuranceQuoteLogPatch {
  if (status === 'Expired') return { QuoteStatus: status, Reason: `The quote was not accepted before it expired at ${row.expirationDateTime}` };
  if (status === 'ApplicationApproved' || status === 'PaymentRequired') return { QuoteStatus: status };
  if (!issued) throw new Error(`quote ${row.quoteId} has no issued policy for its ${status} step`);
  return status === 'PolicyIssued' ? policyIssuedPatch(row, issued) : completedPatch(row, issued.policy);
}

/** The schedule goes to the customer through the broker only when the quote allows it. */
function policyIssuedPatch(row: InsuranceQuoteEntity, { policy, insurerName }: IssuedPolicy): InsuranceQuoteLogPatch {
  const allowed = row.offer.PolicyIssuanceAllowed as { PolicyDocuments: boolean };
  if (!allowed.PolicyDocuments) return { QuoteStatus: 'PolicyIssued' };
  const premium = row.offer.Premium as Record<string, Amount>;
  const number = policyNumberOf(policy);
  const schedule = policyScheduleDocument(`${number}-schedule.pdf`, [
    `${insurerName} - Policy Schedule`,
    `Policy number: ${number}`,
    `Plan: ${String(row.offer.PlanName)}`,
    `Customer: ${policy.userId}`,
    `Period of cover: ${policy.startDate} to ${policy.endDate}`,
    `Premium: AED ${premium.PremiumAmountExcludingVAT.Amount} excluding VAT, VAT AED ${premium.VATAmount.Amount}, total AED ${premium.TotalPremiumAmount.Amount}`,
    `Quote ${row.quoteId} (reference ${row.quoteReference})`,
  ]);
  return { QuoteStatus: 'PolicyIssued', BrokerInstructions: [{ ActionRequired: 'Issue the policy schedule to the customer' }], Documents: [schedule] };
}

/** The final record of the sale: term, premium, commission and where the policy was issued. */
function completedPatch(row: InsuranceQuoteEntity, policy: InsurancePolicyEntity): InsuranceQuoteLogPatch {
  const premium = row.offer.Premium as Record<string, Amount>;
  const commission = row.offer.Commission as { CommissionAmount: Amount; PaymentMethod: string };
  const salary = row.acceptance?.CustomerSalary;
  return {
    QuoteStatus: 'Completed',
    PolicyStartDate: policy.startDate,
    PolicyEndDate: policy.endDate,
    PolicyTerm: row.plan.policyTerm,
    Premium: {
      OneYearPremiumExcludingVAT: premium.PremiumAmountExcludingVAT,
      VATAmount: premium.VATAmount,
      TotalOneYearPremium: premium.TotalPremiumAmount,
      TotalPolicyPremium: aedAmount(totalPolicyPremium(filsOf(premium.TotalPremiumAmount.Amount), row.plan)),
    },
    ...(salary ? { CustomerSalary: salary } : {}),
    Commission: { CommissionAmount: commission.CommissionAmount, PaymentMethod: commission.PaymentMethod },
    // The insurer collects the premium before it completes the sale.
    CustomerPaidInFull: true,
    PolicyCountrySubDivision: row.plan.countrySubDivision,
  };
}
