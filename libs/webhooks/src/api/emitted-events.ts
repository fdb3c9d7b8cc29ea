import type { WebhookAttemptEntity } from '../store/webhook-attempt.entity';
import type { WebhookDeliveryEntity, WebhookDeliveryStatus } from '../store/webhook-delivery.entity';
import type { EmittedEventAttemptDto, EmittedEventDto, EmittedEventsResponseDto, EmittedEventStatus } from './emitted-events.dto';

const STATUS: Record<WebhookDeliveryStatus, EmittedEventStatus> = { waiting: 'Waiting', queued: 'Queued', retrying: 'Retrying', delivered: 'Delivered', dead: 'Dead' };

/** Members with no value are left out, as the standard's responses do. */
const present = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

export function emittedAttempt(a: WebhookAttemptEntity): EmittedEventAttemptDto {
  return present({ At: a.at, StatusCode: a.statusCode ?? undefined, LatencyMs: a.latencyMs, Error: a.error ?? undefined });
}

/** One delivery as its TPP sees it: the record, its attempts, and the notification it decrypts. */
export function emittedEvent(d: WebhookDeliveryEntity, attempts: WebhookAttemptEntity[]): EmittedEventDto {
  const { iss, aud, jti, message } = d.claims;
  return present({
    DeliveryId: d.id,
    Jti: jti,
    Status: STATUS[d.status] ?? (d.status as EmittedEventStatus),
    Url: d.url,
    EventType: d.eventType,
    ResourceId: d.resourceId,
    CreatedAt: d.createdAt,
    DeliveredAt: d.deliveredAt ?? undefined,
    DeadAt: d.deadAt ?? undefined,
    Attempts: d.attempts,
    LastStatusCode: d.lastStatusCode ?? undefined,
    LastError: d.lastError ?? undefined,
    Message: { Iss: iss, Aud: aud, Data: message.Data, Meta: message.Meta as unknown as Record<string, unknown> },
    DeliveryAttempts: attempts.map(emittedAttempt),
  });
}

export function emittedEventsResponse(events: EmittedEventDto[], o: { self: string; minutesInPast: number }): EmittedEventsResponseDto {
  return { Data: { Events: events }, Links: { Self: o.self }, Meta: { MinutesInPast: o.minutesInPast, TotalRecords: events.length } };
}
