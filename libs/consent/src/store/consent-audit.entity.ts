import { Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns `bigint` as a string (it may exceed 2^53); epoch milliseconds never do, so the
 * column reads back as the same number on both engines.
 */
const epochMillis: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * One change to a consent (`GET /consents/{id}/audit`). Rows form a hash chain per consent:
 * `hash` covers the row and `prevHash`, so an edited, removed or reordered row breaks the chain.
 */
@Entity({ name: 'consent_audit' })
@Index('consent_audit_chain', ['tenantId', 'consentId', 'seq'], { unique: true })
export class ConsentAuditEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) tenantId: string;
  @Column({ type: 'varchar', length: 128 }) consentId: string;
  /** 1..n per consent. */
  @Column({ type: 'integer' }) seq: number;
  @Column({ type: 'varchar', length: 16 }) operation: 'create' | 'patch';
  /** Epoch milliseconds, as the spec's integer `timestamp`. */
  @Column({ type: 'bigint', transformer: epochMillis }) timestamp: number;
  @Column({ type: 'varchar', length: 40 }) providerId: string;
  @Column({ type: 'varchar', length: 128 }) ozoneInteractionId: string;
  /** LFI, TPP or Hub: tells a hub-made change (expiry) from a caller's. */
  @Column({ type: 'varchar', length: 8 }) callerActor: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) callerOrgId: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) callerClientId: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) callerSoftwareStatementId: string | null;
  @Column({ type: 'text' }) patchFilter: string;
  @Column({ type: 'text' }) patch: string;
  @Column({ type: 'varchar', length: 64 }) prevHash: string;
  @Column({ type: 'varchar', length: 64 }) hash: string;
}
