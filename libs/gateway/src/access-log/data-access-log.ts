import { Clock } from '@hub/kernel';
import { inTurn, toInstant } from '@hub/persistence';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { CreateGatewayDataAccessEvents1764300000000 } from './1764300000000-create-gateway-data-access-events';
import { DataAccessEventEntity } from './data-access-event.entity';
import { filePaymentsPersistence } from '../file-payments/file-payments-persistence';
import { apiCallLogPersistence } from './api-call-log';

export interface DataAccess {
  tenantId: string;
  consentId: string;
  clientId: string;
  apiUri: string;
  status: number;
  interactionId: string;
}

/** Writes the metadata of each consented read; a failed write is logged, never the TPP's problem. */
@Injectable()
export class DataAccessLog {
  private readonly logger = new Logger('DataAccessLog');

  constructor(
    @InjectRepository(DataAccessEventEntity) private readonly events: Repository<DataAccessEventEntity>,
    private readonly clock: Clock,
  ) {}

  async record(a: DataAccess): Promise<void> {
    try {
      // Takes its turn on SQLite's shared connection, so a consent transaction's rollback cannot take it along.
      await inTurn(this.events.manager.connection, () => this.events.insert({ id: randomUUID(), method: 'GET', at: toInstant(this.clock.now()), ...a }));
    } catch (e) {
      this.logger.warn({ err: e }, 'could not record a data access event');
    }
  }
}

/** Tables and migrations the gateway owns, for the hub's DataSource. */
export const gatewayPersistence = {
  entities: [DataAccessEventEntity, ...filePaymentsPersistence.entities, ...apiCallLogPersistence.entities],
  migrations: [CreateGatewayDataAccessEvents1764300000000, ...filePaymentsPersistence.migrations, ...apiCallLogPersistence.migrations],
};
