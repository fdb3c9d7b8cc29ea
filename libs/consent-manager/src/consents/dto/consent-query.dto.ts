import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { ConsentStatus, ConsentType } from '@hub/consent';

/** Query of the consent searches (`consentType`, `status`, `page`, `pageSize`). */
export class ConsentSearchQueryDto {
  @ApiPropertyOptional({ enum: Object.values(ConsentType) })
  @IsOptional()
  @IsIn(Object.values(ConsentType))
  consentType?: string;

  @ApiPropertyOptional({ enum: Object.values(ConsentStatus) })
  @IsOptional()
  @IsIn(Object.values(ConsentStatus))
  status?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/** `GET /consents` adds `updatedAt`: consents updated after this epoch time (milliseconds). */
export class ConsentStreamQueryDto extends ConsentSearchQueryDto {
  @ApiPropertyOptional({ description: 'Select only consents updated after this epoch time (ms)' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  updatedAt?: number;
}

export class RevokedByPsuDto {
  @ApiPropertyOptional() @IsOptional() @IsString() userId?: string;
}
