export { AuthorizationModule, authorizationPersistence } from './authorization.module';
export { TppRegistrationService } from './tpp-registration/tpp-registration.service';
export { AuthorizationServers } from './authorization-server/authorization-servers';
export { mountAuthorizationServers } from './authorization-server/mount-authorization-servers';
export { purgeExpiredOidcModels } from './oidc-adapter/index-internal';
