import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from './password-hash';
import type { PsuEntity } from './psu.entity';
import { findPsuByUsername } from './queries';

let decoyHash: Promise<string> | undefined;

/**
 * The PSU when `password` is right, otherwise undefined. An unknown username still costs one
 * scrypt run against a decoy hash, so response time does not reveal which usernames exist.
 */
export async function verifyPsuPassword(
  ds: DataSource,
  tenantId: string,
  username: string,
  password: string,
): Promise<PsuEntity | undefined> {
  const psu = await findPsuByUsername(ds, tenantId, username);
  decoyHash ??= hashPassword('decoy');
  const matches = await verifyPassword(password, psu?.passwordHash ?? (await decoyHash));
  return psu && matches ? psu : undefined;
}
