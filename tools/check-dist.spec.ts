import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// tools/ is plain CommonJS run by node; the test requires it as the CI line does.
const { findTestCode } = require('./check-dist') as { findTestCode: (distDir: string) => string[] };

describe('check-dist: the build output holds no test code', () => {
  let dist: string;
  const plant = (...paths: string[]) => {
    for (const path of paths) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), '');
    }
  };

  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'check-dist-'));
    plant(
      'apps/hub/src/main.js',
      'libs/gateway/src/mapping/map-bank-data-response.js',
      'libs/gateway/src/mapping/map-bank-data-response.d.ts',
      // the test library is built on purpose (the bench uses it)
      'libs/testing/src/index.js',
      'libs/testing/src/sandbox-process.js',
    );
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('passes a build of production code and the test library', () => {
    expect(findTestCode(dist)).toEqual([]);
  });

  it.each([
    'libs/gateway/src/mapping/pagination.spec.js',
    'libs/webhooks/src/publisher/outbox-relay.int-spec.js',
    'test/e2e/webhooks.e2e-spec.js',
    'libs/mock-lfi-desks/src/fx/fx-desk.fixture.js',
    'libs/gateway/src/insurance-mapping/oc.fixture.d.ts',
  ])('fails on a planted test file: %s', (path) => {
    plant(path);
    expect(findTestCode(dist)).toEqual([path]);
  });

  it('fails on a testing/ folder of an app or a library, naming the folder once', () => {
    plant('libs/gateway/src/mapping/testing/oc-fixtures.js', 'libs/gateway/src/mapping/testing/official-documents.js', 'libs/mock-lfi-web/src/pages/testing/page-fixtures.js');
    expect(findTestCode(dist)).toEqual(['libs/gateway/src/mapping/testing/', 'libs/mock-lfi-web/src/pages/testing/']);
  });
});
