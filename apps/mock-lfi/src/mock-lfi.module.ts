import { databaseFor, foundationImports, SandboxConfig } from '@hub/kernel';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { MockLfiDesksModule } from '@hub/mock-lfi-desks';
import { MockLfiOzoneConnectModule } from '@hub/mock-lfi-ozone-connect';
import { mockLfiPersistenceParts } from '@hub/mock-lfi-store';
import { MockLfiWebModule } from '@hub/mock-lfi-web';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';

/** The running bank's profile (certificates, tenants, hub URLs), for every module of the bank. */
@Global()
@Module({})
class LfiProfileModule {
  static forRoot(profile: LfiProfile): DynamicModule {
    return { module: LfiProfileModule, providers: [{ provide: LFI_PROFILE, useValue: profile }], exports: [LFI_PROFILE] };
  }
}

/** The LFIs behind the hub: Ozone Connect, the service desks and the LFI's own web pages, over their own database. */
@Module({})
export class MockLfiModule {
  static forRoot(config: SandboxConfig, profile: LfiProfile): DynamicModule {
    return {
      module: MockLfiModule,
      imports: [
        ...foundationImports(config, 'mock-lfi'),
        PersistenceModule.forRoot(databaseFor(config, 'mock_lfi'), mockLfiPersistenceParts),
        LfiProfileModule.forRoot(profile),
        MockLfiOzoneConnectModule,
        MockLfiDesksModule,
        MockLfiWebModule,
      ],
    };
  }
}
