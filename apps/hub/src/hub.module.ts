import { AuthorizationModule, authorizationPersistence } from '@hub/authorization';
import { ConsentModule } from '@hub/consent';
import { Clock, databaseFor, foundationImports, SandboxConfig, SystemClock } from '@hub/kernel';
import { PersistenceModule } from '@hub/persistence';
import { TrustFrameworkModule } from '@hub/trust-framework';
import { DynamicModule, Global, Module } from '@nestjs/common';

/** The clock is global so every domain reads the same sandbox time. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
class ClockModule {}

/** The hub: authorization server, consent manager and resource gateway of every tenant. */
@Module({})
export class HubModule {
  static forRoot(config: SandboxConfig): DynamicModule {
    return {
      module: HubModule,
      imports: [
        ...foundationImports(config, 'hub'),
        ClockModule,
        PersistenceModule.forRoot(databaseFor(config, 'hub'), {
          entities: [...authorizationPersistence.entities],
          migrations: [...authorizationPersistence.migrations],
        }),
        TrustFrameworkModule.forRoot({ certsDir: config.certsDir }),
        AuthorizationModule,
        ConsentModule,
      ],
    };
  }
}
