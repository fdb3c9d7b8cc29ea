import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { REVOKED_BY, type RevokedBy } from '@hub/consent';
import { RevokedByPsuDto } from './consent-query.dto';

/** RevokeConsent. */
export class RevokeConsentDto {
  @ApiProperty({ enum: REVOKED_BY })
  @IsIn(REVOKED_BY)
  revokedBy: RevokedBy;

  @ApiPropertyOptional({ type: RevokedByPsuDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RevokedByPsuDto)
  revokedByPsu?: RevokedByPsuDto;
}
