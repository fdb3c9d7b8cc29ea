import { TENANT_SURFACES } from '@hub/kernel';
import { lfiHelloMtlsController } from '@hub/trust-framework';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreateTppRegistrations1763700000000 } from './tpp-registration/1763700000000-create-tpp-registrations';
import { TppRegistrationController } from './tpp-registration/tpp-registration.controller';
import { TppRegistrationEntity } from './tpp-registration/tpp-registration.entity';
import { TppRegistrationService } from './tpp-registration/tpp-registration.service';

/** Tables and migrations this library owns, for the hub's DataSource. */
export const authorizationPersistence = {
  entities: [TppRegistrationEntity],
  migrations: [CreateTppRegistrations1763700000000],
};

@Module({
  imports: [TypeOrmModule.forFeature([TppRegistrationEntity])],
  controllers: [TppRegistrationController, lfiHelloMtlsController(TENANT_SURFACES.headlessHeimdall, 'headless-heimdall')],
  providers: [TppRegistrationService],
  exports: [TppRegistrationService],
})
export class AuthorizationModule {}
