// Proves the boundary rules bite: a small tree laid out like ours (kernel, a domain, a surface lib,
// a mock-LFI lib, libs/testing) is cruised with the
// project's real .dependency-cruiser.js, and each broken boundary is reported under its rule while
// the legitimate imports beside them are not. dependency-cruiser is ESM-only, so it runs as the
// same CLI `npm run lint` uses.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';

const root = join(__dirname, '..', '..');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
  try {
    const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
    files['tsconfig.json'] = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: compilerOptions.paths } });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const pkg = join(root, 'node_modules', 'dependency-cruiser');
    const bin = join(pkg, JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).bin.depcruise);
    const run = spawnSync(
      process.execPath,
      [bin, 'libs', '--config', join(root, '.dependency-cruiser.js'), '--output-type', 'json'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (!run.stdout) throw new Error(`dependency-cruiser failed: ${run.stderr}`);
    return JSON.parse(run.stdout).summary.violations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lib = (name: string) => ({ [`libs/${name}/src/index.ts`]: `export const ${name.replace(/-/g, '_')} = 1;\n` });

describe('machine-checked boundaries', () => {
  let violations: Violation[];

  beforeAll(() => {
    violations = cruise({
      ...lib('kernel'),
      ...lib('consent'),
      ...lib('gateway'),
      ...lib('testing'),
      ...lib('mock-lfi-web'),
      'libs/consent/src/x.ts': 'export const x = 1;\n',
      // Broken boundaries.
      'libs/kernel/src/probe.ts': "import { consent } from '@hub/consent';\nexport const p = consent;\n",
      'libs/mock-lfi-web/src/probe.ts': "import { gateway } from '@hub/gateway';\nexport const p = gateway;\n",
      'libs/gateway/src/deep.ts': "import { x } from '@hub/consent/src/x';\nexport const p = x;\n",
      'libs/gateway/src/harness.ts': "import { testing } from '@hub/testing';\nexport const p = testing;\n",
      'libs/gateway/src/relative.ts': "import { x } from '../../consent/src/x';\nexport const p = x;\n",
      'libs/gateway/src/bank.spec.ts': "import { mock_lfi_web } from '@hub/mock-lfi-web';\nexport const p = mock_lfi_web;\n",
      // Legitimate imports: through the index, down the layers, test code using libs/testing.
      'libs/gateway/src/ok.ts': "import { consent } from '@hub/consent';\nimport { kernel } from '@hub/kernel';\nexport const p = [consent, kernel];\n",
      'libs/gateway/src/ok.spec.ts': "import { testing } from '@hub/testing';\nimport { p } from './ok';\nexport const q = [testing, p];\n",
      'libs/gateway/src/testing/gateway.fixture.ts': "import { testing } from '@hub/testing';\nexport const f = testing;\n",
      'libs/mock-lfi-web/src/ok.ts': "import { kernel } from '@hub/kernel';\nexport const p = kernel;\n",
      'libs/mock-lfi-web/src/ok.spec.ts': "import { testing } from '@hub/testing';\nexport const p = testing;\n",
    });
  });

  const reported = (from: string) => violations.filter((v) => v.from === from).map((v) => `${v.rule.name} → ${v.to}`);

  it('refuses the kernel importing a domain library', () => {
    expect(reported('libs/kernel/src/probe.ts')).toEqual(['kernel-imports-nothing-of-ours → libs/consent/src/index.ts']);
  });

  it('refuses the mock LFI importing a hub library, even in a mock-lfi lib created later', () => {
    expect(reported('libs/mock-lfi-web/src/probe.ts')).toEqual(['mock-lfi-imports-no-hub-library → libs/gateway/src/index.ts']);
  });

  // tsconfig maps each `@hub/<name>` exactly, so a deep `@hub/<name>/src/...` does not resolve at
  // all (Jest's generic mapper would still load it): it must not slip past the rules unseen.
  it('refuses a deep `@hub/<name>/src/...` import', () => {
    expect(reported('libs/gateway/src/deep.ts')).toEqual(['hub-alias-resolves → @hub/consent/src/x']);
  });

  it('refuses a relative import that leaves its library', () => {
    expect(reported('libs/gateway/src/relative.ts').sort()).toEqual([
      'lib-only-through-its-index → libs/consent/src/x.ts',
      'no-relative-import-into-another-lib → libs/consent/src/x.ts',
    ]);
  });

  it('refuses a hub library importing the mock LFI, even from its own tests', () => {
    expect(reported('libs/gateway/src/bank.spec.ts')).toEqual(['hub-imports-no-mock-lfi → libs/mock-lfi-web/src/index.ts']);
  });

  it('refuses production code importing the testing library', () => {
    expect(reported('libs/gateway/src/harness.ts')).toEqual(['production-imports-no-test-code → libs/testing/src/index.ts']);
  });

  it('lets imports through the index, down the layers and from test code to libs/testing pass', () => {
    expect(violations.map((v) => v.from).sort()).toEqual([
      'libs/gateway/src/bank.spec.ts',
      'libs/gateway/src/deep.ts',
      'libs/gateway/src/harness.ts',
      'libs/gateway/src/relative.ts',
      'libs/gateway/src/relative.ts',
      'libs/kernel/src/probe.ts',
      'libs/mock-lfi-web/src/probe.ts',
    ]);
  });
});

describe('eslint', () => {
  // The project's flat config without typed linting, so an in-memory file needs no TypeScript program.
  // eslint.config.js is CommonJS, so it is required here instead of loaded by ESLint's import().
  const config = (require(join(root, 'eslint.config.js')) as Linter.Config[]).map((c) =>
    (c.languageOptions?.parserOptions as { projectService?: boolean } | undefined)?.projectService
      ? { ...c, languageOptions: { ...c.languageOptions, parserOptions: {} }, rules: { ...c.rules, '@typescript-eslint/no-floating-promises': 'off' as const } }
      : c,
  );
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, baseConfig: config });
  const lint = async (code: string) =>
    (await eslint.lintText(code, { filePath: join(root, 'libs/gateway/src/probe.ts') }))[0].messages.map((m) => m.ruleId);

  it('names a deep `@hub/<name>/src/...` import where it is written', async () => {
    expect(await lint("import { x } from '@hub/consent/src/x';\nexport const p = x;\n")).toEqual(['no-restricted-imports']);
  });

  it('passes an import through the public API', async () => {
    expect(await lint("import { x } from '@hub/consent';\nexport const p = x;\n")).toEqual([]);
  });
});
