import { Clock } from '@hub/kernel';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TppRegistrationEntity } from './tpp-registration.entity';

export interface TppApplicationIdentity {
  clientId: string;
  organisationId: string;
  softwareStatementId: string;
}

@Injectable()
export class TppRegistrationService {
  constructor(
    @InjectRepository(TppRegistrationEntity) private readonly registrations: Repository<TppRegistrationEntity>,
    private readonly clock: Clock,
  ) {}

  /** Idempotent: a second call keeps the first registration date and records the latest one. */
  async register(tenantId: string, app: TppApplicationIdentity): Promise<TppRegistrationEntity> {
    const now = this.clock.now().toISOString();
    const existing = await this.registrations.findOneBy({ tenantId, clientId: app.clientId });
    const row = this.registrations.create({
      ...app,
      tenantId,
      registeredAt: existing?.registeredAt ?? now,
      lastRegisteredAt: now,
    });
    return this.registrations.save(row);
  }

  isRegistered(tenantId: string, clientId: string): Promise<boolean> {
    return this.registrations.existsBy({ tenantId, clientId });
  }
}
