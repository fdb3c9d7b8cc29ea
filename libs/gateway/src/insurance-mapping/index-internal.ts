/**
 * Ozone Connect → Insurance v2.1 (policies, one policy, payment details): pure response mapping
 * filtered by the consent's permissions. Errors map like bank data (`mapOzoneError`).
 */
export { mapInsuranceResponse } from './map-insurance-response';
export type { InsuranceOcAnswer } from './map-insurance-response';
export {
  EMPLOYMENT_PERMISSION,
  INSURANCE_LINES,
  INSURANCE_OPERATION_PERMISSION,
  insuranceOperationAllowed,
  POLICY_MEMBER_PERMISSION,
} from './permissions';
export type { InsuranceLine, InsuranceOperation, InsurancePermission } from './permissions';
export { mapOzoneError } from '../mapping/index-internal';
export type { PageContext } from '../mapping/index-internal';
