import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { SubscriptionDto } from '../../service-initiation/dto/common.dto';
import { IdentityAssuranceDto } from '../../service-initiation/dto/identity-assurance.dto';

class LinkedOperationsDto {
  @ApiProperty({ format: 'uuid', description: 'An FX quote of this TPP at this LFI that the opening funds' })
  @IsUUID()
  FxQuoteId: string;
}

class DataSharingAuditDto {
  @ApiProperty()
  @IsString()
  JSONPath: string;

  @ApiProperty({ enum: ['Added', 'Updated', 'Removed'] })
  @IsIn(['Added', 'Updated', 'Removed'])
  Action: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  OriginalValue?: string;
}

/** AEAccountOpeningRequest. Account and the claims' details are passed to the LFI as sent. */
class AccountOpeningRequestDto {
  @ApiPropertyOptional({ type: LinkedOperationsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LinkedOperationsDto)
  LinkedOperations?: LinkedOperationsDto;

  @ApiProperty({ description: 'AECashAccount6_1 {SchemeName, Identification, Name}', type: Object })
  @IsObject()
  Account: Record<string, unknown>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  AnnualTransactionVolume?: number;

  @ApiProperty({ type: IdentityAssuranceDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => IdentityAssuranceDto)
  Party: IdentityAssuranceDto;

  @ApiPropertyOptional({ type: [DataSharingAuditDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DataSharingAuditDto)
  DataSharingAudit?: DataSharingAuditDto[];
}

/** AECreateAccountRequestBody1: the `message` of the signed POST /accounts. */
export class CreateAccountRequestDto {
  @ApiProperty({ type: AccountOpeningRequestDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AccountOpeningRequestDto)
  Data: AccountOpeningRequestDto;

  @ApiPropertyOptional({ type: SubscriptionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubscriptionDto)
  Subscription?: SubscriptionDto;
}
