import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  MinLength,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { REVOKED_BY } from '@hub/consent';
import { ChargeDto } from '@hub/standards';
import { ExchangeRateDto } from './payment-terms.dto';

/** cbuaePatchableConsentStatus. */
export const PATCHABLE_STATUSES = ['Authorized', 'Rejected', 'Revoked', 'Expired', 'Consumed', 'Suspended'] as const;

/** `psuIdentifiers` may carry any LFI fields, but always a non-empty string `userId`. */
function HasUserId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasUserId',
      validator: {
        validate: (v: unknown) => typeof v === 'object' && v !== null && typeof (v as { userId?: unknown }).userId === 'string' && (v as { userId: string }).userId.length > 0,
        defaultMessage: () => 'psuIdentifiers must be an object with a non-empty string userId',
      },
    },
    options,
  );
}

export class OpenFinanceBillingPatchDto {
  @ApiProperty({ description: 'Customer has more than 100 million AED turnover' })
  @IsBoolean()
  IsLargeCorporate: boolean;
}

export class ConsentUsageDto {
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  lastDataShared?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  lastServiceInitiationAttempt?: string;
}

export class AuthorizerDto {
  @ApiPropertyOptional() @IsOptional() @IsString() AuthorizerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() AuthorizerType?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) AuthorizationDate?: string;
  @ApiPropertyOptional({ enum: ['Pending', 'Approved', 'Rejected'] }) @IsOptional() @IsIn(['Pending', 'Approved', 'Rejected']) AuthorizationStatus?: string;
}

/** AEMetaMultiAuthorization. */
export class MultipleAuthorizersDto {
  @ApiPropertyOptional() @IsOptional() @IsNumber() TotalRequired?: number;

  @ApiPropertyOptional({ type: [AuthorizerDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AuthorizerDto)
  Authorizations?: AuthorizerDto[];
}

/**
 * The Consent Manager PATCH body (`ConsentManager.AEConsentUpdateProperties`): the union of the
 * three closed schemas, with their flat and dotted keys exactly as the document names them.
 * Unknown keys are refused by the global ValidationPipe; which keys a consent type admits is
 * checked against the consent itself (`consent-patch.mapper.ts`).
 */
export class ConsentPatchDto {
  @ApiProperty({ enum: ['App', 'Web'], description: 'LFI channel on which the User authorized the Consent' })
  @IsIn(['App', 'Web'])
  authorizationChannel: 'App' | 'Web';

  @ApiPropertyOptional({ enum: PATCHABLE_STATUSES })
  @IsOptional()
  @IsIn(PATCHABLE_STATUSES)
  status?: (typeof PATCHABLE_STATUSES)[number];

  @ApiPropertyOptional({ enum: PATCHABLE_STATUSES, name: 'consentBody.Data.Status' })
  @IsOptional()
  @IsIn(PATCHABLE_STATUSES)
  'consentBody.Data.Status'?: (typeof PATCHABLE_STATUSES)[number];

  @ApiPropertyOptional({ enum: REVOKED_BY, name: 'consentBody.Data.RevokedBy' })
  @IsOptional()
  @IsIn(REVOKED_BY)
  'consentBody.Data.RevokedBy'?: (typeof REVOKED_BY)[number];

  @ApiPropertyOptional({ type: 'object', properties: { userId: { type: 'string' } }, required: ['userId'], additionalProperties: true })
  @IsOptional()
  @HasUserId()
  psuIdentifiers?: { userId: string; [key: string]: unknown };

  @ApiPropertyOptional({ type: [String], minItems: 1, description: 'Service initiation: exactly one (the debtor account)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  accountIds?: string[];

  @ApiPropertyOptional({ type: [String], minItems: 1 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  insurancePolicyIds?: string[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  supplementaryInformation?: Record<string, unknown>;

  @ApiPropertyOptional({ type: OpenFinanceBillingPatchDto, name: 'consentBody.Data.OpenFinanceBilling' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpenFinanceBillingPatchDto)
  'consentBody.Data.OpenFinanceBilling'?: OpenFinanceBillingPatchDto;

  @ApiPropertyOptional({ type: ConsentUsageDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentUsageDto)
  consentUsage?: ConsentUsageDto;

  @ApiPropertyOptional({ type: ExchangeRateDto, name: 'consentBody.Data.ExchangeRate' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExchangeRateDto)
  'consentBody.Data.ExchangeRate'?: ExchangeRateDto;

  @ApiPropertyOptional({ type: [ChargeDto], name: 'consentBody.Data.Charges' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChargeDto)
  'consentBody.Data.Charges'?: ChargeDto[];

  @ApiPropertyOptional({ type: MultipleAuthorizersDto, name: 'consentBody.Meta.MultipleAuthorizers' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MultipleAuthorizersDto)
  'consentBody.Meta.MultipleAuthorizers'?: MultipleAuthorizersDto;

  @ApiPropertyOptional({ description: 'Bearer token sent to Ozone Connect for service initiation calls' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  ConnectToken?: string;
}
