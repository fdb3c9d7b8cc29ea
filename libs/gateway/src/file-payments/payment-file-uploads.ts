import { ApiError, Clock } from '@hub/kernel';
import { inTurn, toInstant } from '@hub/persistence';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { QueryDeepPartialEntity, Repository } from 'typeorm';
import { PaymentFileUploadEntity } from './payment-file-upload.entity';

export type PaymentFileUploadState = 'InFlight' | 'Uploaded' | 'Refused';

/** The LFI's refusal of the file (4xx), answered again to a retry with the same key. */
export interface PaymentFileRefusal {
  status: number;
  code: string;
  message: string;
}

/** The hub's record of a consent's file. */
export interface PaymentFileUpload {
  tenantId: string;
  consentId: string;
  clientId: string;
  idempotencyKey: string;
  fileHash: string;
  mediaType: string;
  size: number;
  state: PaymentFileUploadState;
  refusal?: PaymentFileRefusal;
  createdAt: string;
  updatedAt: string;
}

/** One TPP request to upload the (already hash-checked) file of a consent. */
export type PaymentFileAttempt = Pick<PaymentFileUpload, 'tenantId' | 'consentId' | 'clientId' | 'idempotencyKey' | 'fileHash' | 'mediaType' | 'size'>;

/**
 * An upload unfinished for this long is taken to have died with its request (a hub restart, a
 * lost connection): another key may then try. Far above the Ozone Connect call's deadline.
 */
export const UPLOAD_LEASE_MS = 60_000;

/**
 * What to do with an upload request, given the consent's file record (pure: the idempotency rules).
 *
 * | record                       | same x-idempotency-key            | another key                                  |
 * |------------------------------|-----------------------------------|----------------------------------------------|
 * | none                         | create it, send to the LFI        | (same)                                       |
 * | Uploaded                     | replay the 200, nothing sent      | 400 Consent.BusinessRuleViolation (one file) |
 * | Refused                      | replay the refusal                | try again: take the record, send             |
 * | InFlight, younger than lease | 400 GenericRecoverableError: the first request is still at the LFI; retry | (same) |
 * | InFlight, older than lease   | take the record, send (its request died with a hub) | (same)                     |
 *
 * So one consent's file is never sent twice at once. When the LFI fails or does not answer, the
 * record is dropped (`abandoned`): the TPP's retry, with any key, sends again. Every accepted
 * file of a consent has the consent's FileHash (checked before), so "same key, same file" is the
 * only idempotent case there is; a second key is a second upload of the file the consent has once.
 */
export type UploadStep = { kind: 'create' } | { kind: 'take-over' } | { kind: 'replay'; upload: PaymentFileUpload };

const inProgress = (consentId: string) => new ApiError(400, 'GenericRecoverableError', `the file of consent ${consentId} is being uploaded by an earlier request; retry later`);

export function nextUploadStep(record: PaymentFileUpload | undefined, attempt: PaymentFileAttempt, now: Date): UploadStep {
  if (!record) return { kind: 'create' };
  const sameKey = record.idempotencyKey === attempt.idempotencyKey;
  switch (record.state) {
    case 'Uploaded':
      if (sameKey) return { kind: 'replay', upload: record };
      throw new ApiError(400, 'Consent.BusinessRuleViolation', `the file of consent ${record.consentId} has already been uploaded`);
    case 'Refused':
      return sameKey ? { kind: 'replay', upload: record } : { kind: 'take-over' };
    case 'InFlight':
      if (now.getTime() - Date.parse(record.updatedAt) >= UPLOAD_LEASE_MS) return { kind: 'take-over' };
      throw inProgress(record.consentId);
  }
}

/** Compare-and-set attempts before giving up on a record other requests keep changing. */
const ATTEMPTS = 3;

/**
 * The consents' files as the hub passed them to the LFI: the idempotency of the upload
 * (nextUploadStep) and the fact a file payment needs (the file was uploaded). Changes are
 * compare-and-set on `version`, so two racing requests never both take a record.
 */
@Injectable()
export class PaymentFileUploads {
  constructor(
    @InjectRepository(PaymentFileUploadEntity) private readonly rows: Repository<PaymentFileUploadEntity>,
    private readonly clock: Clock,
  ) {}

