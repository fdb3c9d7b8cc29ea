import { ConsentExpiryScheduler } from '@hub/consent';
import { TENANT_SURFACES } from '@hub/kernel';
import { lfiHelloMtlsController } from '@hub/trust-framework';
import { Module } from '@nestjs/common';
import { ConsentManagerController } from './consents/consent-manager.controller';
import { LfiConsentEventDispatcher } from './lfi-events/lfi-consent-event-dispatcher';
import { PaymentLogController } from './payment-log/payment-log.controller';
import { ResourceLogController } from './resource-logs/resource-log.controller';

/**
 * The Consent Manager surface of the hub (beside the authorization server, Headless Heimdall and
 * the resource server): the LFI-facing API over consents, resource logs and the payment log, the
 * delivery of consent events to each LFI's Ozone Connect, and the expiry sweep. The stores
 * themselves (ConsentStoreModule, ResourceLogsModule, PaymentsModule) are global, shared with the
 * authorization server and the gateway.
 */
@Module({
  controllers: [ConsentManagerController, ResourceLogController, PaymentLogController, lfiHelloMtlsController(TENANT_SURFACES.consentManager, 'consent-manager')],
  providers: [LfiConsentEventDispatcher, ConsentExpiryScheduler],
})
export class ConsentManagerModule {}
