import { ConfigError, findRootDir, loadConfig } from './load-config';

const root = findRootDir();

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, root);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('reads the defaults: three tenants (two banks, one insurer) and a headless bank and insurer, absolute paths, 600 s tokens', () => {
    const config = loadConfig({}, root);
    expect(config.tenants.map((t) => [t.id, t.sector, t.headless === true])).toEqual([
      ['falcon-bank', 'banking', false],
      ['oasis-bank', 'banking', false],
      ['dune-insurance', 'insurance', false],
      ['model-bank', 'banking', true],
      ['model-insurer', 'insurance', true],
    ]);
    expect(config.dataDir).toBe(`${root}/var`);
    expect(config.manifestPath).toBe(`${root}/var/sandbox.json`);
    expect(config.tokens.accessTokenTtlSeconds).toBe(600);
    expect(config.database.url).toBeUndefined();
  });

  it('lets environment variables override the files', () => {
    const config = loadConfig({ HUB_PORT: '0', REDIS_URL: 'redis://127.0.0.1:7000', SANDBOX_DATA_DIR: '/tmp/x', DATABASE_URL: 'postgres://u@h/db' }, root);
    expect(config.ports.hub).toBe(0);
    expect(config.redis.url).toBe('redis://127.0.0.1:7000');
    expect(config.dataDir).toBe('/tmp/x');
    expect(config.manifestPath).toBe(`${root}/var/sandbox.json`);
    expect(config.database.url).toBe('postgres://u@h/db');
  });

  it('names the key and the variable of a value that is not a number', () => {
    expect(problemsOf({ HUB_PORT: 'eighty' })).toEqual(["HUB_PORT (ports.hub) must be a whole number, got 'eighty'"]);
  });

  it('names the key, the variable and the expected form of an out-of-range or malformed value', () => {
    const problems = problemsOf({ MOCK_LFI_PORT: '70000', DATABASE_URL: 'mysql://x', TENANT_ROUTING: 'cookie' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ports\.mockLfi \(env MOCK_LFI_PORT\): .*65535.*got 70000$/),
        expect.stringMatching(/^database\.url \(env DATABASE_URL\): .*postgres:\/\/ URL/),
        expect.stringMatching(/^tenantRouting \(env TENANT_ROUTING\): .*path, host/),
      ]),
    );
  });

  it('refuses an unknown key and a duplicated tenant from a SANDBOX_CONFIG file', () => {
    const { writeFileSync, mkdtempSync } = require('node:fs') as typeof import('node:fs');
    const dir = mkdtempSync(`${require('node:os').tmpdir()}/cfg-`);
    writeFileSync(`${dir}/typo.json`, JSON.stringify({ prots: { hub: 1 } }));
    expect(problemsOf({ SANDBOX_CONFIG: `${dir}/typo.json` }).join()).toMatch(/prots/);
    const dup = { tenants: [{ id: 'a-bank', name: 'A Bank', sector: 'banking' }, { id: 'a-bank', name: 'B Bank', sector: 'banking' }] };
    writeFileSync(`${dir}/dup.json`, JSON.stringify(dup));
    expect(problemsOf({ SANDBOX_CONFIG: `${dir}/dup.json` })).toEqual(["tenants: the id 'a-bank' is used twice"]);
  });

  it('refuses two banks with one bank code (CoP discovery resolves IBANs by it) and a bank code that is not 3 digits', () => {
    const { writeFileSync, mkdtempSync } = require('node:fs') as typeof import('node:fs');
    const dir = mkdtempSync(`${require('node:os').tmpdir()}/cfg-`);
    const shared = { tenants: [{ id: 'a-bank', name: 'A Bank', sector: 'banking', bankCode: '033' }, { id: 'b-bank', name: 'B Bank', sector: 'banking', bankCode: '033' }] };
    writeFileSync(`${dir}/shared.json`, JSON.stringify(shared));
    expect(problemsOf({ SANDBOX_CONFIG: `${dir}/shared.json` })).toEqual(['tenants: a-bank and b-bank share the bank code 033 (set bankCode on one of them)']);
    const short = { tenants: [{ id: 'a-bank', name: 'A Bank', sector: 'banking', bankCode: '33' }] };
    writeFileSync(`${dir}/short.json`, JSON.stringify(short));
    expect(problemsOf({ SANDBOX_CONFIG: `${dir}/short.json` })).toEqual([expect.stringMatching(/tenants\.0\.bankCode.*3-digit/)]);
  });

  it('lets a tenant point at an LFI’s own Ozone Connect, and refuses plain http', () => {
    const { writeFileSync, mkdtempSync } = require('node:fs') as typeof import('node:fs');
    const dir = mkdtempSync(`${require('node:os').tmpdir()}/cfg-`);
    const tenants = [{ id: 'my-bank', name: 'My Bank', sector: 'banking', ozoneConnectUrl: 'https://oc.my-bank.example/open-finance' }];
    writeFileSync(`${dir}/own.json`, JSON.stringify({ tenants }));
    expect(loadConfig({ SANDBOX_CONFIG: `${dir}/own.json` }, root).tenants[0].ozoneConnectUrl).toBe('https://oc.my-bank.example/open-finance');
    writeFileSync(`${dir}/http.json`, JSON.stringify({ tenants: [{ ...tenants[0], ozoneConnectUrl: 'http://oc.example' }] }));
    expect(problemsOf({ SANDBOX_CONFIG: `${dir}/http.json` }).join()).toMatch(/tenants\.0\.ozoneConnectUrl/);
  });

  it('has no trusted proxy unless configured, and pins one by a well-formed SHA-256 fingerprint only', () => {
    const { writeFileSync, mkdtempSync } = require('node:fs') as typeof import('node:fs');
    const dir = mkdtempSync(`${require('node:os').tmpdir()}/cfg-`);
    expect(loadConfig({}, root).trustedProxy).toBeUndefined();
    const certificateFingerprint256 = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(':');
    writeFileSync(`${dir}/proxy.json`, JSON.stringify({ trustedProxy: { certificateFingerprint256, certificateHeader: 'x-client-cert' } }));
    expect(loadConfig({ SANDBOX_CONFIG: `${dir}/proxy.json` }, root).trustedProxy).toEqual({ certificateFingerprint256, certificateHeader: 'x-client-cert' });
    writeFileSync(`${dir}/short.json`, JSON.stringify({ trustedProxy: { certificateFingerprint256: 'AB:CD', dnHeader: 'X-Cert-DN' } }));
    const problems = problemsOf({ SANDBOX_CONFIG: `${dir}/short.json` }).join();
    expect(problems).toMatch(/trustedProxy\.certificateFingerprint256/);
    expect(problems).toMatch(/trustedProxy\.dnHeader/);
  });
  it('takes headless as a boolean only, and refuses a headless tenant that also names its own authorizationEndpoint', () => {
    const { writeFileSync, mkdtempSync } = require('node:fs') as typeof import('node:fs');
    const dir = mkdtempSync(`${require('node:os').tmpdir()}/cfg-`);
    const tenant = { id: 'a-bank', name: 'A Bank', sector: 'banking' };
    writeFileSync(`${dir}/word.json`, JSON.stringify({ tenants: [{ ...tenant, headless: 'yes' }] }));
    expect(problemsOf({ SANDBOX_CONFIG: `${dir}/word.json` }).join()).toMatch(/tenants\.0\.headless.*boolean/);
    writeFileSync(`${dir}/both.json`, JSON.stringify({ tenants: [{ ...tenant, headless: true, authorizationEndpoint: 'https://bank.example/authorize' }] }));
    expect(problemsOf({ SANDBOX_CONFIG: `${dir}/both.json` })).toEqual([
      "tenants: a-bank is headless (its authorization_endpoint is Headless Heimdall's /auth) and cannot also set authorizationEndpoint",
    ]);
    writeFileSync(`${dir}/ok.json`, JSON.stringify({ tenants: [{ ...tenant, headless: true }] }));
    expect(loadConfig({ SANDBOX_CONFIG: `${dir}/ok.json` }, root).tenants[0].headless).toBe(true);
  });
});
