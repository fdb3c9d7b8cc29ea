// The PII decryption moved to the bank's Ozone Connect library, where payments decrypt it too.
export { paymentPartiesOf } from '@hub/mock-lfi-ozone-connect';
export type { PaymentParties } from '@hub/mock-lfi-ozone-connect';
