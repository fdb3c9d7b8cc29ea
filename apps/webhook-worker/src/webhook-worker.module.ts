import { consentPersistence } from '@hub/consent';
import { Clock, databaseFor, foundationImports, SandboxConfig, SystemClock } from '@hub/kernel';
import { paymentsPersistence } from '@hub/payments';
import { PersistenceModule } from '@hub/persistence';
import { resourceLogsPersistence } from '@hub/resource-logs';
import { TrustDirectory } from '@hub/trust-framework';
import { webhooksPersistence } from '@hub/webhooks';
import { DynamicModule, Module } from '@nestjs/common';
import { DeliveriesAdminController } from './admin/deliveries-admin.controller';
import { DeliveriesAdmin } from './admin/deliveries-admin.service';
import { MetricsController } from './metrics/metrics.controller';
import { WebhookMetrics } from './metrics/webhook-metrics';
import { WebhookEngine } from './webhook-engine';

/**
 * The process that publishes webhooks: it reads the hub's outbox and delivery tables (the hub
 * owns their schema; this process waits for it instead of migrating) and delivers from BullMQ.
 * It also serves the TPPs' self-service over their deliveries (mTLS) and public metrics.
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
          {
            // The payment log is read for the payment consents' webhooks (their consumption and payments).
            entities: [...consentPersistence.entities, ...resourceLogsPersistence.entities, ...paymentsPersistence.entities, ...webhooksPersistence.entities],
            migrations: [...consentPersistence.migrations, ...resourceLogsPersistence.migrations, ...paymentsPersistence.migrations, ...webhooksPersistence.migrations],
          },
          {},
          { migrate: false },
        ),
      ],
      controllers: [DeliveriesAdminController, MetricsController],
      providers: [
        { provide: Clock, useClass: SystemClock },
        { provide: TrustDirectory, useFactory: () => new TrustDirectory(config.certsDir) },
        WebhookEngine,
        DeliveriesAdmin,
        WebhookMetrics,
      ],
    };
  }
}
