import { toInstant } from '@hub/persistence';
import { IsNull } from 'typeorm';
import { PaymentFileEntity, type FilePaymentTerms } from './payment-file.entity';
import type { MockLfiDb } from './queries';

/** What became of a write that may repeat an earlier one: done, the same as before, or in conflict with it. */
export type RepeatableWrite = 'written' | 'unchanged' | 'conflict';

const TERMS = ['FileType', 'FileHash', 'FileReference', 'NumberOfTransactions', 'ControlSum', 'RequestedExecutionDate'] as const;

export function findPaymentFile(db: MockLfiDb, tenantId: string, consentId: string): Promise<PaymentFileEntity | null> {
  return db.getRepository(PaymentFileEntity).findOneBy({ tenantId, consentId });
}

/** The row of a consent, created empty on first use (a racing creation is fine: both then update it). */
async function rowOf(db: MockLfiDb, tenantId: string, consentId: string, at: Date): Promise<PaymentFileEntity> {
  await db
    .createQueryBuilder()
    .insert()
    .into(PaymentFileEntity)
    .values({ tenantId, consentId, terms: null, content: null, contentType: null, fileHash: null, uploadedAt: null, createdAt: toInstant(at) } as never)
    .orIgnore()
    .execute();
  return (await findPaymentFile(db, tenantId, consentId))!;
}

/** The file payment consent's terms, as the hub created it at the bank; the same terms again change nothing. */
export async function recordFilePaymentTerms(db: MockLfiDb, tenantId: string, consentId: string, terms: FilePaymentTerms, at: Date): Promise<RepeatableWrite> {
  const row = await rowOf(db, tenantId, consentId, at);
  if (row.terms) return TERMS.every((member) => row.terms![member] === terms[member]) ? 'unchanged' : 'conflict';
  const set = await db.getRepository(PaymentFileEntity).update({ tenantId, consentId, terms: IsNull() }, { terms: terms as never });
  return set.affected === 1 ? 'written' : recordFilePaymentTerms(db, tenantId, consentId, terms, at);
}

export interface UploadedFile {
  content: string;
  contentType: string | null;
  fileHash: string;
}

/** The consent's file, once: the same file again changes nothing, another one is a conflict. */
export async function storePaymentFile(db: MockLfiDb, tenantId: string, consentId: string, file: UploadedFile, at: Date): Promise<RepeatableWrite> {
  const row = await rowOf(db, tenantId, consentId, at);
  if (row.fileHash) return row.fileHash === file.fileHash ? 'unchanged' : 'conflict';
  const set = await db.getRepository(PaymentFileEntity).update({ tenantId, consentId, fileHash: IsNull() }, { ...file, uploadedAt: toInstant(at) });
  return set.affected === 1 ? 'written' : storePaymentFile(db, tenantId, consentId, file, at);
}
