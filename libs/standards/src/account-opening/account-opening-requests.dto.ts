import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsUUID, Min } from 'class-validator';
import { SubscriptionDto } from '../common/event-subscription.dto';
import { IdentityAssuranceDto } from '../common/identity-assurance.dto';
import { Text } from '../common/validation/format-decorators';
import { NestedArray, NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { DATA_SHARING_AUDIT_ACTIONS } from './account-opening-codes';

class LinkedOperationsDto {
  @ApiProperty({ format: 'uuid', description: 'An FX quote of this TPP at this LFI that the opening funds' })
  @IsUUID()
  FxQuoteId: string;
}

/** AEAccountOpeningDataSharingAudit */
class DataSharingAuditDto {
  @ApiProperty()
  @Required()
  @Text()
  JSONPath: string;

  @ApiProperty({ enum: DATA_SHARING_AUDIT_ACTIONS })
  @Required()
  @OneOf(DATA_SHARING_AUDIT_ACTIONS, 'Action')
  Action: string;

  @ApiPropertyOptional()
  @Optional()
  @Text()
  OriginalValue?: string;
}

/** AEAccountOpeningRequest. Account and the claims' details are passed to the LFI as sent. */
class AccountOpeningRequestDto {
  @ApiPropertyOptional({ type: LinkedOperationsDto })
  @Optional()
  @NestedObject(() => LinkedOperationsDto)
  LinkedOperations?: LinkedOperationsDto;

  @ApiProperty({ description: 'AECashAccount6_1 {SchemeName, Identification, Name}', type: Object })
  @IsObject()
  Account: Record<string, unknown>;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(0)
  AnnualTransactionVolume?: number;

  @ApiProperty({ type: IdentityAssuranceDto })
  @Required()
  @NestedObject(() => IdentityAssuranceDto)
  Party: IdentityAssuranceDto;

  @ApiPropertyOptional({ type: [DataSharingAuditDto] })
  @Optional()
  @NestedArray(() => DataSharingAuditDto)
  DataSharingAudit?: DataSharingAuditDto[];
}

/** AECreateAccountRequestBody1: the `message` of the signed POST /accounts. */
export class CreateAccountRequestDto {
  @ApiProperty({ type: AccountOpeningRequestDto })
  @Required()
  @NestedObject(() => AccountOpeningRequestDto)
  Data: AccountOpeningRequestDto;

  @ApiPropertyOptional({ type: SubscriptionDto })
  @Optional()
  @NestedObject(() => SubscriptionDto)
  Subscription?: SubscriptionDto;
}
