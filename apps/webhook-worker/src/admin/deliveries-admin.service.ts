import { ApiError, InjectConfig, type SandboxConfig } from '@hub/kernel';
import { WebhookDeliveryEntity, type WebhookDeliveryStatus } from '@hub/webhooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import { WebhookEngine } from '../webhook-engine';
import type { DeliveryListQueryDto } from './dto/delivery-query.dto';
import { toAttemptDto, toDeliveryDto, type ReplayAcceptedDto, type WebhookDeliveryDetailDto, type WebhookDeliveryDto } from './dto/delivery.dto';

const DEFAULT_LIMIT = 100;

/**
 * A TPP's view of its webhook deliveries: every query is scoped by the caller's client id, so
 * another TPP's delivery does not exist for it (404), and only dead letters can be replayed.
 */
@Injectable()
export class DeliveriesAdmin {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly engine: WebhookEngine,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  async list(clientId: string, q: DeliveryListQueryDto): Promise<WebhookDeliveryDto[]> {
    const rows = await this.deliveries().find({ where: this.scope(clientId, q.tenantId, q.status), order: { createdAt: 'DESC', sequence: 'DESC' }, take: q.limit ?? DEFAULT_LIMIT });
    return rows.map(toDeliveryDto);
  }

  async detail(clientId: string, id: string): Promise<WebhookDeliveryDetailDto> {
    const d = await this.own(clientId, id);
    return { delivery: toDeliveryDto(d), attempts: (await this.engine.publisher.store.attemptsOf(d.id)).map(toAttemptDto) };
  }

  async replay(clientId: string, id: string): Promise<ReplayAcceptedDto> {
    const d = await this.own(clientId, id);
    if (d.status !== 'dead') throw notDead(d);
    // A concurrent replay (or worker) may win the compare-and-set: then it is no longer dead.
    if (!(await this.engine.publisher.store.replay(d.id))) throw notDead((await this.deliveries().findOneBy({ id })) ?? d);
    this.engine.publisher.kick();
    return { id: d.id, status: 'waiting', generation: d.generation + 1 };
  }

  async replayDeadLetters(clientId: string, tenantId?: string): Promise<number> {
    const dead = await this.deliveries().find({ where: this.scope(clientId, tenantId, 'dead'), order: { createdAt: 'ASC', sequence: 'ASC' }, select: { id: true } });
    let replayed = 0;
    for (const d of dead) if (await this.engine.publisher.store.replay(d.id)) replayed += 1;
    if (replayed > 0) this.engine.publisher.kick();
    return replayed;
  }

  private async own(clientId: string, id: string): Promise<WebhookDeliveryEntity> {
    const d = await this.deliveries().findOneBy({ id, clientId });
    if (!d) throw ApiError.notFound(`no webhook delivery ${id} of this TPP`);
    return d;
  }

  private scope(clientId: string, tenantId?: string, status?: WebhookDeliveryStatus): FindOptionsWhere<WebhookDeliveryEntity> {
    if (tenantId && !this.config.tenants.some((t) => t.id === tenantId)) {
      throw ApiError.badRequest(`unknown tenant ${tenantId}; the tenants are ${this.config.tenants.map((t) => t.id).join(', ')}`, 'tenantId');
    }
    return { clientId, ...(tenantId ? { tenantId } : {}), ...(status ? { status } : {}) };
  }

  private deliveries() {
    return this.ds.getRepository(WebhookDeliveryEntity);
  }
}

function notDead(d: WebhookDeliveryEntity): ApiError {
  return new ApiError(409, 'GenericError', `webhook delivery ${d.id} is ${d.status}: only a dead delivery can be replayed`);
}
