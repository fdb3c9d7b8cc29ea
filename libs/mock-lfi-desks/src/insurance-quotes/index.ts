import { MOCK_LFI_DESK_SETTINGS } from '../settings/desk-settings';
import { Clock, SANDBOX_CONFIG, SystemClock, type SandboxConfig } from '@hub/kernel';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import type { Provider, Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hubLogSenderProvider } from '../desk-steps/hub-log-sender';
import { InsuranceQuoteDesk } from './insurance-quote-desk';
import { INSURANCE_QUOTE_LOG_SENDER, InsuranceQuoteLifecycle, type InsuranceQuoteLogSender } from './insurance-quote-lifecycle';
import { OzoneConnectInsuranceQuotesController } from './ozone-connect-insurance-quotes.controller';

/**
 * The quote desk's source of "now" (a kernel `Clock`): quote expiry, policy dates and lifecycle
 * steps read it, so tests move time instead of sleeping.
 */
export const INSURANCE_QUOTE_CLOCK = Symbol('INSURANCE_QUOTE_CLOCK');

/** Controllers and providers of the insurer's quote desk, registered by MockLfiDesksModule. */
export const INSURANCE_QUOTE_CONTROLLERS: Type<unknown>[] = [OzoneConnectInsuranceQuotesController];
export const INSURANCE_QUOTE_PROVIDERS: Provider[] = [
  { provide: INSURANCE_QUOTE_CLOCK, useFactory: (): Clock => new SystemClock() },
  hubLogSenderProvider(INSURANCE_QUOTE_LOG_SENDER, 'insurance-quote-log'),
  {
    provide: InsuranceQuoteDesk,
    inject: [getDataSourceToken(), SANDBOX_CONFIG, LFI_PROFILE, INSURANCE_QUOTE_CLOCK],
    useFactory: (db: DataSource, config: SandboxConfig, profile: LfiProfile, clock: Clock) => new InsuranceQuoteDesk(db, MOCK_LFI_DESK_SETTINGS.of(config).insurance, profile, clock),
  },
  {
    provide: InsuranceQuoteLifecycle,
    inject: [getDataSourceToken(), SANDBOX_CONFIG, LFI_PROFILE, INSURANCE_QUOTE_LOG_SENDER, INSURANCE_QUOTE_CLOCK],
    useFactory: (db: DataSource, config: SandboxConfig, profile: LfiProfile, send: InsuranceQuoteLogSender, clock: Clock) =>
      new InsuranceQuoteLifecycle(db, MOCK_LFI_DESK_SETTINGS.of(config).insurance, profile, send, clock),
  },
];
