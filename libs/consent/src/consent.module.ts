import { Module } from '@nestjs/common';
import { ConsentManagerHealthController } from './consent-manager/consent-manager-health.controller';

/** The consent store and the LFI-facing Consent Manager API (issue 3 builds the store). */
@Module({ controllers: [ConsentManagerHealthController] })
export class ConsentModule {}
