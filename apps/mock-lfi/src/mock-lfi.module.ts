import { databaseFor, foundationImports, SandboxConfig } from '@hub/kernel';
import { LfiProfile, mockLfiPersistenceParts } from '@hub/mock-lfi-data';
import { PersistenceModule } from '@hub/persistence';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OzoneConnectAccountDetailsController } from './bank-data/ozone-connect-account-details.controller';
import { OzoneConnectAccountsController } from './bank-data/ozone-connect-accounts.controller';
import { PsuScope } from './bank-data/psu-scope';
import { FaultInjectionInterceptor } from './faults/fault-injection.interceptor';
import { FaultStore } from './faults/fault-store';
import { FaultsAdminController } from './faults/faults-admin.controller';
import { LfiOperatorGuard } from './faults/lfi-operator.guard';
import { HubClientGuard } from './hub-client-guard';
import { InsuranceScope } from './insurance/insurance-scope';
import { OzoneConnectInsuranceController } from './insurance/ozone-connect-insurance.controller';
import { HubJwks } from './hub-jwks';
import { HubJwtAuthGuard } from './hub-jwt-auth.guard';
import { JtiReplayCache } from './jti-replay-cache';
import { LFI_PROFILE } from '@hub/mock-lfi-data';
import { OzoneConnectConsentController } from './ozone-connect-consent.controller';
import { OzoneConnectHealthController } from './ozone-connect-health.controller';
import { O3HeadersGuard, O3ServiceHeadersGuard } from './o3-headers.guard';
import { LFI_WEB_CONTROLLERS, LFI_WEB_PROVIDERS } from './web';
import { ACCOUNT_OPENING_CONTROLLERS, ACCOUNT_OPENING_PROVIDERS } from './account-opening';
import { FX_CONTROLLERS, FX_PROVIDERS } from './fx';
import { INSURANCE_QUOTE_CONTROLLERS, INSURANCE_QUOTE_PROVIDERS } from './insurance-quotes';

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
