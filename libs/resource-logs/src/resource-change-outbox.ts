import type { EntityManager } from 'typeorm';
import type { ResourceChanged } from './resource-log';

/**
 * The port through which the resource logs publish their status changes: the hub's transactional
 * outbox (`tpp.resource-changed`, turned into the TPP's webhook by the webhook worker). A change
 * and its message must commit together, so the port also runs the transaction: its owner knows
 * how transactions take turns on the shared database. The hub binds it to the consent store's
 * outbox (`@hub/consent-manager`'s ConsentOutboxResourceChanges).
 */
export abstract class ResourceChangeOutbox {
  /** Runs `work` in one transaction of the database that holds the resource logs and the outbox. */
  abstract transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;

  /** Reads outside a transaction, taking turns with the writers. */
  abstract read<T>(work: (m: EntityManager) => Promise<T>): Promise<T>;

  /** Writes the change's message inside `transaction`'s work, ordered by the log's version. */
  abstract enqueue(m: EntityManager, change: ResourceChanged, now: Date): Promise<void>;
}
