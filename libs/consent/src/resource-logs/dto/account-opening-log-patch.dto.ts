import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { OPENING_STATUSES } from '../resource-log-kinds';

/** `PATCH /account-opening-log/{logId}` (UpdateAccountOpeningLog). */
export class AccountOpeningLogPatchDto {
  @ApiProperty({ enum: OPENING_STATUSES })
  @IsIn(OPENING_STATUSES)
  OpeningStatus: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  AdditionalStatusInformation?: string;
}
