import { databaseFor, foundationImports, SandboxConfig } from '@hub/kernel';
import { LfiProfile, mockLfiPersistenceParts } from '@hub/mock-lfi-data';
import { PersistenceModule } from '@hub/persistence';
import { DynamicModule, Module } from '@nestjs/common';
import { AuthorizePageController } from './authorize-page.controller';
import { HubClientGuard } from './hub-client-guard';
import { LFI_PROFILE } from './lfi-profile';
import { OzoneConnectHealthController } from './ozone-connect-health.controller';

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
      controllers: [OzoneConnectHealthController, AuthorizePageController],
      providers: [{ provide: LFI_PROFILE, useValue: profile }, HubClientGuard],
    };
  }
}
