import { randomUUID, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTrustFramework } from '../bootstrap/ensure-trust-framework';
import { TrustDirectory } from '../caller/trust-directory';
import { readDirectory } from '../directory/directory-file';
import { Directory } from '../directory/directory.types';
import { addTppApplication } from './add-tpp-application';
import { TppApplicationSpec } from './tpp-registration';

const spec: TppApplicationSpec = {
  organisationName: 'Budget Buddy',
  name: 'Budget Buddy iOS',
  roles: ['BDSP'],
  redirectUris: ['https://budget-buddy.example/callback'],
};

let certsDir: string;
let directory: Directory;

const cert = (file: string) => new X509Certificate(readFileSync(file));

beforeAll(async () => {
  certsDir = mkdtempSync(join(tmpdir(), 'tf-add-tpp-'));
  directory = await ensureTrustFramework({ certsDir, tenants: [], tppApplications: [] });
});

afterAll(() => rmSync(certsDir, { recursive: true, force: true }));

describe('addTppApplication', () => {
  it('issues the credentials folder, registers the application, and a running TrustDirectory sees it', async () => {
    const trust = new TrustDirectory(certsDir);
    expect(trust.current().tppApplications).toEqual([]);

    const app = await addTppApplication(certsDir, spec);

    expect(app.credentialsDir).toBe(join(certsDir, 'tpps', app.clientId));
    const files = ['transport.pem', 'transport.key', 'signing.key', 'encryption.key', 'webhook-server.pem', 'webhook-server.key', 'application.jwks', 'README.md'];
    for (const file of files) expect(existsSync(join(app.credentialsDir, file))).toBe(true);
    expect(statSync(app.signingKeyFile).mode & 0o777).toBe(0o600);
    const transport = cert(app.transportCertFile);
    expect(transport.verify(cert(directory.issuingCaCertFile).publicKey)).toBe(true);
    expect(transport.subject).toBe(`C=AE\nO=Budget Buddy\nOU=${app.organisationId}\nCN=${app.clientId}`);
    expect(cert(app.webhookServerCertFile).subjectAltName).toBe(cert(directory.servers.hub.certFile).subjectAltName);

    const readme = readFileSync(join(app.credentialsDir, 'README.md'), 'utf8');
    for (const text of ['transport.pem', 'signing.key', 'encryption.key', 'webhook-server.pem', 'application.jwks', app.signingKid, directory.caBundleFile]) {
      expect(readme).toContain(text);
    }

    expect(readDirectory(certsDir).tppApplications).toEqual([app]);
    expect(trust.current().tppApplications).toEqual([app]);
    expect(trust.identify(transport)).toMatchObject({ kind: 'tpp', clientId: app.clientId, roles: ['BDSP'] });
  });

  it('keeps the organisation id of an organisation that already has an application', async () => {
    const [existing] = readDirectory(certsDir).tppApplications;
    const second = await addTppApplication(certsDir, { ...spec, name: 'Budget Buddy Android', clientId: randomUUID() });
    expect(second.organisationId).toBe(existing.organisationId);
    expect(second.softwareStatementId).not.toBe(existing.softwareStatementId);
  });

  it('registers concurrent additions without losing one, past a lock left by a dead process', async () => {
    writeFileSync(join(certsDir, 'directory.lock'), '2147483646');
    const before = readDirectory(certsDir).tppApplications.length;
    const added = await Promise.all([
      addTppApplication(certsDir, { ...spec, organisationName: 'Concurrent One' }),
      addTppApplication(certsDir, { ...spec, organisationName: 'Concurrent Two' }),
    ]);
    const clientIds = readDirectory(certsDir).tppApplications.map((a) => a.clientId);
    expect(clientIds).toHaveLength(before + 2);
    expect(clientIds).toEqual(expect.arrayContaining(added.map((a) => a.clientId)));
    expect(existsSync(join(certsDir, 'directory.lock'))).toBe(false);
  });

  it('refuses a clientId that is already registered', async () => {
    const [existing] = readDirectory(certsDir).tppApplications;
    await expect(addTppApplication(certsDir, { ...spec, clientId: existing.clientId })).rejects.toThrow(
      `A TPP application with clientId ${existing.clientId} is already registered in the trust framework`,
    );
  });

  it.each([
    [{ roles: [] }, /roles must list at least one trust framework role/],
    [{ roles: ['bdsp', 'PAYMENTS'] }, /role codes of 3-5 upper-case letters .*\(invalid: bdsp, PAYMENTS\)/],
    [{ redirectUris: ['http://budget-buddy.example/cb', 'not a url'] }, /absolute https URLs \(invalid: http:\/\/budget-buddy.example\/cb, not a url\)/],
    [{ redirectUris: [] }, /redirectUris must list at least one https URL/],
    [{ name: ' ' }, /name must be a non-empty string/],
    [{ clientId: 'client-1' }, /clientId must be a UUID v4 \(got "client-1"\)/],
    [{ organisationId: randomUUID().toUpperCase().replace(/^./, 'Z') }, /organisationId must be a UUID v4/],
  ])('refuses %j', async (change, message) => {
    const before = readFileSync(join(certsDir, 'directory.json'), 'utf8');
    await expect(addTppApplication(certsDir, { ...spec, ...change } as TppApplicationSpec)).rejects.toThrow(message);
    expect(readFileSync(join(certsDir, 'directory.json'), 'utf8')).toBe(before);
  });

  it('needs an existing trust framework', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tf-none-'));
    try {
      await expect(addTppApplication(empty, spec)).rejects.toThrow(/No trust framework directory/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
