import type { EntityManager } from 'typeorm';
import type { PaymentChanged } from './payment-log-entry';

/**
 * The port through which the payment log publishes its changes: the hub's transactional outbox
 * (`tpp.payment-changed`, turned into the TPP's webhook by the webhook worker). A change and its
 * message commit together, so the port also runs the transaction: its owner knows how
 * transactions take turns on the shared database. The hub binds it to the consent store's outbox.
 */
export abstract class PaymentChangeOutbox {
  /** Runs `work` in one transaction of the database that holds the payment log and the outbox. */
  abstract transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;

  /** Reads outside a transaction, taking turns with the writers. */
  abstract read<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;

  /** Writes the change's message inside `transaction`'s work, ordered by the entry's version. */
  abstract enqueue(m: EntityManager, change: PaymentChanged, now: Date): Promise<void>;
}
