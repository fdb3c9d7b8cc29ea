import { CreatePaymentFileUploads1768089600000 } from './1768089600000-create-payment-file-uploads';
import { PaymentFileUploadEntity } from './payment-file-upload.entity';

/** The file payments' table (the consents' uploaded files), part of the gateway's tables in the hub database. */
export const filePaymentsPersistence = {
  entities: [PaymentFileUploadEntity],
  migrations: [CreatePaymentFileUploads1768089600000],
};
