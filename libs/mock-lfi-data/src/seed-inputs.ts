// Imported (not read from disk) so tsc copies the JSON into dist/seed-data with the build.
import names from '../../../seed-data/mock-lfi/names.json';
import settings from '../../../seed-data/mock-lfi/settings.json';

export interface DemoCredentials {
  username: string;
  password: string;
  otp: string;
}

/** Seed string used when the sandbox config names none. */
export const MOCK_LFI_DEFAULT_SEED: string = settings.defaultSeed;
export const MOCK_LFI_DEFAULT_PSU_COUNT: number = settings.psuCount;

/**
 * The first PSU of every tenant logs in with these, whatever the seed, so docs and quick-start
 * guides can name them.
 */
export const MOCK_LFI_DEMO_PSU: Readonly<DemoCredentials> = Object.freeze({ ...settings.demoPsu });

export const FIRST_NAMES: readonly string[] = names.firstNames;
export const LAST_NAMES: readonly string[] = names.lastNames;
export const PASSWORD_WORDS: readonly string[] = settings.passwordWords;

/** Every generated date is relative to this day, never to the clock. */
export const GENERATION_EPOCH: string = settings.epoch;
