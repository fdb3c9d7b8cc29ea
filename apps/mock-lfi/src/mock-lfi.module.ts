import { databaseFor, foundationImports, SandboxConfig } from '@hub/kernel';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { MOCK_LFI_DESK_SETTINGS, MockLfiDesksModule } from '@hub/mock-lfi-desks';
import { MockLfiOzoneConnectModule, PAYMENT_RAIL_SETTINGS } from '@hub/mock-lfi-ozone-connect';
import { mockLfiPersistenceParts } from '@hub/mock-lfi-store';
import { MockLfiWebModule } from '@hub/mock-lfi-web';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { PersistenceModule } from '@hub/persistence';

/**
 * The running bank's profile (certificates, tenants, hub URLs) and its payment settings (the
 * `mockLfi.payments` key, declared with the desks' settings), for every module of the bank.
 */
@Global()
@Module({})
class LfiProfileModule {
  static forRoot(profile: LfiProfile, config: SandboxConfig): DynamicModule {
    const providers = [
      { provide: LFI_PROFILE, useValue: profile },
      { provide: PAYMENT_RAIL_SETTINGS, useValue: MOCK_LFI_DESK_SETTINGS.of(config).payments },
    ];
    return { module: LfiProfileModule, providers, exports: [LFI_PROFILE, PAYMENT_RAIL_SETTINGS] };
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
        LfiProfileModule.forRoot(profile, config),
        MockLfiOzoneConnectModule,
        MockLfiDesksModule,
        MockLfiWebModule,
      ],
    };
  }
}
