import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsObject, IsUUID } from 'class-validator';
import { SubscriptionDto } from '../common/event-subscription.dto';
import { DateTimeWithTimezone, Text } from '../common/validation/format-decorators';
import { Flag, NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { CUSTOMER_SALARY_BANDS, INSURANCE_ACCEPTED_STATUSES, INSURANCE_LINES, INSURANCE_QUOTE_TYPES, type InsuranceLine } from './insurance-codes';
import { QUOTE_REQUEST_MEMBERS, titleOf } from './quote-request-members';

class PolicyIssuanceRequestDto {
  @ApiProperty() @Required() @Flag() CustomerVerification: boolean;
  @ApiProperty() @Required() @Flag() Payment: boolean;
  @ApiProperty() @Required() @Flag() PolicyDocuments: boolean;
}

/** The members every line's quote request shares. */
class QuoteRequestCommonDto {
  @ApiProperty({ description: "The insurer's customer id (in the sandbox: the user id of a seeded customer of the insurer)" })
  @Required()
  @Text(1)
  CustomerId: string;

  @ApiProperty({ description: 'The TPP\'s own reference of the quote' })
  @Required()
  @Text(1)
  QuoteReference: string;

  @ApiProperty({ enum: INSURANCE_QUOTE_TYPES })
  @Required()
  @OneOf(INSURANCE_QUOTE_TYPES, 'QuoteType')
  QuoteType: string;

  @ApiProperty({ type: PolicyIssuanceRequestDto })
  @Required()
  @NestedObject(() => PolicyIssuanceRequestDto)
  PolicyIssuanceRequest: PolicyIssuanceRequestDto;

  @ApiProperty({ type: Object, description: 'The line\'s policy properties' })
  @IsObject()
  Policy: Record<string, unknown>;
}

/**
 * AE{Line}InsuranceQuoteRequestProperties: the common members and the line's own, declared from
 * QUOTE_REQUEST_MEMBERS so that validation and the OpenAPI document come from one table.
 */
function quoteRequestDataDto(line: InsuranceLine): typeof QuoteRequestCommonDto {
  const dto = { [`${titleOf(line)}InsuranceQuoteRequestDataDto`]: class extends QuoteRequestCommonDto {} }[`${titleOf(line)}InsuranceQuoteRequestDataDto`];
  for (const [name, member] of Object.entries(QUOTE_REQUEST_MEMBERS[line])) {
    const decorators = [
      member.required ? ApiProperty({ type: member.shape === 'array' ? [Object] : Object }) : ApiPropertyOptional({ type: member.shape === 'array' ? [Object] : Object }),
      ...(member.required ? [Required()] : [Optional()]),
      member.shape === 'array' ? IsArray() : IsObject(),
    ];
    for (const decorate of decorators) decorate(dto.prototype, name);
  }
  return dto;
}

/** AECreate{Line}InsuranceQuoteRequestBody1 per line: `{Data}` (JSON body, or the `message` of a signed one). */
function createQuoteRequestDto(line: InsuranceLine) {
  const data = quoteRequestDataDto(line);
  class CreateQuoteRequestDto {
    @ApiProperty({ type: data })
    @Required()
    @NestedObject(() => data)
    Data: Record<string, unknown>;
  }
  Object.defineProperty(CreateQuoteRequestDto, 'name', { value: `Create${titleOf(line)}InsuranceQuoteRequestDto` });
  return CreateQuoteRequestDto;
}

export const CREATE_QUOTE_REQUEST_DTOS = Object.fromEntries(INSURANCE_LINES.map((l) => [l, createQuoteRequestDto(l)])) as Record<InsuranceLine, ReturnType<typeof createQuoteRequestDto>>;

class AcceptQuoteDataDto {
  /** AEInsuranceAcceptedByUserQuoteStatusCodes: the statuses a TPP may set. */
  @ApiProperty({ enum: INSURANCE_ACCEPTED_STATUSES })
  @Required()
  @OneOf(INSURANCE_ACCEPTED_STATUSES, 'AEInsuranceAcceptedByUserQuoteStatusCodes')
  QuoteStatus: string;

  @ApiProperty() @Required() @Text(1) QuoteReference: string;
  @ApiProperty({ minLength: 1, maxLength: 140 }) @Required() @Text(1, 140) InsuranceSubType: string;
  @ApiProperty({ type: Object }) @IsObject() Premium: Record<string, unknown>;
  @ApiProperty({ type: Object }) @IsObject() Commission: Record<string, unknown>;
  @ApiPropertyOptional({ enum: CUSTOMER_SALARY_BANDS, description: 'Required for health' }) @Optional() @OneOf(CUSTOMER_SALARY_BANDS, 'CustomerSalary') CustomerSalary?: string;
  @ApiProperty({ format: 'date-time' }) @Required() @DateTimeWithTimezone() QuoteCreationDateTime: string;
  @ApiPropertyOptional({ format: 'date-time' }) @Optional() @DateTimeWithTimezone() ExpirationDateTime?: string;
  @ApiPropertyOptional({ type: PolicyIssuanceRequestDto }) @Optional() @NestedObject(() => PolicyIssuanceRequestDto) PolicyIssuanceRequest?: PolicyIssuanceRequestDto;
  @ApiPropertyOptional({ type: [Object] }) @Optional() @IsArray() Documents?: unknown[];
  @ApiPropertyOptional({ type: Object }) @Optional() @IsObject() VerifiedDetails?: Record<string, unknown>;
}

/** Update{Line}InsuranceQuoteStatusMessageProperties: accept the quote and/or change the subscription. */
export class UpdateInsuranceQuoteRequestDto {
  @ApiPropertyOptional({ type: AcceptQuoteDataDto, description: 'Required to accept; may be left out when only the Subscription changes' })
  @Optional()
  @NestedObject(() => AcceptQuoteDataDto)
  Data?: AcceptQuoteDataDto;

  @ApiPropertyOptional({ type: SubscriptionDto })
  @Optional()
  @NestedObject(() => SubscriptionDto)
  Subscription?: SubscriptionDto;
}

class CreatePolicyDataDto {
  @ApiProperty({ format: 'uuid', description: 'An accepted quote of this TPP' }) @IsUUID() QuoteId: string;
  @ApiPropertyOptional() @Optional() @Text() PaymentReferenceId?: string;
  @ApiPropertyOptional({ type: Object }) @Optional() @IsObject() PaymentDetails?: Record<string, unknown>;
  @ApiPropertyOptional({ type: Object }) @Optional() @IsObject() PostIssuanceRequest?: Record<string, unknown>;
  @ApiPropertyOptional({ type: Object }) @Optional() @IsObject() SupplementaryData?: Record<string, unknown>;
}

/** AEInsuranceCreatePolicy1: the `message` of the signed POST /{line}-insurance-policies. */
export class CreateInsurancePolicyRequestDto {
  @ApiProperty({ type: CreatePolicyDataDto })
  @Required()
  @NestedObject(() => CreatePolicyDataDto)
  Data: CreatePolicyDataDto;
}
