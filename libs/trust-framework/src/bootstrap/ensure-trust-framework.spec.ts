import { randomUUID, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { x509 } from '../issuance/x509';
import { Directory, TppApplication } from '../directory/directory.types';
import { readDirectory } from '../directory/directory-file';
import { ensureTrustFramework, EnsureTrustFrameworkOptions } from './ensure-trust-framework';

const DAY = 24 * 60 * 60 * 1000;
const EKU_SERVER = '1.3.6.1.5.5.7.3.1';
const EKU_CLIENT = '1.3.6.1.5.5.7.3.2';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const NOW = new Date();
const seed = {
  clientId: randomUUID(),
  organisationId: randomUUID(),
  organisationName: 'Acme Budgeting, Ltd',
  softwareStatementId: 'acme-budget-ssa',
  name: 'Acme Budget',
  roles: ['BDSP', 'IDSP'],
  redirectUris: ['https://acme.example/callback'],
};

let certsDir: string;
let options: EnsureTrustFrameworkOptions;
let first: Directory;

const cert = (file: string) => new X509Certificate(readFileSync(file));
const details = (file: string) => new x509.X509Certificate(readFileSync(file, 'utf8'));
const daysValid = (c: X509Certificate) => Math.round((Date.parse(c.validTo) - Date.parse(c.validFrom)) / DAY);

function transportFiles(d: Directory): string[] {
  return [...d.hubApplications, ...d.lfiApplications, ...d.tppApplications].map((a) => a.transportCertFile);
}

function leafFiles(d: Directory): string[] {
  const servers = Object.values(d.servers).map((s) => s.certFile);
  return [...servers, ...transportFiles(d), ...d.tppApplications.map((a) => a.webhookServerCertFile)];
}

function fingerprints(files: string[]): string[] {
  return files.map((f) => cert(f).fingerprint256);
}

function expectChainsToRoot(d: Directory, leaf: string): void {
  const root = cert(d.rootCaCertFile);
  const issuing = cert(d.issuingCaCertFile);
  const c = cert(leaf);
  expect(c.checkIssued(issuing) && c.verify(issuing.publicKey)).toBe(true);
  expect(issuing.checkIssued(root) && issuing.verify(root.publicKey)).toBe(true);
  expect(root.verify(root.publicKey)).toBe(true);
}

beforeAll(async () => {
  certsDir = mkdtempSync(join(tmpdir(), 'tf-ensure-'));
  options = {
    certsDir,
    tenants: [
      { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' },
      { id: 'beta-insurance', name: 'Beta Insurance', sector: 'insurance' },
    ],
    tppApplications: [seed],
    now: NOW,
  };
  first = await ensureTrustFramework(options);
});

afterAll(() => rmSync(certsDir, { recursive: true, force: true }));

describe('first run', () => {
  it('stores relative paths in directory.json and returns absolute ones', () => {
    const stored = JSON.parse(readFileSync(join(certsDir, 'directory.json'), 'utf8'));
    expect(stored.version).toBe(1);
    expect(stored.caBundleFile).toBe('ca/bundle.pem');
    expect(stored.servers.hub).toEqual({ certFile: 'servers/hub.pem', keyFile: 'servers/hub.key' });
    expect(stored.tppApplications[0].credentialsDir).toBe(`tpps/${seed.clientId}`);
    expect(first.caBundleFile).toBe(join(certsDir, 'ca/bundle.pem'));
    expect(readDirectory(certsDir)).toEqual(first);
  });

  it('makes CAs with the right constraints and lifetimes', () => {
    const root = details(first.rootCaCertFile);
    const issuing = details(first.issuingCaCertFile);
    for (const ca of [root, issuing]) {
      const bc = ca.getExtension(x509.BasicConstraintsExtension)!;
      expect(bc.ca).toBe(true);
      expect(bc.critical).toBe(true);
      expect(ca.getExtension(x509.KeyUsagesExtension)!.usages).toBe(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign);
    }
    expect(root.getExtension(x509.BasicConstraintsExtension)!.pathLength).toBeUndefined();
    expect(issuing.getExtension(x509.BasicConstraintsExtension)!.pathLength).toBe(0);
    expect(daysValid(cert(first.rootCaCertFile))).toBe(3650);
    expect(daysValid(cert(first.issuingCaCertFile))).toBe(1825);
    expect(readFileSync(first.caBundleFile, 'utf8')).toBe(
      `${readFileSync(first.issuingCaCertFile, 'utf8').trim()}\n${readFileSync(first.rootCaCertFile, 'utf8').trim()}\n`,
    );
  });

  it('chains every certificate to the root, with P-256 keys, ECDSA-SHA256 signatures and one-year validity', () => {
    for (const file of leafFiles(first)) {
      expectChainsToRoot(first, file);
      const c = cert(file);
      expect(c.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
      expect(details(file).signatureAlgorithm).toMatchObject({ name: 'ECDSA', hash: { name: 'SHA-256' } });
      expect(daysValid(c)).toBe(365);
    }
  });

  it('issues server certificates for serverAuth on the sandbox host names', () => {
    const servers = [...Object.values(first.servers).map((s) => s.certFile), ...first.tppApplications.map((a) => a.webhookServerCertFile)];
    for (const file of servers) {
      const c = cert(file);
      expect(c.ca).toBe(false);
      expect(c.keyUsage).toEqual([EKU_SERVER]);
      expect(details(file).getExtension(x509.KeyUsagesExtension)!.usages).toBe(x509.KeyUsageFlags.digitalSignature);
      expect(c.subjectAltName).toBe(
        'DNS:localhost, DNS:*.localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, DNS:alpha-bank.localhost, DNS:beta-insurance.localhost',
      );
      expect(c.checkHost('alpha-bank.localhost')).toBe('alpha-bank.localhost');
      expect(c.checkIP('127.0.0.1')).toBe('127.0.0.1');
    }
  });

  it('issues transport certificates for clientAuth with the trust framework subject', () => {
    const apps = [...first.hubApplications, ...first.lfiApplications, ...first.tppApplications];
    expect(apps).toHaveLength(5);
    for (const app of apps) {
      const c = cert(app.transportCertFile);
      expect(c.subject).toBe(`C=AE\nO=${app.organisationName.replace(',', '\\,')}\nOU=${app.organisationId}\nCN=${app.clientId}`);
      expect(c.ca).toBe(false);
      expect(c.keyUsage).toEqual([EKU_CLIENT]);
      expect(details(app.transportCertFile).getExtension(x509.KeyUsagesExtension)!.usages).toBe(x509.KeyUsageFlags.digitalSignature);
      expect(c.subjectAltName).toBeUndefined();
      expect(app.certificateSha256).toBe(Buffer.from(c.fingerprint256.replace(/:/g, ''), 'hex').toString('base64url'));
    }
  });

  it('gives the hub and the LFIs deterministic identities', () => {
    const [alphaHub, betaHub] = first.hubApplications;
    const [alphaLfi] = first.lfiApplications;
    expect(alphaHub).toMatchObject({ tenantId: 'alpha-bank', organisationName: 'Open Finance Hub Sandbox' });
    expect(alphaHub.organisationId).toBe(betaHub.organisationId);
    expect(alphaHub.clientId).not.toBe(betaHub.clientId);
    expect(alphaLfi).toMatchObject({ tenantId: 'alpha-bank', organisationName: 'Alpha Bank' });
    // Fixed values: changing the derivation would break every TPP and test that hard-codes them.
    expect(alphaLfi.organisationId).toBe('82d745b0-7f82-4ce8-9704-d4a6edce49c1');
    for (const app of [...first.hubApplications, ...first.lfiApplications]) {
      for (const id of [app.organisationId, app.softwareStatementId, app.clientId]) expect(id).toMatch(UUID_V4);
    }
  });

  it('writes private keys as PKCS#8 PEM readable by the owner only', () => {
    const tpp = first.tppApplications[0];
    const keyFiles = [tpp.transportKeyFile, tpp.signingKeyFile, tpp.encryptionKeyFile, tpp.webhookServerKeyFile, join(certsDir, 'ca/root.key')];
    for (const file of keyFiles) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    }
    expect(readFileSync(join(tpp.credentialsDir, 'README.md'), 'utf8')).toContain(first.caBundleFile);
  });
});

describe('later runs', () => {
  it('reuse everything when nothing changed, without touching directory.json', async () => {
    const before = fingerprints(leafFiles(first));
    const mtime = statSync(join(certsDir, 'directory.json')).mtimeMs;
    const second = await ensureTrustFramework(options);
    expect(second).toEqual(first);
    expect(fingerprints(leafFiles(second))).toEqual(before);
    expect(statSync(join(certsDir, 'directory.json')).mtimeMs).toBe(mtime);
  });

  it('add tenants and seeds that appear in the options, once', async () => {
    const laterSeed = { organisationName: seed.organisationName, name: 'Acme Payments', roles: ['BSIP'], redirectUris: ['https://acme.example/pay'] };
    options = {
      ...options,
      tenants: [...options.tenants, { id: 'gamma-bank', name: 'Gamma Bank', sector: 'banking' }],
      tppApplications: [seed, laterSeed],
    };
    const before = fingerprints(transportFiles(first));
    const grown = await ensureTrustFramework(options);
    const again = await ensureTrustFramework(options);
    expect(again).toEqual(grown);
    expect(grown.lfiApplications.map((a) => a.tenantId)).toEqual(['alpha-bank', 'beta-insurance', 'gamma-bank']);
    expect(grown.tppApplications.map((a) => a.name)).toEqual(['Acme Budget', 'Acme Payments']);
    const added = grown.tppApplications[1];
    expect(added.organisationId).toBe(seed.organisationId);
    expect(added.clientId).toMatch(UUID_V4);
    expect(fingerprints(transportFiles(first))).toEqual(before);
    expect(cert(grown.servers.hub.certFile).checkHost('gamma-bank.localhost')).toBe('gamma-bank.localhost');
    first = grown;
  });

  it('re-issue server certificates when the host names change', async () => {
    const transports = fingerprints(transportFiles(first));
    const servers = fingerprints([first.servers.hub.certFile]);
    await ensureTrustFramework({ ...options, serverHostnames: ['localhost', 'sandbox.test'] });
    expect(cert(first.servers.hub.certFile).subjectAltName).toBe('DNS:localhost, DNS:sandbox.test');
    expect(fingerprints([first.servers.hub.certFile])).not.toEqual(servers);
    expect(fingerprints(transportFiles(first))).toEqual(transports);
    await ensureTrustFramework(options);
  });
});

describe('renewal', () => {
  const keysAndJwks = (d: Directory) => [
    ...[...d.hubApplications, ...d.lfiApplications, ...d.tppApplications].flatMap((a) => [a.transportKeyFile, a.signingKeyFile, a.jwksFile]),
  ].map((f) => readFileSync(f, 'utf8'));

  it('re-issues leaves within 30 days of expiry, keeping their keys and the CA', async () => {
    const leavesBefore = fingerprints(leafFiles(first));
    const keysBefore = keysAndJwks(first);
    const caBefore = readFileSync(first.caBundleFile, 'utf8');
    const later = new Date(NOW.getTime() + 340 * DAY);
    const renewed = await ensureTrustFramework({ ...options, now: later });
    const leavesAfter = fingerprints(leafFiles(renewed));
    leavesAfter.forEach((f, i) => expect(f).not.toBe(leavesBefore[i]));
    expect(keysAndJwks(renewed)).toEqual(keysBefore);
    expect(readFileSync(renewed.caBundleFile, 'utf8')).toBe(caBefore);
    const tpp = renewed.tppApplications[0] as TppApplication;
    expect(tpp.certificateSha256).not.toBe(first.tppApplications[0].certificateSha256);
    expect(Date.parse(cert(tpp.transportCertFile).validTo)).toBeGreaterThan(later.getTime() + 364 * DAY);
    first = renewed;
  });

  it('re-issues the issuing CA near its expiry, and everything under it', async () => {
    const leavesBefore = fingerprints(leafFiles(first));
    const rootBefore = readFileSync(first.rootCaCertFile, 'utf8');
    const issuingBefore = cert(first.issuingCaCertFile).fingerprint256;
    const renewed = await ensureTrustFramework({ ...options, now: new Date(NOW.getTime() + (1825 - 20) * DAY) });
    expect(cert(renewed.issuingCaCertFile).fingerprint256).not.toBe(issuingBefore);
    expect(readFileSync(renewed.rootCaCertFile, 'utf8')).toBe(rootBefore);
    fingerprints(leafFiles(renewed)).forEach((f, i) => expect(f).not.toBe(leavesBefore[i]));
    for (const file of leafFiles(renewed)) expectChainsToRoot(renewed, file);
    first = renewed;
  });

  it('re-issues the root CA near its expiry, and the whole tree, never past the root', async () => {
    const rootBefore = cert(first.rootCaCertFile).fingerprint256;
    const issuingBefore = cert(first.issuingCaCertFile).fingerprint256;
    const renewed = await ensureTrustFramework({ ...options, now: new Date(NOW.getTime() + (3650 - 10) * DAY) });
    const root = cert(renewed.rootCaCertFile);
    expect(root.fingerprint256).not.toBe(rootBefore);
    expect(cert(renewed.issuingCaCertFile).fingerprint256).not.toBe(issuingBefore);
    for (const file of [renewed.issuingCaCertFile, ...leafFiles(renewed)]) {
      expect(Date.parse(cert(file).validTo)).toBeLessThanOrEqual(Date.parse(root.validTo));
    }
    for (const file of leafFiles(renewed)) expectChainsToRoot(renewed, file);
    first = renewed;
  });

  it('re-issues everything under a re-created issuing CA, even when the old leaves still verify', async () => {
    const now = new Date(NOW.getTime() + (3650 - 10) * DAY);
    const leavesBefore = fingerprints(leafFiles(first));
    rmSync(first.issuingCaCertFile);
    const renewed = await ensureTrustFramework({ ...options, now });
    fingerprints(leafFiles(renewed)).forEach((f, i) => expect(f).not.toBe(leavesBefore[i]));
    for (const file of leafFiles(renewed)) expectChainsToRoot(renewed, file);
  });
});
