import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ActiveCurrencyAmountDto, CUSTOMER_SALARY_BANDS, FullDate, Optional, INSURANCE_NEGATIVE_STATUSES, INSURANCE_PENDING_STATUSES } from '@hub/standards';

const EMIRATES = ['AbuDhabi', 'Ajman', 'Dubai', 'Fujairah', 'RasAlKhaimah', 'Sharjah', 'UmmAlQuwain'];

class PremiumDto {
  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  OneYearPremiumExcludingVAT: ActiveCurrencyAmountDto;

  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  VATAmount: ActiveCurrencyAmountDto;

  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  TotalOneYearPremium: ActiveCurrencyAmountDto;

  @ApiPropertyOptional({ type: ActiveCurrencyAmountDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  TotalPolicyPremium?: ActiveCurrencyAmountDto;
}

class InsuranceCommissionDto {
  @ApiPropertyOptional({ type: ActiveCurrencyAmountDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  CommissionAmount?: ActiveCurrencyAmountDto;

  @ApiProperty({ enum: ['DirectToTPP', 'ThroughAPIHub'] })
  @IsIn(['DirectToTPP', 'ThroughAPIHub'])
  PaymentMethod: string;
}

/**
 * `PATCH /insurance-quote-log/{logId}` (UpdateInsuranceQuoteLog): one of three shapes chosen by
 * QuoteStatus — a negative final status (with Reason), a status pending completion (with
 * BrokerInstructions, Documents) or Completed (PolicyTerm, Premium, CustomerPaidInFull,
 * PolicyCountrySubDivision required). The members are declared here; which go with which status
 * is checked by `insuranceQuoteLogProblem`.
 */
export class InsuranceQuoteLogPatchDto {
  @ApiProperty({ enum: [...INSURANCE_PENDING_STATUSES, ...INSURANCE_NEGATIVE_STATUSES, 'Completed'] })
  @IsIn([...INSURANCE_PENDING_STATUSES, ...INSURANCE_NEGATIVE_STATUSES, 'Completed'])
  QuoteStatus: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000, description: 'Negative final statuses only' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  Reason?: string;

  @ApiPropertyOptional({ type: [Object], description: 'AEInsuranceQuoteEventBrokerInstructions[] (pending statuses only)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsObject({ each: true })
  BrokerInstructions?: Record<string, unknown>[];

  @ApiPropertyOptional({ type: [Object], description: 'AEDocumentProperties[]' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsObject({ each: true })
  Documents?: Record<string, unknown>[];

  @ApiPropertyOptional({ format: 'date' })
  @Optional()
  @FullDate()
  PolicyStartDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @Optional()
  @FullDate()
  PolicyEndDate?: string;

  @ApiPropertyOptional({ example: 'P1Y', pattern: '^P(\\d+Y)?(\\d+M)?$' })
  @IsOptional()
  @Matches(/^P(\d+Y)?(\d+M)?$/, { message: '$property must be an ISO 8601 duration in years and months, e.g. P1Y' })
  PolicyTerm?: string;

  @ApiPropertyOptional({ type: PremiumDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PremiumDto)
  Premium?: PremiumDto;

  @ApiPropertyOptional({ enum: CUSTOMER_SALARY_BANDS })
  @IsOptional()
  @IsIn(CUSTOMER_SALARY_BANDS)
  CustomerSalary?: string;

  @ApiPropertyOptional({ type: InsuranceCommissionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InsuranceCommissionDto)
  Commission?: InsuranceCommissionDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  CustomerPaidInFull?: boolean;

  @ApiPropertyOptional({ enum: EMIRATES })
  @IsOptional()
  @IsIn(EMIRATES)
  PolicyCountrySubDivision?: string;
}

const COMPLETED_ONLY = ['PolicyStartDate', 'PolicyEndDate', 'PolicyTerm', 'Premium', 'CustomerSalary', 'Commission', 'CustomerPaidInFull', 'PolicyCountrySubDivision'] as const;
const COMPLETED_REQUIRED = ['PolicyTerm', 'Premium', 'CustomerPaidInFull', 'PolicyCountrySubDivision'] as const;

/** Which shape the status asks for: the first member out of place or missing, or undefined. */
export function insuranceQuoteLogProblem(body: InsuranceQuoteLogPatchDto): { path: string; message: string } | undefined {
  const present = (k: keyof InsuranceQuoteLogPatchDto) => body[k] !== undefined;
  if (body.QuoteStatus === 'Completed') {
    const missing = COMPLETED_REQUIRED.find((k) => !present(k));
    if (missing) return { path: missing, message: `${missing} is required with QuoteStatus Completed` };
    if (present('Reason') || present('BrokerInstructions')) return { path: present('Reason') ? 'Reason' : 'BrokerInstructions', message: 'Reason and BrokerInstructions are not reported with QuoteStatus Completed' };
    return undefined;
  }
  const outOfPlace = COMPLETED_ONLY.find((k) => present(k));
  if (outOfPlace) return { path: outOfPlace, message: `${outOfPlace} is only reported with QuoteStatus Completed` };
  const negative = (INSURANCE_NEGATIVE_STATUSES as readonly string[]).includes(body.QuoteStatus);
  if (negative && (present('BrokerInstructions') || present('Documents'))) return { path: present('Documents') ? 'Documents' : 'BrokerInstructions', message: `BrokerInstructions and Documents are not reported with QuoteStatus ${body.QuoteStatus}` };
  if (!negative && present('Reason')) return { path: 'Reason', message: `Reason is only reported with a final status (${INSURANCE_NEGATIVE_STATUSES.join(', ')})` };
  return undefined;
}
