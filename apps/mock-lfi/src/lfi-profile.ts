import { readFileSync } from 'node:fs';
import type { LfiProfile } from '@hub/mock-lfi-data';

/**
 * The mock LFI learns everything about its place in the ecosystem from one profile file (written
 * by the launcher): its certificates and keys, the hub URLs of each tenant, and which hub client
 * certificate may call its Ozone Connect. A real LFI configures the same facts.
 */
export function readLfiProfile(file = process.env.MOCK_LFI_PROFILE): LfiProfile {
  if (!file) throw new Error('MOCK_LFI_PROFILE is not set: start the mock LFI through `npm start`, which writes var/mock-lfi.json');
  return JSON.parse(readFileSync(file, 'utf8')) as LfiProfile;
}
