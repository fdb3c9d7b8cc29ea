import { InsuranceQuoteEntity } from './insurance-quote.entity';
import { CreateMockLfiInsuranceQuotes1767916800000 } from './migrations/1767916800000-create-mock-lfi-insurance-quotes';

/** Tables and migrations of the insurer's quotes (added to mockLfiPersistenceParts). */
export const insuranceQuoteParts = { entities: [InsuranceQuoteEntity] as Function[], migrations: [CreateMockLfiInsuranceQuotes1767916800000] as Function[] };
