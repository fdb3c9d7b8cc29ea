export * from './fx-codes';
export { FxChargeDto } from './fx-charge.dto';
export { CreateFxQuoteRequestDto, FxQuoteRequestDataDto, UpdateFxQuoteRequestDto } from './fx-quote-requests.dto';
