import { ConfigError, findRootDir, loadConfig } from '@hub/kernel';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOCK_LFI_DESK_SETTINGS, MockLfiDeskSettings } from './desk-settings';

const root = findRootDir();

/** A config file merged over config/sandbox.json, as SANDBOX_CONFIG does. */
function overrideFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'desk-settings-')), 'sandbox.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the desks settings (the mockLfi key of the sandbox config)', () => {
  it('reads the defaults of config/sandbox.json as typed settings, the same object on every call', () => {
    const config = loadConfig({}, root, [MOCK_LFI_DESK_SETTINGS]);
    const desks = MOCK_LFI_DESK_SETTINGS.of(config);
    expect(desks).toBeInstanceOf(MockLfiDeskSettings);
    expect(desks.fx.ratesAed.USD).toBeGreaterThan(0);
    expect(desks.accountOpening.completedAfterMs).toBeGreaterThanOrEqual(0);
    expect(desks.insurance.quoteTtlSeconds).toBeGreaterThan(0);
    expect(MOCK_LFI_DESK_SETTINGS.of(config)).toBe(desks);
  });

  it('refuses a bad desk setting while loading, named by its full key like every other key', () => {
    const SANDBOX_CONFIG = overrideFile({ mockLfi: { fx: { spreadBps: -1 }, insurance: { stepAfterMs: 'soon' } } });
    const problems = problemsOf(() => loadConfig({ SANDBOX_CONFIG }, root, [MOCK_LFI_DESK_SETTINGS]));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^mockLfi\.fx\.spreadBps: .*got -1$/), expect.stringMatching(/^mockLfi\.insurance\.stepAfterMs: .*got "soon"$/)]),
    );
  });

  it('refuses unknown desk keys, and checks on first use a config loaded without the section', () => {
    const config = loadConfig({ SANDBOX_CONFIG: overrideFile({ mockLfi: { fx: { spreadBsp: 10 } } }) }, root);
    expect(problemsOf(() => MOCK_LFI_DESK_SETTINGS.of(config))).toEqual([expect.stringMatching(/^mockLfi\.fx\.spreadBsp: .*should not exist/)]);
  });
});
