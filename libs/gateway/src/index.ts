export { GatewayModule } from './gateway.module';
export { BearerAccess } from './access/bearer-access';
export type { VerifiedAccess } from './access/bearer-access';
export { gatewayPersistence } from './access-log/data-access-log';
/** Mounted by the hub ahead of its body parsers, so the payment file upload gets the bytes as sent. */
export { MAX_PAYMENT_FILE_BYTES, paymentFileUploadBody } from './file-payments/payment-file-body';
