import { ConsentIdentifier, DateTimeWithTimezone, FullDate } from '../common/validation/format-decorators';
import { ArrayOf, EachOneOf, NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { AtMostOneYearAhead, InTheFuture, NotBeforeDate } from '../common/validation/time-decorators';
import { OnBehalfOfDto } from './on-behalf-of.dto';
import { ACCOUNT_SUB_TYPE_CODES, ACCOUNT_TYPE_CODES, BANK_DATA_SHARING_BILLING_PURPOSES, BANK_DATA_SHARING_PERMISSION_CODES } from './rar-codes';

/** AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingOpenFinanceBilling */
export class BankDataSharingOpenFinanceBillingDto {
  @Required() @OneOf(ACCOUNT_TYPE_CODES, 'UserType') UserType: string;
  @Required() @OneOf(BANK_DATA_SHARING_BILLING_PURPOSES, 'Purpose') Purpose: string;
}

/**
 * `consent` of AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingAuthorizationDetailsProperties
 * (type urn:openfinanceuae:account-access-consent:v2.1). Every member is validated precisely.
 * TransactionFromDateTime/TransactionToDateTime are not members in v2.1-errata2 and are refused
 * with a pointer to FromDate/ToDate.
 */
export class BankDataSharingConsentDto {
  @Required() @ConsentIdentifier() ConsentId: string;

  /** Renewals and re-consents point at the root consent of their chain. */
  @Optional() @ConsentIdentifier() BaseConsentId?: string;

  @Required()
  @ArrayOf({ min: 1, unique: true })
  @EachOneOf(BANK_DATA_SHARING_PERMISSION_CODES, 'AEBankDataSharingConsentPermissionCodes')
  Permissions: string[];

  @Required() @DateTimeWithTimezone() @InTheFuture() @AtMostOneYearAhead() ExpirationDateTime: string;

  @Optional() @FullDate() FromDate?: string;

  /** A query period that ends before it starts selects nothing: refused (hub rule). */
  @Optional() @FullDate() @NotBeforeDate('FromDate') ToDate?: string;

  @Optional() @ArrayOf() @EachOneOf(ACCOUNT_TYPE_CODES, 'AEExternalAccountTypeCode') AccountType?: string[];

  @Optional() @ArrayOf() @EachOneOf(ACCOUNT_SUB_TYPE_CODES, 'AEExternalAccountSubTypeCode') AccountSubType?: string[];

  @Optional() @NestedObject(() => OnBehalfOfDto) OnBehalfOf?: OnBehalfOfDto;

  @Required() @NestedObject(() => BankDataSharingOpenFinanceBillingDto) OpenFinanceBilling: BankDataSharingOpenFinanceBillingDto;
}
