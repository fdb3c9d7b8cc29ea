import { CompactJwe, ConsentIdentifier, DateTimeWithTimezone, MatchingPattern, Text } from '../common/validation/format-decorators';
import { ArrayOf, EachOneOf, Flag, NestedObject, Optional, Required } from '../common/validation/shape-decorators';
import { AtMostOneYearAhead, InTheFuture, NotAfter } from '../common/validation/time-decorators';
import { ControlParametersDto } from '../payments/consent-schedule.dto';
import { CurrencyRequestDto } from '../payments/currency-request.dto';
import { PAYMENT_PURPOSE_CODE } from '../payments/payment-codes';
import { BANK_SERVICE_INITIATION_PERMISSION_CODES } from './rar-codes';

/** AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationSponsoredTPPInformation */
export class SponsoredTppInformationDto {
  @Required() @Text(1, 50) Name: string;
  @Required() @Text(1, 50) Identification: string;
}

/**
 * `consent` of AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationAuthorizationDetailsProperties,
 * i.e. AEBankServiceInitiationConsentProperties (type urn:openfinanceuae:service-initiation-consent:v2.1).
 * Validated precisely down to the schedules and amounts; PersonalIdentifiableInformation only
 * as a compact JWE (its content is encrypted for the LFI).
 */
export class BankServiceInitiationConsentDto {
  @Required() @CompactJwe() PersonalIdentifiableInformation: string;

  @Required() @NestedObject(() => ControlParametersDto) ControlParameters: ControlParametersDto;

  @Required() @ConsentIdentifier() ConsentId: string;

  @Optional() @ConsentIdentifier() BaseConsentId?: string;

  /** The consent must be authorised by a single authoriser at the LFI (no multi-authorisation). */
  @Optional() @Flag() IsSingleAuthorization?: boolean;

  /** Hub rules: a deadline already past, or later than the consent itself, cannot be met. */
  @Optional() @DateTimeWithTimezone() @InTheFuture() @NotAfter('ExpirationDateTime') AuthorizationExpirationDateTime?: string;

  @Required() @DateTimeWithTimezone() @InTheFuture() @AtMostOneYearAhead() ExpirationDateTime: string;

  /** Balance checks on the debtor account; the document sets no minItems, non-empty is a hub rule. */
  @Optional()
  @ArrayOf({ min: 1, unique: true })
  @EachOneOf(BANK_SERVICE_INITIATION_PERMISSION_CODES, 'AEBankServiceInitiationConsentPermissionCodes')
  Permissions?: string[];

  @Optional() @NestedObject(() => CurrencyRequestDto) CurrencyRequest?: CurrencyRequestDto;

  @Optional() @Text(1, 35) DebtorReference?: string;

  @Optional() @Text(1, 35) CreditorReference?: string;

  @Required() @MatchingPattern(PAYMENT_PURPOSE_CODE) PaymentPurposeCode: string;

  @Optional() @NestedObject(() => SponsoredTppInformationDto) SponsoredTPPInformation?: SponsoredTppInformationDto;
}
