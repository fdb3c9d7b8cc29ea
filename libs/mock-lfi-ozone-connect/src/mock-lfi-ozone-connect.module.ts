import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OzoneConnectAccountDetailsController } from './bank-data/ozone-connect-account-details.controller';
import { OzoneConnectAccountsController } from './bank-data/ozone-connect-accounts.controller';
import { OzoneConnectAtmsController } from './atms/ozone-connect-atms.controller';
import { PostedActivity } from './bank-data/posted-activity';
import { PsuScope } from './bank-data/psu-scope';
import { OzoneConnectCopController } from './cop/ozone-connect-cop.controller';
import { OzoneConnectConsentController } from './consents/ozone-connect-consent.controller';
import { FaultInjectionInterceptor } from './faults/fault-injection.interceptor';
import { FaultStore } from './faults/fault-store';
import { FaultsAdminController } from './faults/faults-admin.controller';
import { LfiOperatorGuard } from './faults/lfi-operator.guard';
import { HubClientGuard } from './guards/hub-client-guard';
import { HubJwks } from './guards/hub-jwks';
import { HubJwtAuthGuard } from './guards/hub-jwt-auth.guard';
import { JtiReplayCache } from './guards/jti-replay-cache';
import { O3HeadersGuard, O3ServiceHeadersGuard } from './guards/o3-headers.guard';
import { OzoneConnectHealthController } from './health/ozone-connect-health.controller';
import { LfiHubClient } from './hub-client/lfi-hub-client';
import { InsuranceScope } from './insurance/insurance-scope';
import { OzoneConnectInsuranceController } from './insurance/ozone-connect-insurance.controller';
import { PAYMENT_CONTROLLERS, PAYMENT_PROVIDERS } from './payments';
import { PRODUCT_CONTROLLERS, PRODUCT_PROVIDERS } from './products';

/** What the desks and the web pages use of this surface: its guards, the PSU scopes and the hub client. */
const SHARED = [HubClientGuard, HubJwks, JtiReplayCache, HubJwtAuthGuard, O3HeadersGuard, O3ServiceHeadersGuard, PsuScope, InsuranceScope, LfiOperatorGuard, LfiHubClient];

/**
 * The bank's Ozone Connect surface: the hub calls it (health, consents, bank data, insurance
 * policies, payments) with its client certificate and a JWT-auth header; the sandbox's fault knobs
 * slow or break its answers on demand. Needs `LFI_PROFILE`, `PAYMENT_RAIL_SETTINGS`, the sandbox
 * config and the bank's database.
 */
@Module({
  controllers: [
    OzoneConnectHealthController,
    OzoneConnectConsentController,
    OzoneConnectAccountsController,
    OzoneConnectAccountDetailsController,
    OzoneConnectInsuranceController,
    OzoneConnectCopController,
    OzoneConnectAtmsController,
    ...PAYMENT_CONTROLLERS,
    ...PRODUCT_CONTROLLERS,
    FaultsAdminController,
  ],
  providers: [
    ...SHARED.filter((p) => p !== LfiHubClient),
    { provide: LfiHubClient, inject: [LFI_PROFILE], useFactory: (profile: LfiProfile) => new LfiHubClient(profile) },
    PostedActivity,
    // Payments: the bank moves money, settles it and reports each status to the hub (payments/).
    ...PAYMENT_PROVIDERS,
    ...PRODUCT_PROVIDERS,
    // Sandbox fault knobs: slow or failing Ozone Connect answers on demand (faults/).
    FaultStore,
    { provide: APP_INTERCEPTOR, useClass: FaultInjectionInterceptor },
  ],
  exports: SHARED,
})
export class MockLfiOzoneConnectModule {}
