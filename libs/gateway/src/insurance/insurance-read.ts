import { ApiError } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';
import { InsuranceLine, InsuranceOperation, insuranceOperationAllowed, mapInsuranceResponse, INSURANCE_OPERATION_PERMISSION } from '../insurance-mapping/index-internal';
import type { ConsentedRead } from '../pipeline/consented-read-pipeline';

const base = '/open-finance/insurance/v2.1';

/**
 * The permissions an insurance consent grants for one line: v2.1 insurance consents carry
 * `Permissions: [{InsuranceType: 'Motor', Permissions: [...]}, …]`, one entry per line.
 */
export function linePermissions(consent: ConsentRecord, line: InsuranceLine): string[] {
  const entries = (consent.consentBody.Data.Permissions as { InsuranceType?: string; Permissions?: string[] }[] | undefined) ?? [];
  return entries.filter((e) => e?.InsuranceType?.toLowerCase() === line).flatMap((e) => e.Permissions ?? []);
}

/** Step 2 for insurance, once the consent may be read at all (pipeline/consent-read-rule): the line and operation permitted, the policy among the selected ones. */
export function insuranceAccess(consent: ConsentRecord, line: InsuranceLine, operation: InsuranceOperation, policyId?: string): string[] {
  const permissions = linePermissions(consent, line);
  if (!insuranceOperationAllowed(operation, permissions)) {
    throw new ApiError(403, 'AccessToken.InvalidScope', `the consent lacks ${INSURANCE_OPERATION_PERMISSION[operation]} for ${line} insurance`);
  }
  if (policyId !== undefined && !(consent.insurancePolicyIds ?? []).includes(policyId)) {
    throw new ApiError(403, 'AccessToken.InvalidScope', `policy ${policyId} is not part of the consent`);
  }
  return permissions;
}

/** An Insurance v2.1 policy read described for the consented-read pipeline. */
export function insuranceRead(line: InsuranceLine, operation: InsuranceOperation, policyId?: string): ConsentedRead<string[]> {
  const collection = `/${line}-insurance-policies`;
  const tail = operation === 'policies' ? '' : operation === 'policy' ? '/{InsurancePolicyId}' : '/{InsurancePolicyId}/payment-details';
  return {
    scope: 'insurance',
    consentType: 'cbuae-insurance-consents',
    tppPath: `${base}${collection}${tail}`,
    ocPath: `${collection}${tail.replace('{InsurancePolicyId}', encodeURIComponent(policyId ?? ''))}`,
    paginated: operation === 'policies',
    access: (consent) => insuranceAccess(consent, line, operation, policyId),
    ocQuery: (consent) => (operation === 'policies' ? { insurancePolicyIds: (consent.insurancePolicyIds ?? []).join(',') } : {}),
    map: (answer, page, permissions) => mapInsuranceResponse(line, operation, answer as never, page, { permissions }),
  };
}
