import { TENANT_SURFACES } from '@hub/kernel';
import { lfiHelloMtlsController } from '@hub/trust-framework';
import { Module } from '@nestjs/common';
import { ConsentExpiryScheduler } from './consent-expiry.scheduler';
import { ConsentManagerController } from './consent-manager-api/consent-manager.controller';
import { LfiConsentEventDispatcher } from './lfi-events/lfi-consent-event-dispatcher';
import { ResourceLogController } from './resource-logs/resource-log.controller';

/**
 * The Consent Manager component of the hub: the LFI-facing API, the delivery of consent events to
 * each LFI's Ozone Connect, and the expiry sweep. The store itself (ConsentStoreModule) is global,
 * shared with the authorization server and the gateway.
 */
@Module({
  controllers: [ConsentManagerController, ResourceLogController, lfiHelloMtlsController(TENANT_SURFACES.consentManager, 'consent-manager')],
  providers: [LfiConsentEventDispatcher, ConsentExpiryScheduler],
})
export class ConsentModule {}
