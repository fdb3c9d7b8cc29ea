import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** The back office's rejection; the reason reaches the TPP as AdditionalStatusInformation. */
export class RejectOpeningBody {
  @ApiProperty({ minLength: 1, maxLength: 1000, example: 'The documents provided could not be verified.' })
  @IsString()
  @Length(1, 1000)
  reason: string;
}
