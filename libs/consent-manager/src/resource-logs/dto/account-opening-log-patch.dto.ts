import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OPENING_STATUSES } from '@hub/standards';
import { StatusInformationDto } from './status-information.dto';

/** `PATCH /account-opening-log/{logId}` (UpdateAccountOpeningLog). */
export class AccountOpeningLogPatchDto extends StatusInformationDto {
  @ApiProperty({ enum: OPENING_STATUSES })
  @IsIn(OPENING_STATUSES)
  OpeningStatus: string;
}
