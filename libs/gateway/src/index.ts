export { GatewayModule } from './gateway.module';
export { BearerAccess } from './access/bearer-access';
export type { VerifiedAccess } from './access/bearer-access';
export { gatewayPersistence } from './access-log/data-access-log';
