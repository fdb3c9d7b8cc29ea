import { Text } from '../common/validation/format-decorators';
import { OneOf, Optional } from '../common/validation/shape-decorators';
import { ON_BEHALF_OF_IDENTIFIER_TYPES } from './rar-codes';

/**
 * AEOnBehalfOf (insurance) and AEBankDataSharingRichAuthorizationRequests.OnBehalfOf (data
 * sharing): the same four optional members; the documents set no lengths on them.
 */
export class OnBehalfOfDto {
  @Optional() @Text() TradingName?: string;
  @Optional() @Text() LegalName?: string;
  @Optional() @OneOf(ON_BEHALF_OF_IDENTIFIER_TYPES, 'AEOnBehalfOfIdentifierType') IdentifierType?: string;
  @Optional() @Text() Identifier?: string;
}
