export { ocPolicyStatusOf } from './policy-status';
export type { OcPolicyStatus } from './policy-status';
export { policyDetailOf, policyNumberOf, policyPaymentDetailsOf, policySummaryOf } from './policy-views';
export type { OcPolicySummary, PolicyRecord } from './policy-views';
