import { CreateWebhookTables1767571200000 } from './1767571200000-create-webhook-tables';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** Tables this library owns in the hub's database (the hub migrates them; the worker uses them). */
export const webhooksPersistence = {
  entities: [WebhookDeliveryEntity, WebhookAttemptEntity],
  migrations: [CreateWebhookTables1767571200000],
};
