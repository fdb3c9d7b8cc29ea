import { TENANT_SURFACES } from '@hub/kernel';
import { lfiHelloMtlsController } from '@hub/trust-framework';
import { Module } from '@nestjs/common';

/** The consent store and the LFI-facing Consent Manager API (issue 3 builds the store). */
@Module({ controllers: [lfiHelloMtlsController(TENANT_SURFACES.consentManager, 'consent-manager')] })
export class ConsentModule {}
