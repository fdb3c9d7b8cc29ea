import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { deskStepColumns } from './desk-step-columns';

/**
 * An account opening the hub asked for over Ozone Connect (`POST /accounts`). `openingStatus` is
 * the status the hub has accepted, so the LFI and the hub never tell the TPP different things;
 * a move the LFI has decided but not yet reported waits in `nextStatus` until the hub takes it
 * (the step columns every desk's rows have, deskStepColumns).
 */
@Entity('mock_lfi_account_openings')
@Index('IDX_mock_lfi_account_openings_due', ['nextStepAt'])
export class AccountOpeningEntity extends deskStepColumns<string>(24) {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tenantId: string;

  /** AccountId: also the id of the account once opened. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  accountId: string;

  /** The TPP that asked (`o3-caller-*`): only it may read the opening. */
  @Column({ type: 'varchar', length: 128 })
  callerClientId: string;

  @Column({ type: 'varchar', length: 128 })
  callerOrgId: string;

  @Column({ type: 'varchar', length: 128 })
  callerSoftwareStatementId: string;

  /** `o3-ozone-interaction-id` of the request, to find it in the hub's logs. */
  @Column({ type: 'varchar', length: 128 })
  interactionId: string;

  /** The request's `data` as received (LinkedOperations, Account, Party, DataSharingAudit …). */
  @Column(jsonColumn())
  request: Record<string, unknown>;

  /** LinkedOperations.FxQuoteId, when the opening serves an FX quote. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  fxQuoteId: string | null;

  @Column({ type: 'varchar', length: 24 })
  openingStatus: string;

  @Column(instantColumn())
  openingStatusUpdatedAt: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  additionalStatusInformation: string | null;

  /** The signed-in user who answered at the bank, with what they chose. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  accountSubType: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;

  @Column(instantColumn({ nullable: true }))
  decidedAt: string | null;

  /** AdditionalStatusInformation of the move still to be reported (`nextStatus`, deskStepColumns). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  nextStatusInformation: string | null;

  /** Changes whenever a new move is scheduled, so a report finishing late cannot clear a newer one. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  stepId: string | null;

  /** Who is reporting the move right now, and until when that claim holds (a crash frees it). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  claimId: string | null;

  @Column(instantColumn({ nullable: true }))
  claimedUntil: string | null;

  @Column(instantColumn())
  createdAt: string;
}
