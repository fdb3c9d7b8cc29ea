import { Clock, SandboxConfig } from '@hub/kernel';
import type { TrustDirectory } from '@hub/trust-framework';
import { servesTenant } from '../authorization-server/client-policy';
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

  /**
   * The seeded applications of config/sandbox.json are onboarded with every tenant that serves one
   * of their roles when the hub starts, so a TPP developer can start with PAR at once.
   */
  async registerSeeds(config: SandboxConfig, directory: TrustDirectory): Promise<void> {
    for (const seed of config.tppApplications) {
      const app = directory.current().tppApplications.find((a) => a.clientId === seed.clientId);
      if (!app) continue;
      for (const tenant of config.tenants.filter((t) => servesTenant(t, app.roles))) {
        if (!(await this.isRegistered(tenant.id, app.clientId))) await this.register(tenant.id, app);
      }
    }
  }

  isRegistered(tenantId: string, clientId: string): Promise<boolean> {
    return this.registrations.existsBy({ tenantId, clientId });
  }
}
