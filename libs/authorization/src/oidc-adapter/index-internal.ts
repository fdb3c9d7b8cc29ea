import { CreateOidcModels1764200000000 } from './1764200000000-create-oidc-models';
import { OidcModelEntity } from './oidc-model.entity';

export { CreateOidcModels1764200000000 } from './1764200000000-create-oidc-models';
export { OidcModelEntity } from './oidc-model.entity';
export { purgeExpiredOidcModels } from './purge-expired-oidc-models';
export { TypeOrmOidcAdapter, typeOrmAdapterFactory } from './typeorm-oidc-adapter';

/** Table and migration of the oidc-provider adapter, for the hub's DataSource. */
export const oidcAdapterPersistence = {
  entities: [OidcModelEntity],
  migrations: [CreateOidcModels1764200000000],
};
