import { AuthorizationModule } from '@hub/authorization';
import { Module } from '@nestjs/common';
import { BearerAccess } from './access/bearer-access';
import { TppConsentResourcesController } from './consent-resources/tpp-consent-resources.controller';

/**
 * The resource gateway (TPP-facing `/{tenant}/rs/open-finance/…`): access checks, then the TPP's
 * consent resources; the proxy to the LFI's Ozone Connect arrives with the rest of issue 5.
 * Reads tokens from the authorization servers (AuthorizationModule) and consents from the global store.
 */
@Module({ imports: [AuthorizationModule], controllers: [TppConsentResourcesController], providers: [BearerAccess] })
export class GatewayModule {}
