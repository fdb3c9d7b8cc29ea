import type { PersistenceParts } from '@hub/persistence';
import { AccountLedgerEntity } from './account-ledger.entity';
import { CreateMockLfiPayments1768262400000 } from './migrations/1768262400000-create-mock-lfi-payments';
import { PaymentFileEntity } from './payment-file.entity';
import { PaymentEntity } from './payment.entity';
import { PostingEntity } from './posting.entity';

/** Tables and migrations of the bank's payments and their postings (added to mockLfiPersistenceParts). */
export const paymentParts: Pick<PersistenceParts, 'entities' | 'migrations'> = {
  entities: [PaymentEntity, PostingEntity, AccountLedgerEntity, PaymentFileEntity],
  migrations: [CreateMockLfiPayments1768262400000],
};
