export { NAME_MATCH_INDICATORS, type NameMatchIndicator } from './cop-codes';
export { AccountConfirmationRequestDataDto, AccountConfirmationRequestDto, AccountNameConfirmationDto, ConfirmationDiscoveryRequestDto, ConfirmationOfPayeeCreditorAccountDto } from './cop-requests.dto';
