import { INSURANCE_LINES, type AEInsurancePolicy, type InsuranceLine } from '@hub/standards';

export { INSURANCE_LINES, type InsuranceLine };

export type InsuranceOperation = 'policies' | 'policy' | 'payment-details';

export type InsurancePermission =
  | 'ReadInsurancePolicies'
  | 'ReadCustomerBasic'
  | 'ReadCustomerDetail'
  | 'ReadCustomerPaymentDetails'
  | 'ReadInsuranceProduct'
  | 'ReadCustomerClaims'
  | 'ReadInsurancePremium';

/**
 * The permission without which an operation must not be called at all: the gateway checks it
 * before asking the LFI (403), since the mapping cannot make a required member optional.
 */
export const INSURANCE_OPERATION_PERMISSION: Readonly<Record<InsuranceOperation, InsurancePermission>> = {
  policies: 'ReadInsurancePolicies',
  policy: 'ReadInsurancePolicies',
  'payment-details': 'ReadCustomerPaymentDetails',
};

/**
 * Members of a policy's Data and the permission each needs, from the standard's descriptions.
 * InsurancePolicyId is always shared; PolicyHolder.Employment further needs ReadCustomerDetail.
 */
export const POLICY_MEMBER_PERMISSION: Readonly<Partial<Record<keyof AEInsurancePolicy, InsurancePermission>>> = {
  PolicyHolder: 'ReadCustomerBasic',
  Identity: 'ReadCustomerDetail',
  Product: 'ReadInsuranceProduct',
  Claims: 'ReadCustomerClaims',
  Premium: 'ReadInsurancePremium',
};

export const EMPLOYMENT_PERMISSION: InsurancePermission = 'ReadCustomerDetail';

export function insuranceOperationAllowed(operation: InsuranceOperation, permissions: readonly string[]): boolean {
  return permissions.includes(INSURANCE_OPERATION_PERMISSION[operation]);
}
