import { instantColumn, jsonColumn } from '@hub/persistence';
import type { AuthorizationDetail, ConsentBody, ConsentUsage, PsuIdentifiers, TppRecord } from '@hub/ozone-connect';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * One consent as the hub's Consent Manager holds it. JSON columns keep the record's wire shape;
 * the scalar columns beside them exist to be filtered on (tenant, TPP, PSU, group, status, time).
 */
@Entity({ name: 'consent_records' })
@Index('consent_records_tpp', ['tenantId', 'tppClientId'])
@Index('consent_records_psu', ['tenantId', 'psuUserId'])
@Index('consent_records_group', ['tenantId', 'consentGroupId'])
@Index('consent_records_updated', ['tenantId', 'updatedAt'])
@Index('consent_records_expires', ['expiresAt'])
@Index('consent_records_authorization_expires', ['authorizationExpiresAt'])
export class ConsentRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  @PrimaryColumn({ type: 'varchar', length: 128 }) consentId: string;
  /** Root of the BaseConsentId chain. */
  @Column({ type: 'varchar', length: 128 }) consentGroupId: string;
  @Column({ type: 'varchar', length: 128 }) rarType: string;
  @Column({ type: 'varchar', length: 16 }) standardVersion: string;
  @Column({ type: 'varchar', length: 64 }) consentType: string;
  @Column({ type: 'varchar', length: 32 }) status: string;
  @Column({ type: 'varchar', length: 255 }) tppClientId: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) psuUserId: string | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) parId: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) interactionId: string | null;
  @Column({ type: 'text', nullable: true }) requestUrl: string | null;
  @Column(jsonColumn()) request: AuthorizationDetail;
  @Column(jsonColumn()) requestHeaders: Record<string, string>;
  /** The TPP view `{Data, Meta?, Subscription?}`. */
  @Column(jsonColumn()) consentBody: ConsentBody;
  @Column(jsonColumn()) tpp: TppRecord;
  @Column(jsonColumn({ nullable: true })) psuIdentifiers: PsuIdentifiers | null;
  @Column(jsonColumn({ nullable: true })) accountIds: string[] | null;
  @Column(jsonColumn({ nullable: true })) insurancePolicyIds: string[] | null;
  @Column(jsonColumn({ nullable: true })) supplementaryInformation: Record<string, unknown> | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) authorizationChannel: 'App' | 'Web' | null;
  @Column(jsonColumn({ nullable: true })) consentUsage: ConsentUsage | null;
  @Column(jsonColumn({ nullable: true })) paymentContext: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) connectToken: string | null;
  @Column(jsonColumn({ nullable: true })) ozoneSupplementaryInformation: Record<string, unknown> | null;
  @Column(instantColumn()) createdAt: string;
  @Column(instantColumn()) updatedAt: string;
  /** Data.ExpirationDateTime as an instant, for the expiry sweep. */
  @Column(instantColumn()) expiresAt: string;
  /** Data.AuthorizationExpirationDateTime (service initiation): the multi-authorization window. */
  @Column(instantColumn({ nullable: true })) authorizationExpiresAt: string | null;
  /** Hash and length of the audit chain: removing the last audit row is detected against these. */
  @Column({ type: 'varchar', length: 64 }) auditHeadHash: string;
  @Column({ type: 'integer' }) auditLength: number;
  @VersionColumn({ type: 'integer' }) version: number;
}
