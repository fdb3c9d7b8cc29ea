import { instantColumn, jsonColumn } from '@hub/persistence';
import type { AdapterPayload } from 'oidc-provider';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One stored oidc-provider model instance (grant, code, token, session, PAR request…) of one
 * tenant's provider. Payloads are schemaless and change between provider versions, so they are
 * kept whole as JSON text; only the values the adapter looks rows up by get columns of their own.
 */
@Entity({ name: 'oidc_models' })
@Index('oidc_models_grant', ['tenantId', 'grantId'])
@Index('oidc_models_uid', ['tenantId', 'model', 'uid'])
@Index('oidc_models_user_code', ['tenantId', 'model', 'userCode'])
@Index('oidc_models_expires', ['expiresAt'])
export class OidcModelEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  /** The provider's model name, e.g. `AccessToken`, `Session`, `PushedAuthorizationRequest`. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) model: string;
  @PrimaryColumn({ type: 'varchar', length: 512 }) id: string;
  @Column(jsonColumn()) payload: AdapterPayload;
  @Column({ type: 'varchar', length: 255, nullable: true }) grantId: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) uid: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) userCode: string | null;
  /** Null: kept until destroyed (the provider passed no lifetime). */
  @Column(instantColumn({ nullable: true })) expiresAt: string | null;
  @Column(instantColumn({ nullable: true })) consumedAt: string | null;
}
