import { CreatePaymentLogs1768003200000 } from './store/1768003200000-create-payment-logs';
import { PaymentConsentUsageEntity } from './store/payment-consent-usage.entity';
import { PaymentLogEntity } from './store/payment-log.entity';

/** The tables and migration this library owns, for the hub's DataSource (`PersistenceModule.forRoot`). */
export const paymentsPersistence = {
  entities: [PaymentLogEntity, PaymentConsentUsageEntity],
  migrations: [CreatePaymentLogs1768003200000],
};
