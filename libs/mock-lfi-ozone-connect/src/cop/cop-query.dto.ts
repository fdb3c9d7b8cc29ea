import { MemberCombination, NestedObject, OneOf, Optional, Required, Text } from '@hub/standards';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** PersonName (fullName, firstName?, lastName?) or BusinessName (businessName): the document's oneOf. */
export class CopQueryNameDto {
  @ApiPropertyOptional({ description: 'PersonName: the full name submitted in the CoP request' })
  @Optional()
  @Text(1)
  fullName?: string;

  @ApiPropertyOptional()
  @Optional()
  @Text(1)
  firstName?: string;

  @ApiPropertyOptional()
  @Optional()
  @Text(1)
  lastName?: string;

  @ApiPropertyOptional({ description: 'BusinessName: the business name submitted in the CoP request' })
  @Optional()
  @Text(1)
  businessName?: string;
}

const NAME_VARIANTS = [['fullName'], ['fullName', 'firstName'], ['fullName', 'lastName'], ['fullName', 'firstName', 'lastName'], ['businessName']] as const;

export class CopQueryAccountDto {
  @ApiProperty({ enum: ['IBAN'] })
  @Required()
  @OneOf(['IBAN'], 'schemeName')
  schemeName: 'IBAN';

  @ApiProperty({ example: 'AE070331234567890123456' })
  @Required()
  @Text(1)
  identification: string;

  @ApiProperty({ type: CopQueryNameDto })
  @Required()
  @MemberCombination(['fullName', 'firstName', 'lastName', 'businessName'], NAME_VARIANTS, 'either fullName (with firstName and lastName when known) or businessName')
  @NestedObject(() => CopQueryNameDto)
  name: CopQueryNameDto;
}

class CopQueryDataDto {
  @ApiProperty({ type: CopQueryAccountDto })
  @Required()
  @NestedObject(() => CopQueryAccountDto)
  account: CopQueryAccountDto;
}

/** ConfirmationRequest of Ozone Connect findCustomerForCop. */
export class CopQueryDto {
  @ApiProperty({ type: CopQueryDataDto })
  @Required()
  @NestedObject(() => CopQueryDataDto)
  data: CopQueryDataDto;
}
