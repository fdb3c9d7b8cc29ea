import { toInstant } from '@hub/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type Repository } from 'typeorm';
import { WebhookAttemptEntity } from '../store/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../store/webhook-delivery.entity';

/** Ids per `IN (…)`: well under the bound-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 500;

export interface EmittedDelivery {
  delivery: WebhookDeliveryEntity;
  attempts: WebhookAttemptEntity[];
}

/** Read-only queries of what the hub emitted to one TPP at one tenant; always scoped by both. */
@Injectable()
export class EmittedEventsStore {
  constructor(
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    @InjectRepository(WebhookAttemptEntity) private readonly attempts: Repository<WebhookAttemptEntity>,
  ) {}

  /** Deliveries created at or after `since`, newest first, each with its attempts oldest first. */
  async since(tenantId: string, clientId: string, since: Date): Promise<EmittedDelivery[]> {
    const deliveries = await this.deliveries.find({
      where: { tenantId, clientId, createdAt: MoreThanOrEqual(toInstant(since)) },
      order: { createdAt: 'DESC', sequence: 'DESC', id: 'ASC' },
    });
    const byDelivery = new Map<string, WebhookAttemptEntity[]>(deliveries.map((d) => [d.id, []]));
    const ids = [...byDelivery.keys()];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.attempts.find({ where: { deliveryId: In(ids.slice(i, i + CHUNK)) }, order: { at: 'ASC', attempt: 'ASC' } });
      for (const a of rows) byDelivery.get(a.deliveryId)?.push(a);
    }
    return deliveries.map((delivery) => ({ delivery, attempts: byDelivery.get(delivery.id) ?? [] }));
  }
}
