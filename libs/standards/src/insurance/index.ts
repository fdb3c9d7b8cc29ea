export * from './insurance-codes';
export { QUOTE_REQUEST_MEMBERS, titleOf } from './quote-request-members';
export { CREATE_QUOTE_REQUEST_DTOS, CreateInsurancePolicyRequestDto, UpdateInsuranceQuoteRequestDto } from './insurance-quote-requests.dto';
