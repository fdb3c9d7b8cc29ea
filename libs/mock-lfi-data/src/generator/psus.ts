import type { LfiTenant, PsuSeed } from '../model';
import { FIRST_NAMES, LAST_NAMES, MOCK_LFI_DEMO_PSU, PASSWORD_WORDS } from '../seed-inputs';
import { emiratesId } from './emirates-id';
import { HEADLESS_USER_ID, headlessProfile, isHeadlessModelUser } from './headless-profile';
import { psuProfile, SME_CO_SIGNER } from './psu-profiles';
import { SeededRandom, stableId } from './seeded-random';

/** A PSU before its accounts or policies are attached. */
export type PsuIdentity = Omit<PsuSeed, 'accountIds' | 'insurancePolicyIds'> & { lastName: string };

export function psuUserId(seed: string, tenant: LfiTenant, index: number): string {
  if (isHeadlessModelUser(tenant, index)) return HEADLESS_USER_ID;
  return stableId('psu-', 12, seed, tenant.id, index);
}

/**
 * The `index`-th PSU of a tenant. Each PSU draws from its own stream, so raising the PSU count
 * adds PSUs without changing the existing ones.
 */
export function generatePsu(seed: string, tenant: LfiTenant, index: number, takenUsernames: Set<string>): PsuIdentity {
  const random = new SeededRandom(`${seed}|${tenant.id}|psu|${index}`);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const credentials = index === 0 ? MOCK_LFI_DEMO_PSU : randomCredentials(random, firstName, lastName);
  const username = uniqueUsername(credentials.username, takenUsernames);
  const profile = headlessProfile(tenant, index) ?? psuProfile(tenant.sector, index);
  return {
    tenantId: tenant.id,
    userId: psuUserId(seed, tenant, index),
    username,
    password: credentials.password,
    otp: credentials.otp,
    fullName: `${firstName} ${lastName}`,
    lastName,
    emiratesId: emiratesId(random),
    customerCategory: profile.customerCategory,
    profile: profile.key,
  };
}

export function coSignerUserId(seed: string, tenant: LfiTenant, ownerIndex: number): string {
  return stableId('psu-', 12, seed, tenant.id, 'co-signer', ownerIndex);
}

/**
 * The co-signer of the business owned by PSU `ownerIndex` (see SME_CO_SIGNER), from a stream of
 * its own. Its username has a second dot (`first.last.finance`), which no numbered PSU's can have,
 * so it never makes a numbered PSU's username change.
 */
export function generateCoSigner(seed: string, tenant: LfiTenant, ownerIndex: number, takenUsernames: Set<string>): PsuIdentity {
  const random = new SeededRandom(`${seed}|${tenant.id}|co-signer|${ownerIndex}`);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const credentials = randomCredentials(random, firstName, lastName);
  return {
    tenantId: tenant.id,
    userId: coSignerUserId(seed, tenant, ownerIndex),
    username: uniqueUsername(`${credentials.username}.finance`, takenUsernames),
    password: credentials.password,
    otp: credentials.otp,
    fullName: `${firstName} ${lastName}`,
    lastName,
    emiratesId: emiratesId(random),
    customerCategory: SME_CO_SIGNER.customerCategory,
    profile: SME_CO_SIGNER.key,
  };
}

function randomCredentials(random: SeededRandom, firstName: string, lastName: string) {
  return {
    username: `${slug(firstName)}.${slug(lastName)}`,
    password: `Sandbox-${random.pick(PASSWORD_WORDS)}-${random.digits(2)}`,
    otp: random.digits(6),
  };
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** Two PSUs with the same names get `amira.khan` and `amira.khan2`; records the result. */
function uniqueUsername(wanted: string, taken: Set<string>): string {
  let candidate = wanted;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${wanted}${suffix}`;
  taken.add(candidate);
  return candidate;
}
