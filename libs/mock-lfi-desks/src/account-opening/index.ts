import { MOCK_LFI_DESK_SETTINGS } from '../settings/desk-settings';
import { SANDBOX_CONFIG, type SandboxConfig } from '@hub/kernel';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import type { Provider, Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LfiHubClient } from '@hub/mock-lfi-ozone-connect';
import { AccountOpeningBackOfficeController } from './account-opening-back-office.controller';
import { AccountOpeningDesk } from './account-opening-desk';
import { HubOpeningStatusReporter, OpeningStatusReporter } from './opening-status-reporter';
import { OzoneConnectAccountOpeningController } from './ozone-connect-account-opening.controller';

/** Controllers and providers of this service desk, registered by MockLfiDesksModule (the user's page is in the web library). */
export const ACCOUNT_OPENING_CONTROLLERS: Type<unknown>[] = [OzoneConnectAccountOpeningController, AccountOpeningBackOfficeController];

export const ACCOUNT_OPENING_PROVIDERS: Provider[] = [
  {
    provide: OpeningStatusReporter,
    inject: [LfiHubClient, LFI_PROFILE],
    useFactory: (hub: LfiHubClient, profile: LfiProfile) => new HubOpeningStatusReporter(hub, profile),
  },
  {
    provide: AccountOpeningDesk,
    inject: [getDataSourceToken(), OpeningStatusReporter, SANDBOX_CONFIG],
    useFactory: (db: DataSource, reporter: OpeningStatusReporter, config: SandboxConfig) => new AccountOpeningDesk(db, reporter, MOCK_LFI_DESK_SETTINGS.of(config).accountOpening),
  },
];
