import { asApi } from '@hub/consent';
import { ApiError } from '@hub/kernel';
import { UpdateEventSubscriptionDto } from '@hub/standards';
import type { ResourceLogKind, ResourceLogStore } from '@hub/resource-logs';
import type { Request } from 'express';
import { validateMessage } from './validate-message';

/**
 * `PATCH …/subscription` of a quote or an opening: a JSON AEUpdateEventSubscriptionRequestBody1,
 * on a resource of the calling TPP only (another TPP's is 404 whatever the body).
 */
export async function changeSubscription(logs: ResourceLogStore, req: Request, at: { tenantId: string; kind: ResourceLogKind; logId: string; clientId: string }): Promise<void> {
  await asApi(() => logs.own(at.tenantId, at.kind, at.logId, at.clientId));
  if (!String(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) throw new ApiError(415, 'Body.InvalidFormat', 'the body must be application/json');
  const body = validateMessage(UpdateEventSubscriptionDto, req.body);
  await asApi(() => logs.setWebhook(at.tenantId, at.kind, at.logId, at.clientId, body.Data.Webhook));
}
