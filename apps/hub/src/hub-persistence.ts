import { authorizationPersistence } from '@hub/authorization';
import { consentPersistence } from '@hub/consent';
import { gatewayPersistence } from '@hub/gateway';
import { paymentsPersistence } from '@hub/payments';
import type { PersistenceParts } from '@hub/persistence';
import { resourceLogsPersistence } from '@hub/resource-logs';
import { webhooksPersistence } from '@hub/webhooks';

const PARTS: PersistenceParts[] = [authorizationPersistence, consentPersistence, resourceLogsPersistence, gatewayPersistence, webhooksPersistence, paymentsPersistence];

/**
 * The hub database's tables and migrations, each registered once. The resource logs follow the
 * consent store, where they were registered when the consent library owned them, so an existing
 * database finds every migration it already ran under the same name (`hub-persistence.spec.ts`);
 * tables added later (the payment log) come last.
 */
export const hubPersistence: PersistenceParts = {
  entities: PARTS.flatMap((p) => p.entities),
  migrations: PARTS.flatMap((p) => p.migrations),
};
