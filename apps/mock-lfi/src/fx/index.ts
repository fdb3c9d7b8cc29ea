import { Clock, SANDBOX_CONFIG, SystemClock, type SandboxConfig } from '@hub/kernel';
import type { LfiProfile } from '@hub/mock-lfi-data';
import type { Provider, Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LFI_PROFILE } from '../lfi-profile';
import { LfiHubClient } from '../web/hub/lfi-hub-client';
import { FX_CLOCK } from './fx-clock';
import { FxDesk } from './fx-desk';
import { FxQuoteLifecycle } from './fx-quote-lifecycle';
import { FX_QUOTE_LOG_SENDER, hubFxQuoteLogSender, type FxQuoteLogSender } from './fx-quote-log-sender';
import { OzoneConnectFxController } from './ozone-connect-fx.controller';

/** Controllers and providers of this service desk, registered by MockLfiModule. */
export const FX_CONTROLLERS: Type<unknown>[] = [OzoneConnectFxController];
export const FX_PROVIDERS: Provider[] = [
  { provide: FX_CLOCK, useFactory: (): Clock => new SystemClock() },
  {
    provide: FX_QUOTE_LOG_SENDER,
    inject: [LfiHubClient, LFI_PROFILE],
    useFactory: (client: LfiHubClient, profile: LfiProfile) => hubFxQuoteLogSender(client, profile),
  },
  FxDesk,
  {
    provide: FxQuoteLifecycle,
    inject: [getDataSourceToken(), SANDBOX_CONFIG, FX_QUOTE_LOG_SENDER, FX_CLOCK],
    useFactory: (db: DataSource, config: SandboxConfig, send: FxQuoteLogSender, clock: Clock) => new FxQuoteLifecycle(db, config.mockLfi.fx, send, clock),
  },
];
