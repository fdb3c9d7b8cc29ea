import { toInstant } from '@hub/persistence';
import { LessThan, type DataSource } from 'typeorm';
import { OidcModelEntity } from './oidc-model.entity';

/**
 * Deletes expired provider state of every tenant (finds already ignore it; this only reclaims
 * space). Rows without an expiry stay. Returns how many rows went.
 */
export async function purgeExpiredOidcModels(ds: DataSource, now: Date): Promise<number> {
  const result = await ds.getRepository(OidcModelEntity).delete({ expiresAt: LessThan(toInstant(now)) });
  return result.affected ?? 0;
}
