import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** What the FX quote and account opening logs carry beside the status: the LFI's words to the TPP. */
export class StatusInformationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 1000, description: 'Next steps or the reason for a refusal, for the TPP' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  AdditionalStatusInformation?: string;
}
