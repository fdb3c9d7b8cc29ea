import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { SubscriptionDto } from '../../service-initiation/dto/common.dto';
import { INSURANCE_LINES, QUOTE_REQUEST_MEMBERS, titleOf, type InsuranceLine } from '../insurance-lines';

class PolicyIssuanceRequestDto {
  @ApiProperty() @IsBoolean() CustomerVerification: boolean;
  @ApiProperty() @IsBoolean() Payment: boolean;
  @ApiProperty() @IsBoolean() PolicyDocuments: boolean;
}

/** The members every line's quote request shares. */
class QuoteRequestCommonDto {
  @ApiProperty({ description: "The insurer's customer id (in the sandbox: the user id of a seeded customer of the insurer)" })
  @IsString()
  @MinLength(1)
  CustomerId: string;

  @ApiProperty({ description: 'The TPP\'s own reference of the quote' })
  @IsString()
  @MinLength(1)
  QuoteReference: string;

  @ApiProperty({ enum: ['New', 'Switch', 'Renewal'] })
  @IsIn(['New', 'Switch', 'Renewal'])
  QuoteType: string;

  @ApiProperty({ type: PolicyIssuanceRequestDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PolicyIssuanceRequestDto)
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
      ...(member.required ? [IsDefined()] : [IsOptional()]),
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
    @IsDefined()
    @ValidateNested()
    @Type(() => data)
    Data: Record<string, unknown>;
  }
  Object.defineProperty(CreateQuoteRequestDto, 'name', { value: `Create${titleOf(line)}InsuranceQuoteRequestDto` });
  return CreateQuoteRequestDto;
}

export const CREATE_QUOTE_REQUEST_DTOS = Object.fromEntries(INSURANCE_LINES.map((l) => [l, createQuoteRequestDto(l)])) as Record<InsuranceLine, ReturnType<typeof createQuoteRequestDto>>;

class AcceptQuoteDataDto {
  @ApiProperty({ enum: ['ApplicationPending', 'KYCCaptured'] })
  @IsIn(['ApplicationPending', 'KYCCaptured'], { message: 'QuoteStatus must be ApplicationPending or KYCCaptured, the statuses a TPP may set' })
  QuoteStatus: string;

  @ApiProperty() @IsString() @MinLength(1) QuoteReference: string;
  @ApiProperty({ minLength: 1, maxLength: 140 }) @IsString() @MinLength(1) @MaxLength(140) InsuranceSubType: string;
  @ApiProperty({ type: Object }) @IsObject() Premium: Record<string, unknown>;
  @ApiProperty({ type: Object }) @IsObject() Commission: Record<string, unknown>;
  @ApiPropertyOptional({ enum: ['Under4K', 'Over4K'], description: 'Required for health' }) @IsOptional() @IsIn(['Under4K', 'Over4K']) CustomerSalary?: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) QuoteCreationDateTime: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) ExpirationDateTime?: string;
  @ApiPropertyOptional({ type: PolicyIssuanceRequestDto }) @IsOptional() @ValidateNested() @Type(() => PolicyIssuanceRequestDto) PolicyIssuanceRequest?: PolicyIssuanceRequestDto;
  @ApiPropertyOptional({ type: [Object] }) @IsOptional() @IsArray() Documents?: unknown[];
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() VerifiedDetails?: Record<string, unknown>;
}

/** Update{Line}InsuranceQuoteStatusMessageProperties: accept the quote and/or change the subscription. */
export class UpdateInsuranceQuoteRequestDto {
  @ApiPropertyOptional({ type: AcceptQuoteDataDto, description: 'Required to accept; may be left out when only the Subscription changes' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AcceptQuoteDataDto)
  Data?: AcceptQuoteDataDto;

  @ApiPropertyOptional({ type: SubscriptionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubscriptionDto)
  Subscription?: SubscriptionDto;
}

class CreatePolicyDataDto {
  @ApiProperty({ format: 'uuid', description: 'An accepted quote of this TPP' }) @IsUUID() QuoteId: string;
  @ApiPropertyOptional() @IsOptional() @IsString() PaymentReferenceId?: string;
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() PaymentDetails?: Record<string, unknown>;
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() PostIssuanceRequest?: Record<string, unknown>;
  @ApiPropertyOptional({ type: Object }) @IsOptional() @IsObject() SupplementaryData?: Record<string, unknown>;
}

/** AEInsuranceCreatePolicy1: the `message` of the signed POST /{line}-insurance-policies. */
export class CreateInsurancePolicyRequestDto {
  @ApiProperty({ type: CreatePolicyDataDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CreatePolicyDataDto)
  Data: CreatePolicyDataDto;
}
