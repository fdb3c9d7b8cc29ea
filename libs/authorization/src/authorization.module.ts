import { TENANT_SURFACES } from '@hub/kernel';
import { lfiHelloMtlsController } from '@hub/trust-framework';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthorizationServers, authorizationServersProvider } from './authorization-server/authorization-servers';
import { OidcModelPurge } from './authorization-server/oidc-model-purge';
import { HeadlessHeimdallController } from './headless-heimdall/headless-heimdall.controller';
import { HeadlessHeimdallService } from './headless-heimdall/headless-heimdall.service';
import { oidcAdapterPersistence } from './oidc-adapter/index-internal';
import { CreateTppRegistrations1763700000000 } from './tpp-registration/1763700000000-create-tpp-registrations';
import { TppRegistrationController } from './tpp-registration/tpp-registration.controller';
import { TppRegistrationEntity } from './tpp-registration/tpp-registration.entity';
import { TppRegistrationService } from './tpp-registration/tpp-registration.service';

/** Tables and migrations this library owns, for the hub's DataSource. */
export const authorizationPersistence = {
  entities: [TppRegistrationEntity, ...oidcAdapterPersistence.entities],
  migrations: [CreateTppRegistrations1763700000000, ...oidcAdapterPersistence.migrations],
};

/**
 * The authorization server of every tenant (oidc-provider, mounted by the hub's bootstrap), the
 * LFI-facing Headless Heimdall API, and TPP onboarding. Needs the global consent store.
 */
@Module({
  imports: [TypeOrmModule.forFeature([TppRegistrationEntity])],
  controllers: [TppRegistrationController, HeadlessHeimdallController, lfiHelloMtlsController(TENANT_SURFACES.headlessHeimdall, 'headless-heimdall')],
  providers: [TppRegistrationService, authorizationServersProvider, HeadlessHeimdallService, OidcModelPurge],
  exports: [TppRegistrationService, AuthorizationServers],
})
export class AuthorizationModule {}
