import { ConsentIdentifier, DateTimeWithTimezone } from '../common/validation/format-decorators';
import { ArrayOf, EachOneOf, NestedArray, NestedObject, OneOf, Optional, Required, UniqueBy } from '../common/validation/shape-decorators';
import { AtMostOneYearAhead, InTheFuture } from '../common/validation/time-decorators';
import { OnBehalfOfDto } from './on-behalf-of.dto';
import { INSURANCE_BILLING_PURPOSES, INSURANCE_PERMISSION_CODES, INSURANCE_TYPES } from './rar-codes';

/** AEInsurance.AEConsentPermissions: the permission codes are qualified by an insurance type. */
export class InsuranceConsentPermissionsDto {
  @Required() @OneOf(INSURANCE_TYPES, 'InsuranceType') InsuranceType: string;

  @Required() @ArrayOf({ min: 1, unique: true }) @EachOneOf(INSURANCE_PERMISSION_CODES, 'AEConsentPermissionCodes') Permissions: string[];
}

/** AEInsurance.AEInsuranceOpenFinanceBillingPurposeProperties (IsLargeCorporate exists only on the stored consent). */
export class InsuranceOpenFinanceBillingDto {
  @Required() @OneOf(INSURANCE_BILLING_PURPOSES, 'Purpose') Purpose: string;
}

/**
 * `consent` of AEInsuranceDataSharingRichAuthorizationRequestsV21.AEInsuranceDataSharingAuthorizationDetailsProperties
 * (type urn:openfinanceuae:insurance-consent:v2.1), defined in the authorization-endpoints
 * document itself. Every member is validated precisely.
 */
export class InsuranceDataSharingConsentDto {
  @Required() @ConsentIdentifier() ConsentId: string;

  @Optional() @ConsentIdentifier() BaseConsentId?: string;

  /** One entry per insurance type (hub rule: a type twice would leave its permissions ambiguous). */
  @Required()
  @NestedArray(() => InsuranceConsentPermissionsDto, { min: 1 })
  @UniqueBy((p: { InsuranceType?: unknown }) => p.InsuranceType, 'InsuranceType')
  Permissions: InsuranceConsentPermissionsDto[];

  @Required() @NestedObject(() => InsuranceOpenFinanceBillingDto) OpenFinanceBilling: InsuranceOpenFinanceBillingDto;

  @Required() @DateTimeWithTimezone() @InTheFuture() @AtMostOneYearAhead() ExpirationDateTime: string;

  @Optional() @NestedObject(() => OnBehalfOfDto) OnBehalfOf?: OnBehalfOfDto;
}
