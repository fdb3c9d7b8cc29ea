import type { WebhookAttemptEntity } from '../store/webhook-attempt.entity';
import type { WebhookDeliveryEntity } from '../store/webhook-delivery.entity';
import { emittedEvent, emittedEventsResponse } from './emitted-events';

const delivery = (over: Partial<WebhookDeliveryEntity> = {}): WebhookDeliveryEntity => ({
  id: 'd-1',
  tenantId: 'falcon-bank',
  clientId: 'tpp-a',
  resourceId: 'c-1',
  sequence: 2,
  eventType: 'Resource.Updated',
  url: 'https://localhost:8443/falcon-bank/rs/mock-event-receiver',
  claims: {
    iss: 'https://localhost:8443/falcon-bank/as',
    aud: ['tpp-a'],
    jti: 'j-1',
    message: { Data: { ConsentId: 'c-1', Status: 'Authorized' }, Meta: { EventDateTime: '2026-01-01T00:00:00.000Z', EventResource: 'https://x/c-1', EventType: 'Resource.Updated', ConsentId: 'c-1' } },
  },
  status: 'delivered',
  generation: 0,
  attempts: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  queuedAt: '2026-01-01T00:00:00.100Z',
  deliveredAt: '2026-01-01T00:00:01.000Z',
  deadAt: null,
  lastStatusCode: 202,
  lastError: null,
  ...over,
});

const attempt = (over: Partial<WebhookAttemptEntity>): WebhookAttemptEntity => ({ id: 'a', deliveryId: 'd-1', generation: 0, attempt: 1, at: '2026-01-01T00:00:00.200Z', statusCode: null, latencyMs: 12, error: null, worker: 'w1', ...over });

describe('emitted events', () => {
  it('shows a delivery as the TPP sees it: record, attempts and the decrypted message', () => {
    const failed = attempt({ statusCode: 500, error: 'the receiver answered 500' });
    const ok = attempt({ id: 'b', attempt: 2, at: '2026-01-01T00:00:01.000Z', statusCode: 202, latencyMs: 8 });
    expect(emittedEvent(delivery(), [failed, ok])).toEqual({
      DeliveryId: 'd-1',
      Jti: 'j-1',
      Status: 'Delivered',
      Url: 'https://localhost:8443/falcon-bank/rs/mock-event-receiver',
      EventType: 'Resource.Updated',
      ResourceId: 'c-1',
      CreatedAt: '2026-01-01T00:00:00.000Z',
      DeliveredAt: '2026-01-01T00:00:01.000Z',
      Attempts: 2,
      LastStatusCode: 202,
      Message: {
        Iss: 'https://localhost:8443/falcon-bank/as',
        Aud: ['tpp-a'],
        Data: { ConsentId: 'c-1', Status: 'Authorized' },
        Meta: { EventDateTime: '2026-01-01T00:00:00.000Z', EventResource: 'https://x/c-1', EventType: 'Resource.Updated', ConsentId: 'c-1' },
      },
      DeliveryAttempts: [
        { At: '2026-01-01T00:00:00.200Z', StatusCode: 500, LatencyMs: 12, Error: 'the receiver answered 500' },
        { At: '2026-01-01T00:00:01.000Z', StatusCode: 202, LatencyMs: 8 },
      ],
    });
  });

  it('names every status in the standard style and leaves out what has no value', () => {
    const statuses = (['waiting', 'queued', 'retrying', 'delivered', 'dead'] as const).map((status) => emittedEvent(delivery({ status }), []).Status);
    expect(statuses).toEqual(['Waiting', 'Queued', 'Retrying', 'Delivered', 'Dead']);
    const dead = emittedEvent(delivery({ status: 'dead', deliveredAt: null, deadAt: '2026-01-01T01:00:00.000Z', lastStatusCode: null, lastError: 'no answer: ECONNREFUSED' }), [attempt({ error: 'no answer: ECONNREFUSED' })]);
    expect(dead).not.toHaveProperty('DeliveredAt');
    expect(dead).not.toHaveProperty('LastStatusCode');
    expect(dead).toMatchObject({ DeadAt: '2026-01-01T01:00:00.000Z', LastError: 'no answer: ECONNREFUSED' });
    expect(dead.DeliveryAttempts).toEqual([{ At: '2026-01-01T00:00:00.200Z', LatencyMs: 12, Error: 'no answer: ECONNREFUSED' }]);
  });

  it('wraps the events in Data, Links and Meta', () => {
    const events = [emittedEvent(delivery(), [])];
    expect(emittedEventsResponse(events, { self: 'https://h/falcon-bank/rs/review-emitted-events?minutesInPast=5', minutesInPast: 5 })).toEqual({
      Data: { Events: events },
      Links: { Self: 'https://h/falcon-bank/rs/review-emitted-events?minutesInPast=5' },
      Meta: { MinutesInPast: 5, TotalRecords: 1 },
    });
    expect(emittedEventsResponse([], { self: 's', minutesInPast: 60 }).Meta.TotalRecords).toBe(0);
  });
});