  /** `send`: pass the file to the LFI, then call `uploaded` or `refused`; `replay`: answer the record again. */
  async begin(attempt: PaymentFileAttempt): Promise<{ kind: 'send' } | { kind: 'replay'; upload: PaymentFileUpload }> {
    for (let i = 1; ; i++) {
      const now = this.clock.now();
      const row = await this.row(attempt.tenantId, attempt.consentId);
      if (row && row.clientId !== attempt.clientId) throw ApiError.notFound(`No payment consent ${attempt.consentId} of this TPP here`);
      const step = nextUploadStep(row ? toUpload(row) : undefined, attempt, now);
      if (step.kind === 'replay') return step;
      const done = step.kind === 'create' ? await this.create(attempt, now) : await this.takeOver(row!, attempt, now);
      if (done) return { kind: 'send' };
      if (i >= ATTEMPTS) throw inProgress(attempt.consentId);
    }
  }

  /** The LFI took the file (whoever sent it: the bytes are the consent's). */
  async uploaded(tenantId: string, consentId: string): Promise<void> {
    await this.write(tenantId, consentId, (row) => row.state !== 'Uploaded', { state: 'Uploaded', refusal: null });
  }

  /** The LFI refused the file this key sent; a retry with the key is answered the same. */
  async refused(tenantId: string, consentId: string, idempotencyKey: string, refusal: PaymentFileRefusal): Promise<void> {
    await this.write(tenantId, consentId, (row) => row.state === 'InFlight' && row.idempotencyKey === idempotencyKey, { state: 'Refused', refusal });
  }

  /** The LFI failed or did not answer this key's upload: forget it, so a retry sends the file again. */
  async abandoned(tenantId: string, consentId: string, idempotencyKey: string): Promise<void> {
    await this.turn(() => this.rows.delete({ tenantId, consentId, idempotencyKey, state: 'InFlight' }));
  }

  async find(tenantId: string, consentId: string): Promise<PaymentFileUpload | undefined> {
    const row = await this.row(tenantId, consentId);
    return row ? toUpload(row) : undefined;
  }

  private async create(attempt: PaymentFileAttempt, now: Date): Promise<boolean> {
    const at = toInstant(now);
    const row: PaymentFileUploadEntity = { ...attempt, state: 'InFlight', refusal: null, createdAt: at, updatedAt: at, version: 1 };
    try {
      await this.turn(() => this.rows.insert(row as QueryDeepPartialEntity<PaymentFileUploadEntity>));
      return true;
    } catch (error) {
      // Another request created the record first (primary key): decide again on what it wrote.
      if (await this.row(attempt.tenantId, attempt.consentId)) return false;
      throw error;
    }
  }

  private takeOver(row: PaymentFileUploadEntity, attempt: PaymentFileAttempt, now: Date): Promise<boolean> {
    return this.compareAndSet(row, { idempotencyKey: attempt.idempotencyKey, fileHash: attempt.fileHash, mediaType: attempt.mediaType, size: attempt.size, state: 'InFlight', refusal: null }, now);
  }

  private async write(tenantId: string, consentId: string, when: (row: PaymentFileUploadEntity) => boolean, values: Partial<PaymentFileUploadEntity>): Promise<void> {
    for (let i = 0; i < ATTEMPTS; i++) {
      const row = await this.row(tenantId, consentId);
      if (!row || !when(row)) return;
      if (await this.compareAndSet(row, values, this.clock.now())) return;
    }
  }

  /** The UPDATE matches only the row as it was read: of two concurrent changes, one wins. */
  private async compareAndSet(row: PaymentFileUploadEntity, values: Partial<PaymentFileUploadEntity>, now: Date): Promise<boolean> {
    const result = await this.turn(() =>
      this.rows
        .createQueryBuilder()
        .update(PaymentFileUploadEntity)
        .set({ ...values, updatedAt: toInstant(now), version: row.version + 1 } as QueryDeepPartialEntity<PaymentFileUploadEntity>)
        .where({ tenantId: row.tenantId, consentId: row.consentId, version: row.version })
        .execute(),
    );
    return result.affected === 1;
  }

  private async row(tenantId: string, consentId: string): Promise<PaymentFileUploadEntity | null> {
    return this.turn(() => this.rows.findOne({ where: { tenantId, consentId } }));
  }

  /** SQLite's one shared connection: take turns with the consent store's transactions. */
  private turn<T>(work: () => Promise<T>): Promise<T> {
    return inTurn(this.rows.manager.connection, work);
  }
}

function toUpload(row: PaymentFileUploadEntity): PaymentFileUpload {
  return {
    tenantId: row.tenantId,
    consentId: row.consentId,
    clientId: row.clientId,
    idempotencyKey: row.idempotencyKey,
    fileHash: row.fileHash,
    mediaType: row.mediaType,
    size: row.size,
    state: row.state as PaymentFileUploadState,
    ...(row.refusal ? { refusal: row.refusal as PaymentFileRefusal } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
