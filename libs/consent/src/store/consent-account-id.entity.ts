import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The accounts (or, mirrored, insurance policies) of a consent, one row each, so
 * `GET /accounts/{accountId}/consents` is an index lookup rather than a scan of JSON columns.
 */
@Entity({ name: 'consent_account_ids' })
@Index('consent_account_ids_account', ['tenantId', 'accountId'])
export class ConsentAccountIdEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  @PrimaryColumn({ type: 'varchar', length: 128 }) consentId: string;
  @PrimaryColumn({ type: 'varchar', length: 255 }) accountId: string;
}
