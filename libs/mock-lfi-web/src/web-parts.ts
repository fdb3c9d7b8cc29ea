import { SANDBOX_CONFIG, type SandboxConfig } from '@hub/kernel';
import type { LfiProfile } from '@hub/mock-lfi-data';
import type { Provider } from '@nestjs/common';
import { LFI_PROFILE } from '@hub/mock-lfi-data';
import { AssetsController } from './assets.controller';
import { ConsentDashboardController } from './dashboard/consent-dashboard.controller';
import { LfiHubClient } from '@hub/mock-lfi-ozone-connect';
import { AuthorizeJourneyController } from './journey/authorize-journey.controller';
import { Journeys } from './journey/journeys';
import { BrowserSessions } from './session/browser-sessions';

/** The LFI's web pages: authorization journey, consent dashboard and their stylesheet. */
export const LFI_WEB_CONTROLLERS = [AuthorizeJourneyController, ConsentDashboardController, AssetsController];

export const LFI_WEB_PROVIDERS: Provider[] = [
  {
    provide: LfiHubClient,
    inject: [LFI_PROFILE],
    useFactory: (profile: LfiProfile) => new LfiHubClient(profile),
  },
  BrowserSessions,
  { provide: Journeys, inject: [SANDBOX_CONFIG], useFactory: (config: SandboxConfig) => new Journeys(config.tokens.interactionTtlSeconds * 1000) },
];
