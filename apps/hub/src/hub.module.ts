import { AuthorizationModule } from '@hub/authorization';
import { GatewayModule } from '@hub/gateway';
import { ConsentStoreModule } from '@hub/consent';
import { ConsentManagerModule, ConsentOutboxPaymentChanges, ConsentOutboxResourceChanges, ConsentServicePaymentConsents, OzoneConnectConsentActions } from '@hub/consent-manager';
import { Clock, databaseFor, foundationImports, SandboxConfig, SystemClock } from '@hub/kernel';
import { O3UtilitiesModule } from '@hub/o3-utilities';
import { OzoneConnectModule } from '@hub/ozone-connect';
import { PaymentsModule } from '@hub/payments';
import { PersistenceModule } from '@hub/persistence';
import { ResourceLogsModule } from '@hub/resource-logs';
import { WebhooksApiModule } from '@hub/webhooks';
import { Directory, TrustFrameworkModule } from '@hub/trust-framework';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { hubPersistence } from './hub-persistence';
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
        PersistenceModule.forRoot(databaseFor(config, 'hub'), hubPersistence),
        TrustFrameworkModule.forRoot({ certsDir: config.certsDir, trustedProxy: config.trustedProxy }),
        OzoneConnectModule.forRoot(ozoneConnectTargets(config, directory)),
        ConsentStoreModule.forRoot({ lfiActions: { useClass: OzoneConnectConsentActions } }),
        ResourceLogsModule.forRoot({ outbox: { useClass: ConsentOutboxResourceChanges } }),
        PaymentsModule.forRoot({ outbox: { useClass: ConsentOutboxPaymentChanges }, consents: { useClass: ConsentServicePaymentConsents } }),
        ConsentManagerModule,
        AuthorizationModule,
        GatewayModule,
        WebhooksApiModule,
        O3UtilitiesModule.forRoot(config),
      ],
    };
  }
}
