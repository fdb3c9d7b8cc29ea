import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Text } from '../common/validation/format-decorators';
import { MemberCombination, NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';

const SCHEME_NAMES = ['IBAN'] as const;

/**
 * AEAccountNameConfirmationProperties: the document's oneOf of a personal name (FullName, with
 * GivenName and LastName when the TPP collected them) and a business name (BusinessName). Both
 * variants forbid other members, so the two are never mixed.
 */
export class AccountNameConfirmationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 140, description: 'Personal: the full name of the account holder, as understood by the Debtor' })
  @Optional()
  @Text(1, 140)
  FullName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 70, description: 'Personal: the given or first name' })
  @Optional()
  @Text(1, 70)
  GivenName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 70, description: 'Personal: the family or surname' })
  @Optional()
  @Text(1, 70)
  LastName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 140, description: 'Business: the business name of the account holder, as understood by the Debtor' })
  @Optional()
  @Text(1, 140)
  BusinessName?: string;
}

const NAME_VARIANTS = [['FullName'], ['FullName', 'GivenName'], ['FullName', 'LastName'], ['FullName', 'GivenName', 'LastName'], ['BusinessName']] as const;
const NAME_VARIANTS_IN_WORDS = 'either FullName (with GivenName and LastName when known) or BusinessName';

/** AEConfirmationOfPayeeCreditorAccount: the `Data` of a discovery request. */
export class ConfirmationOfPayeeCreditorAccountDto {
  @ApiProperty({ enum: SCHEME_NAMES })
  @Required()
  @OneOf(SCHEME_NAMES, 'SchemeName')
  SchemeName: 'IBAN';

  @ApiProperty({ minLength: 1, maxLength: 34, example: 'AE070331234567890123456', description: 'The payee\'s IBAN' })
  @Required()
  @Text(1, 34)
  Identification: string;
}

/** AEAccountConfirmationRequestProperties: the `Data` of a confirmation request. */
export class AccountConfirmationRequestDataDto extends ConfirmationOfPayeeCreditorAccountDto {
  @ApiProperty({ type: AccountNameConfirmationDto, description: NAME_VARIANTS_IN_WORDS })
  @Required()
  @MemberCombination(['FullName', 'GivenName', 'LastName', 'BusinessName'], NAME_VARIANTS, NAME_VARIANTS_IN_WORDS)
  @NestedObject(() => AccountNameConfirmationDto)
  Name: AccountNameConfirmationDto;
}

/** AEConfirmationDiscoveryRequest: the `message` of a signed `POST /discovery` body. */
export class ConfirmationDiscoveryRequestDto {
  @ApiProperty({ type: ConfirmationOfPayeeCreditorAccountDto })
  @Required()
  @NestedObject(() => ConfirmationOfPayeeCreditorAccountDto)
  Data: ConfirmationOfPayeeCreditorAccountDto;
}

/** AEAccountConfirmationRequest: the `message` of a signed `POST /confirmation` body. */
export class AccountConfirmationRequestDto {
  @ApiProperty({ type: AccountConfirmationRequestDataDto })
  @Required()
  @NestedObject(() => AccountConfirmationRequestDataDto)
  Data: AccountConfirmationRequestDataDto;
}
