import type { HealthCheck } from '@hub/kernel';
import { WebhookAttemptEntity, WebhookDeliveryEntity } from '@hub/webhooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { MoreThan, Not, IsNull, type DataSource } from 'typeorm';
import { WebhookEngine } from '../webhook-engine';
import type { WebhookMetricsDto } from './metrics.dto';
import { summariseLatencies } from './percentiles';

const LATENCY_SAMPLE = 1000;
const QUEUE_TIMEOUT_MS = 1000;

/** Figures of the deliveries table (shared by every worker) and of this worker's queue. */
@Injectable()
export class WebhookMetrics {
  /** The same id the publisher's processor writes on each attempt. */
  readonly worker = `${hostname()}:${process.pid}`;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly engine: WebhookEngine,
  ) {}

  async snapshot(): Promise<WebhookMetricsDto> {
    const [byStatus, attempts, retried, latencyMs, queue] = await Promise.all([
      this.countByStatus(),
      this.ds.getRepository(WebhookAttemptEntity).count(),
      this.ds.getRepository(WebhookAttemptEntity).count({ where: { attempt: MoreThan(1) } }),
      this.latencies(),
      this.queueCounts(),
    ]);
    const n = (s: string) => byStatus.get(s) ?? 0;
    return {
      worker: this.worker,
      queued: n('waiting') + n('queued'),
      retrying: n('retrying'),
      delivered: n('delivered'),
      deadLettered: n('dead'),
      retried,
      attempts,
      latencyMs,
      redis: this.engine.publisher.queueState().redis,
      queue,
    };
  }

  private async countByStatus(): Promise<Map<string, number>> {
    const rows = await this.ds
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .select('d.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('d.status')
      .getRawMany<{ status: string; n: string | number }>();
    return new Map(rows.map((r) => [r.status, Number(r.n)]));
  }

  private async latencies() {
    const rows = await this.ds.getRepository(WebhookDeliveryEntity).find({
      select: { createdAt: true, deliveredAt: true },
      where: { status: 'delivered', deliveredAt: Not(IsNull()) },
      order: { deliveredAt: 'DESC' },
      take: LATENCY_SAMPLE,
    });
    return summariseLatencies(rows.map((r) => Date.parse(r.deliveredAt!) - Date.parse(r.createdAt)));
  }

  /** BullMQ's counts, or null without Redis or when it does not answer in time. */
  private async queueCounts(): Promise<Record<string, number> | null> {
    const counts = this.engine.publisher.queueCounts();
    if (!counts) return null;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), QUEUE_TIMEOUT_MS)));
    try {
      return await Promise.race([counts, timeout]);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Readiness detail, never failing readiness: dead letters are the receivers' trouble, not the worker's. */
export function webhooksHealthCheck(metrics: WebhookMetrics): HealthCheck {
  return {
    name: 'webhooks',
    critical: false,
    async check() {
      const { worker: _worker, latencyMs, ...counts } = await metrics.snapshot();
      return { ...counts, latencyP99Ms: latencyMs.p99 };
    },
  };
}
