export { AuthorizationModule, authorizationPersistence } from './authorization.module';
export { TppRegistrationService } from './tpp-registration/tpp-registration.service';
export { mountAuthorizationServers } from './authorization-server/mount-authorization-servers';
