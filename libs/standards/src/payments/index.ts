export * from './payment-codes';
export { ChargeDto } from './charge.dto';
export { ConsentScheduleDto, ControlParametersDto, FilePaymentConsentDto, LongLivedPaymentConsentDto, SingleInstantPaymentDto } from './consent-schedule.dto';
export { CurrencyRequestDto, ExchangeRateInformationDto } from './currency-request.dto';
export * from './periodic-schedules.dto';
export { OpenFinancePaymentBillingDto, PaymentInstructionDto, PaymentRequestDataDto, PaymentRequestDto } from './payment-request.dto';
export { FilePaymentRequestDataDto, FilePaymentRequestDto } from './file-payment-request.dto';
