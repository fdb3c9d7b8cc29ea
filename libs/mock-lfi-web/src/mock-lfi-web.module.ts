import { SANDBOX_CONFIG, type SandboxConfig } from '@hub/kernel';
import { MockLfiDesksModule } from '@hub/mock-lfi-desks';
import { MockLfiOzoneConnectModule } from '@hub/mock-lfi-ozone-connect';
import { Module } from '@nestjs/common';
import { AccountOpeningPageController } from './account-opening/account-opening-page.controller';
import { AnswerQueue } from './approvals/answer-queue';
import { ApprovalPageController } from './approvals/approval-page.controller';
import { AssetsController } from './assets.controller';
import { ConsentDashboardController } from './dashboard/consent-dashboard.controller';
import { AuthorizeJourneyController } from './journey/authorize-journey.controller';
import { Journeys } from './journey/journeys';
import { BrowserSessions } from './session/browser-sessions';

/**
 * The LFI's own web pages for its users: the authorization journey the hub redirects to, the
 * consent dashboard with the approvals a business's further users give, the account opening page
 * and their stylesheet.
 */
@Module({
  imports: [MockLfiOzoneConnectModule, MockLfiDesksModule],
  controllers: [AuthorizeJourneyController, ConsentDashboardController, ApprovalPageController, AccountOpeningPageController, AssetsController],
  providers: [
    BrowserSessions,
    AnswerQueue,
    { provide: Journeys, inject: [SANDBOX_CONFIG], useFactory: (config: SandboxConfig) => new Journeys(config.tokens.interactionTtlSeconds * 1000) },
  ],
})
export class MockLfiWebModule {}
