import { MOCK_LFI_DESK_SETTINGS } from '../settings/desk-settings';
import { Clock, SANDBOX_CONFIG, SystemClock, type SandboxConfig } from '@hub/kernel';
import type { Provider, Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hubLogSenderProvider } from '../desk-steps/hub-log-sender';
import { FX_CLOCK } from './fx-clock';
import { FxDesk } from './fx-desk';
import { FX_QUOTE_LOG_SENDER, FxQuoteLifecycle, type FxQuoteLogSender } from './fx-quote-lifecycle';
import { OzoneConnectFxController } from './ozone-connect-fx.controller';

/** Controllers and providers of this service desk, registered by MockLfiDesksModule. */
export const FX_CONTROLLERS: Type<unknown>[] = [OzoneConnectFxController];
export const FX_PROVIDERS: Provider[] = [
  { provide: FX_CLOCK, useFactory: (): Clock => new SystemClock() },
  hubLogSenderProvider(FX_QUOTE_LOG_SENDER, 'fx-quote-log'),
  FxDesk,
  {
    provide: FxQuoteLifecycle,
    inject: [getDataSourceToken(), SANDBOX_CONFIG, FX_QUOTE_LOG_SENDER, FX_CLOCK],
    useFactory: (db: DataSource, config: SandboxConfig, send: FxQuoteLogSender, clock: Clock) => new FxQuoteLifecycle(db, MOCK_LFI_DESK_SETTINGS.of(config).fx, send, clock),
  },
];
