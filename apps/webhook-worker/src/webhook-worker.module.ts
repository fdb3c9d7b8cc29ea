import { consentPersistence } from '@hub/consent';
import { Clock, databaseFor, foundationImports, SandboxConfig, SystemClock } from '@hub/kernel';
import { PersistenceModule } from '@hub/persistence';
import { TrustDirectory } from '@hub/trust-framework';
import { webhooksPersistence } from '@hub/webhooks';
import { DynamicModule, Module } from '@nestjs/common';
import { WebhookEngine } from './webhook-engine';

/**
 * The process that publishes webhooks: it reads the hub's outbox and delivery tables (the hub
 * owns their schema; this process waits for it instead of migrating) and delivers from BullMQ.
 */
@Module({})
export class WebhookWorkerModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: WebhookWorkerModule,
      imports: [
        ...foundationImports(config, 'webhook-worker'),
        PersistenceModule.forRoot(
          databaseFor(config, 'hub'),
          { entities: [...consentPersistence.entities, ...webhooksPersistence.entities], migrations: [...consentPersistence.migrations, ...webhooksPersistence.migrations] },
          {},
          { migrate: false },
        ),
      ],
      providers: [
        { provide: Clock, useClass: SystemClock },
        { provide: TrustDirectory, useFactory: () => new TrustDirectory(config.certsDir) },
        WebhookEngine,
      ],
    };
  }
}
