import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The committed wire types are exactly what `npm run wire-types` generates from the official
 * documents, for both libraries (one generation run: libs/standards and libs/ozone-connect), so a
 * hand edit or a changed document cannot go unnoticed.
 */
const REPO = join(__dirname, '..');
const FOLDERS = ['libs/standards/src/generated', 'libs/ozone-connect/src/wire/generated'];

describe('generated wire types', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'wire-types-'));
    execFileSync(process.execPath, [join(REPO, 'tools/generate-wire-types.js'), '--out', out], { cwd: REPO, stdio: 'pipe' });
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(FOLDERS)('%s holds the same files as a fresh generation', (folder) => {
    expect(readdirSync(join(REPO, folder)).sort()).toEqual(readdirSync(join(out, folder)).sort());
  });

  it.each(FOLDERS)('%s is byte for byte a fresh generation (run `npm run wire-types`)', (folder) => {
    const drifted = readdirSync(join(out, folder)).filter(
      (file) => readFileSync(join(REPO, folder, file), 'utf8') !== readFileSync(join(out, folder, file), 'utf8'),
    );
    expect(drifted).toEqual([]);
  });
});
