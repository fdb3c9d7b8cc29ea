import { AuthorizationModule, authorizationPersistence } from '@hub/authorization';
import { GatewayModule, gatewayPersistence } from '@hub/gateway';
import { consentPersistence, ConsentStoreModule } from '@hub/consent';
import { ConsentManagerModule, ConsentOutboxResourceChanges, OzoneConnectConsentActions } from '@hub/consent-manager';
import { Clock, databaseFor, foundationImports, SandboxConfig, SystemClock } from '@hub/kernel';
import { OzoneConnectModule } from '@hub/ozone-connect';
import { PersistenceModule } from '@hub/persistence';
import { resourceLogsPersistence, ResourceLogsModule } from '@hub/resource-logs';
import { webhooksPersistence, WebhooksApiModule } from '@hub/webhooks';
import { Directory, TrustFrameworkModule } from '@hub/trust-framework';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { ozoneConnectTargets } from './ozone-connect-targets';

/** The clock is global so every domain reads the same sandbox time. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
class ClockModule {}

/** The hub: authorization server, consent manager and resource gateway of every tenant. */
@Module({})
export class HubModule {
  static forRoot(config: SandboxConfig, directory: Directory): DynamicModule {
    return {
      module: HubModule,
      imports: [
        ...foundationImports(config, 'hub'),
        ClockModule,
        PersistenceModule.forRoot(databaseFor(config, 'hub'), {
          entities: [...authorizationPersistence.entities, ...consentPersistence.entities, ...resourceLogsPersistence.entities, ...gatewayPersistence.entities, ...webhooksPersistence.entities],
          migrations: [...authorizationPersistence.migrations, ...consentPersistence.migrations, ...resourceLogsPersistence.migrations, ...gatewayPersistence.migrations, ...webhooksPersistence.migrations],
        }),
        TrustFrameworkModule.forRoot({ certsDir: config.certsDir }),
        OzoneConnectModule.forRoot(ozoneConnectTargets(config, directory)),
        ConsentStoreModule.forRoot({ lfiActions: { useClass: OzoneConnectConsentActions } }),
        ResourceLogsModule.forRoot({ outbox: { useClass: ConsentOutboxResourceChanges } }),
        ConsentManagerModule,
        AuthorizationModule,
        GatewayModule,
        WebhooksApiModule,
      ],
    };
  }
}
