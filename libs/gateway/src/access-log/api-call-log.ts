import { Clock } from '@hub/kernel';
import { inTurn, toInstant } from '@hub/persistence';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Between, type Repository } from 'typeorm';
import { CreateGatewayApiCalls1768262400000 } from './1768262400000-create-gateway-api-calls';
import { ApiCallEntity } from './api-call.entity';

/** One answered TPP call, as the recorder saw it. */
export type ApiCall = Omit<ApiCallEntity, 'id' | 'at'> & { at?: Date };

/** Which calls: one TPP at one LFI, from `from` (inclusive) to `to` (exclusive). */
export interface ApiCallWindow {
  tenantId: string;
  clientId: string;
  from: Date;
  to: Date;
}

/**
 * The hub's record of every TPP call its resource servers answered (`gateway_api_calls`). Writes
 * happen after the answer has gone; a failed write is logged, never the TPP's problem.
 */
@Injectable()
export class ApiCallLog {
  private readonly logger = new Logger('ApiCallLog');

  constructor(
    @InjectRepository(ApiCallEntity) private readonly calls: Repository<ApiCallEntity>,
    private readonly clock: Clock,
  ) {}

  async record(call: ApiCall): Promise<void> {
    const { at, ...rest } = call;
    try {
      // Takes its turn on SQLite's shared connection, so another request's rollback cannot take it along.
      await inTurn(this.calls.manager.connection, () => this.calls.insert({ id: randomUUID(), ...rest, at: toInstant(at ?? this.clock.now()) }));
    } catch (e) {
      this.logger.warn({ err: e }, 'could not record an API call');
    }
  }

  /** The TPP's own calls in the window, oldest first; another TPP's never. */
  async callsOf(w: ApiCallWindow): Promise<ApiCallEntity[]> {
    // Instants are fixed-width ISO strings, so the string range is the time range; `to` is exclusive.
    const rows = await this.calls.find({ where: { tenantId: w.tenantId, clientId: w.clientId, at: Between(toInstant(w.from), toInstant(w.to)) }, order: { at: 'ASC' } });
    return rows.filter((r) => r.at < toInstant(w.to));
  }
}

/** The call log's table, part of the gateway's tables in the hub database. */
export const apiCallLogPersistence = {
  entities: [ApiCallEntity],
  migrations: [CreateGatewayApiCalls1768262400000],
};
