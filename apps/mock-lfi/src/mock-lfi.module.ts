import { databaseFor, foundationImports, SandboxConfig } from '@hub/kernel';
import { LfiProfile } from '@hub/mock-lfi-data';
import { mockLfiPersistenceParts } from '@hub/mock-lfi-store';
import { PersistenceModule } from '@hub/persistence';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OzoneConnectAccountDetailsController } from '@hub/mock-lfi-ozone-connect';
import { OzoneConnectAccountsController } from '@hub/mock-lfi-ozone-connect';
import { PsuScope } from '@hub/mock-lfi-ozone-connect';
import { FaultInjectionInterceptor } from '@hub/mock-lfi-ozone-connect';
import { FaultStore } from '@hub/mock-lfi-ozone-connect';
import { FaultsAdminController } from '@hub/mock-lfi-ozone-connect';
import { LfiOperatorGuard } from '@hub/mock-lfi-ozone-connect';
import { HubClientGuard } from '@hub/mock-lfi-ozone-connect';
import { InsuranceScope } from '@hub/mock-lfi-ozone-connect';
import { OzoneConnectInsuranceController } from '@hub/mock-lfi-ozone-connect';
import { HubJwks } from '@hub/mock-lfi-ozone-connect';
import { HubJwtAuthGuard } from '@hub/mock-lfi-ozone-connect';
import { JtiReplayCache } from '@hub/mock-lfi-ozone-connect';
import { LFI_PROFILE } from '@hub/mock-lfi-data';
import { OzoneConnectConsentController } from '@hub/mock-lfi-ozone-connect';
import { OzoneConnectHealthController } from '@hub/mock-lfi-ozone-connect';
import { O3HeadersGuard, O3ServiceHeadersGuard } from '@hub/mock-lfi-ozone-connect';
import { LFI_WEB_CONTROLLERS, LFI_WEB_PROVIDERS } from '@hub/mock-lfi-web';
import { ACCOUNT_OPENING_CONTROLLERS, ACCOUNT_OPENING_PROVIDERS } from '@hub/mock-lfi-desks';
import { FX_CONTROLLERS, FX_PROVIDERS } from '@hub/mock-lfi-desks';
import { INSURANCE_QUOTE_CONTROLLERS, INSURANCE_QUOTE_PROVIDERS } from '@hub/mock-lfi-desks';

/** The LFIs behind the hub: Ozone Connect and the LFI's own web pages, over their own database. */
@Module({})
export class MockLfiModule {
  static forRoot(config: SandboxConfig, profile: LfiProfile): DynamicModule {
    return {
      module: MockLfiModule,
      imports: [
        ...foundationImports(config, 'mock-lfi'),
        PersistenceModule.forRoot(databaseFor(config, 'mock_lfi'), mockLfiPersistenceParts),
      ],
      controllers: [
        OzoneConnectHealthController,
        OzoneConnectConsentController,
        OzoneConnectAccountsController,
        OzoneConnectAccountDetailsController,
        OzoneConnectInsuranceController,
        ...FX_CONTROLLERS,
        ...ACCOUNT_OPENING_CONTROLLERS,
        ...INSURANCE_QUOTE_CONTROLLERS,
        ...LFI_WEB_CONTROLLERS,
        FaultsAdminController,
      ],
      providers: [
        { provide: LFI_PROFILE, useValue: profile },
        HubClientGuard,
        HubJwks,
        JtiReplayCache,
        HubJwtAuthGuard,
        O3HeadersGuard,
        O3ServiceHeadersGuard,
        PsuScope,
        InsuranceScope,
        // Sandbox fault knobs: slow or failing Ozone Connect answers on demand (faults/).
        FaultStore,
        LfiOperatorGuard,
        { provide: APP_INTERCEPTOR, useClass: FaultInjectionInterceptor },
        ...LFI_WEB_PROVIDERS,
        ...FX_PROVIDERS,
        ...ACCOUNT_OPENING_PROVIDERS,
        ...INSURANCE_QUOTE_PROVIDERS,
      ],
    };
  }
}
