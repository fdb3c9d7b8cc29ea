import { randomUUID, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTrustFramework } from '../bootstrap/ensure-trust-framework';
import { Directory } from '../directory/directory.types';
import { TrustDirectory } from './trust-directory';

const DAY = 24 * 60 * 60 * 1000;
const seed = {
  clientId: randomUUID(),
  organisationId: randomUUID(),
  organisationName: 'Acme',
  softwareStatementId: 'acme-ssa',
  name: 'Acme App',
  roles: ['BDSP', 'BSIP'],
  redirectUris: ['https://acme.example/cb'],
};

let certsDir: string;
let foreignDir: string;
let directory: Directory;
let trust: TrustDirectory;

const cert = (file: string) => new X509Certificate(readFileSync(file));

beforeAll(async () => {
  certsDir = mkdtempSync(join(tmpdir(), 'tf-identify-'));
  foreignDir = mkdtempSync(join(tmpdir(), 'tf-foreign-'));
  directory = await ensureTrustFramework({ certsDir, tenants: [{ id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' }], tppApplications: [seed] });
  // Another sandbox's CA issuing a certificate with exactly the same subject.
  await ensureTrustFramework({ certsDir: foreignDir, tenants: [], tppApplications: [seed] });
  trust = new TrustDirectory(certsDir);
});

afterAll(() => {
  rmSync(certsDir, { recursive: true, force: true });
  rmSync(foreignDir, { recursive: true, force: true });
});

describe('TrustDirectory.identify', () => {
  it('identifies a TPP by its transport certificate', () => {
    const [tpp] = directory.tppApplications;
    expect(trust.identify(cert(tpp.transportCertFile))).toEqual({
      kind: 'tpp',
      clientId: seed.clientId,
      organisationId: seed.organisationId,
      softwareStatementId: seed.softwareStatementId,
      organisationName: 'Acme',
      roles: ['BDSP', 'BSIP'],
      certificateSha256: tpp.certificateSha256,
    });
  });

  it('identifies the LFI and the hub applications of a tenant', () => {
    const [lfi] = directory.lfiApplications;
    const [hub] = directory.hubApplications;
    expect(trust.identify(cert(lfi.transportCertFile))).toMatchObject({ kind: 'lfi', tenantId: 'alpha-bank', clientId: lfi.clientId, organisationName: 'Alpha Bank' });
    expect(trust.identify(cert(hub.transportCertFile))).toMatchObject({ kind: 'hub', tenantId: 'alpha-bank', clientId: hub.clientId });
  });

  it('does not identify the same subject issued by another CA', () => {
    const foreign = cert(join(foreignDir, 'tpps', seed.clientId, 'transport.pem'));
    expect(foreign.subject).toBe(cert(directory.tppApplications[0].transportCertFile).subject);
    expect(trust.identify(foreign)).toBeUndefined();
    expect(trust.identification(foreign)).toEqual({ rejection: 'the client certificate was not issued by the sandbox trust framework CA' });
  });

  it('does not identify an expired certificate', () => {
    const transport = cert(directory.tppApplications[0].transportCertFile);
    expect(trust.identify(transport, new Date(Date.now() + 400 * DAY))).toBeUndefined();
  });

  it('does not identify a server certificate of a registered organisation', () => {
    expect(trust.identify(cert(directory.tppApplications[0].webhookServerCertFile))).toBeUndefined();
  });
});

describe('TrustDirectory.applicationJwks', () => {
  it('serves the public JWKS of an application', () => {
    const [tpp] = directory.tppApplications;
    const jwks = trust.applicationJwks(seed.organisationId, seed.softwareStatementId);
    expect(jwks).toEqual(JSON.parse(readFileSync(tpp.jwksFile, 'utf8')));
    expect(JSON.stringify(jwks)).not.toMatch(/"(d|p|q|dp|dq|qi)":/);
    const [lfi] = directory.lfiApplications;
    expect(trust.applicationJwks(lfi.organisationId, lfi.softwareStatementId)?.keys).toHaveLength(2);
  });

  it('knows no other application', () => {
    expect(trust.applicationJwks(seed.organisationId, 'other')).toBeUndefined();
  });
});

describe('TrustDirectory', () => {
  it('says what to do when there is no directory yet', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tf-empty-'));
    try {
      expect(() => new TrustDirectory(empty)).toThrow(/No trust framework directory at .*directory\.json: run "npm start"/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('TrustDirectory.callerCertificate', () => {
  const DN_OF = (a: { organisationId: string; clientId: string }) => `CN=${a.clientId},OU=${a.organisationId},O=Someone,C=AE`;
  const request = (peer: X509Certificate | undefined, headers: Record<string, string> = {}, authorized = true) => ({
    socket: { authorized, getPeerX509Certificate: () => peer },
    headers,
  });
  const identified = (directoryOf: TrustDirectory, r: ReturnType<typeof request>) => {
    const source = directoryOf.callerCertificate(r);
    return 'rejection' in source ? source : directoryOf.identify(source.certificate);
  };

  it('without a trusted proxy, names the TLS certificate whatever x-cert-dn says', () => {
    const [tpp] = directory.tppApplications;
    const [lfi] = directory.lfiApplications;
    expect(identified(trust, request(cert(tpp.transportCertFile), { 'x-cert-dn': DN_OF(lfi) }))).toMatchObject({ kind: 'tpp', clientId: tpp.clientId });
    expect(trust.callerCertificate(request(undefined, { 'x-cert-dn': DN_OF(lfi) }))).toEqual({ rejection: expect.stringMatching(/certificate is required/) });
  });

  describe('behind a trusted proxy', () => {
    // The hub application's certificate stands in for the proxy's: any certificate of the sandbox CA can be pinned.
    const proxyCert = () => cert(directory.hubApplications[0].transportCertFile);
    const behindProxy = () => new TrustDirectory(certsDir, { trustedProxy: { certificateFingerprint256: proxyCert().fingerprint256.toLowerCase(), certificateHeader: 'x-client-cert' } });

    it('names the registered application of the DN the proxy forwards, bound to its registered certificate', () => {
      const [lfi] = directory.lfiApplications;
      expect(identified(behindProxy(), request(proxyCert(), { 'x-cert-dn': DN_OF(lfi) }))).toMatchObject({ kind: 'lfi', clientId: lfi.clientId, certificateSha256: lfi.certificateSha256 });
    });

    it('names the certificate the proxy forwards as URL-encoded PEM', () => {
      const [tpp] = directory.tppApplications;
      const pem = encodeURIComponent(readFileSync(tpp.transportCertFile, 'utf8'));
      expect(identified(behindProxy(), request(proxyCert(), { 'x-client-cert': pem }))).toMatchObject({ kind: 'tpp', clientId: tpp.clientId, certificateSha256: tpp.certificateSha256 });
    });

    it('refuses a forwarded certificate of another CA and an unknown DN as it refuses them over TLS', () => {
      const foreign = encodeURIComponent(readFileSync(join(foreignDir, 'tpps', seed.clientId, 'transport.pem'), 'utf8'));
      const source = behindProxy().callerCertificate(request(proxyCert(), { 'x-client-cert': foreign }));
      expect('certificate' in source && behindProxy().identification(source.certificate)).toEqual({ rejection: 'the client certificate was not issued by the sandbox trust framework CA' });
      const unknown = { organisationId: randomUUID(), clientId: randomUUID() };
      expect(behindProxy().callerCertificate(request(proxyCert(), { 'x-cert-dn': DN_OF(unknown) }))).toEqual({
        rejection: `no application with organisation id ${unknown.organisationId} and client id ${unknown.clientId} is registered in the trust framework`,
      });
    });

    it('refuses a forwarded certificate that is not PEM (no crash)', () => {
      expect(behindProxy().callerCertificate(request(proxyCert(), { 'x-client-cert': '%E0%A4%A' }))).toEqual({
        rejection: 'the trusted proxy forwarded a client certificate that is not URL-encoded PEM',
      });
      expect(behindProxy().callerCertificate(request(proxyCert(), { 'x-client-cert': 'not-a-certificate' }))).toEqual({
        rejection: 'the trusted proxy forwarded a client certificate that is not URL-encoded PEM',
      });
    });

    it('ignores the headers from any other peer, and never trusts an unverified peer with the pinned fingerprint', () => {
      const [tpp] = directory.tppApplications;
      const [lfi] = directory.lfiApplications;
      expect(identified(behindProxy(), request(cert(tpp.transportCertFile), { 'x-cert-dn': DN_OF(lfi) }))).toMatchObject({ kind: 'tpp', clientId: tpp.clientId });
      expect(behindProxy().callerCertificate(request(proxyCert(), { 'x-cert-dn': DN_OF(lfi) }, false))).toEqual({ rejection: expect.stringMatching(/does not chain/) });
    });
  });
});
