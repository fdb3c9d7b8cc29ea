import { eventually, httpsCall, readOfficialSpec, disposeSandbox, SandboxManifest, SandboxProcess, startSandbox, validateAgainstComponent } from '@hub/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A certificate with a TPP-looking subject that the sandbox CA never issued. */
function foreignCertificate(dir: string): { transportCertFile: string; transportKeyFile: string } {
  const transportKeyFile = join(dir, 'foreign.key');
  const transportCertFile = join(dir, 'foreign.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/C=AE/O=Impostor/OU=3e93444a-326a-4a48-afb4-bdefe0a9df87/CN=1a9fefc2-f84b-493b-8794-b7b53cdb34ff', '-keyout', transportKeyFile, '-out', transportCertFile], { stdio: 'ignore' });
  return { transportCertFile, transportKeyFile };
}

describe('mTLS: the caller is identified by its certificate and each route admits its role only', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tmp: string;
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const lfiOf = (id: string) => m.lfiClients.find((c) => c.tenantId === id)!;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { LOG_LEVEL: 'info' } });
    m = sp.manifest();
    tmp = mkdtempSync(join(tmpdir(), 'foreign-cert-'));
  });

  afterAll(async () => {
    if (sp) await disposeSandbox(sp);
    rmSync(tmp, { recursive: true, force: true });
  });

  const registration = (tenantId: string) => `${tenant(tenantId).resourceServerUrl}/tpp-registration`;
  const cmHello = (tenantId: string) => `${tenant(tenantId).consentManagerUrl}/hello-mtls`;

  it('refuses a TPP-facing call without a client certificate (401, standard Errors body)', async () => {
    const res = await httpsCall(registration('falcon-bank'), { method: 'POST', caFile: m.caCertFile });
    expect(res.status).toBe(401);
    expect(res.json().Errors[0].Message).toMatch(/certificate/i);
    expect(res.headers['x-fapi-interaction-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an LFI-facing call without a client certificate (401, {errorCode, errorMessage})', async () => {
    const res = await httpsCall(cmHello('falcon-bank'), { caFile: m.caCertFile });
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({ errorCode: expect.any(String), errorMessage: expect.stringMatching(/certificate/i) });
  });

  it('refuses a certificate the trust framework did not issue, even with a known subject', async () => {
    const res = await httpsCall(registration('falcon-bank'), { method: 'POST', caFile: m.caCertFile, client: foreignCertificate(tmp) });
    expect(res.status).toBe(401);
  });

  it('refuses a TPP certificate on the Consent Manager (403)', async () => {
    const res = await httpsCall(cmHello('falcon-bank'), { caFile: m.caCertFile, client: m.tpps[0] });
    expect(res.status).toBe(403);
    expect(res.json().errorMessage).toMatch(/tpp/i);
  });

  it('refuses a TPP certificate on Headless Heimdall (403)', async () => {
    const res = await httpsCall(`${tenant('falcon-bank').headlessHeimdallUrl}/hello-mtls`, { caFile: m.caCertFile, client: m.tpps[0] });
    expect(res.status).toBe(403);
  });

  it('refuses an LFI certificate on a TPP-facing route (403)', async () => {
    const res = await httpsCall(registration('falcon-bank'), { method: 'POST', caFile: m.caCertFile, client: lfiOf('falcon-bank') });
    expect(res.status).toBe(403);
    expect(res.json().Errors[0].Code).toBe('GenericError');
  });

  it("refuses one LFI's certificate on another LFI's Consent Manager (403)", async () => {
    const res = await httpsCall(cmHello('oasis-bank'), { caFile: m.caCertFile, client: lfiOf('falcon-bank') });
    expect(res.status).toBe(403);
  });

  it('answers 404 in the standard format for an unknown tenant', async () => {
    const url = registration('falcon-bank').replace('/falcon-bank/', '/no-such-bank/');
    const res = await httpsCall(url, { method: 'POST', caFile: m.caCertFile, client: m.tpps[0] });
    expect(res.status).toBe(404);
    expect(res.json().Errors[0].Message).toMatch(/no-such-bank/);
  });

  it('onboards at the onboarding document\'s own server path too (/open-finance/onboarding/v2.1/tpp-registration)', async () => {
    const url = registration('falcon-bank').replace('/tpp-registration', '/open-finance/onboarding/v2.1/tpp-registration');
    expect((await httpsCall(url, { method: 'POST', caFile: m.caCertFile, client: m.tpps[0] })).status).toBe(204);
    expect((await httpsCall(url, { method: 'POST', caFile: m.caCertFile, client: lfiOf('falcon-bank') })).status).toBe(403);
  });

  it('admits the right certificate on each surface and echoes the caller-supplied x-fapi-interaction-id', async () => {
    const id = '6f0e2a4c-1d53-4f7e-9a6b-2a1c3e5d7f90';
    const reg = await httpsCall(registration('dune-insurance'), { method: 'POST', caFile: m.caCertFile, client: m.tpps[0], headers: { 'x-fapi-interaction-id': id } });
    expect(reg.status).toBe(204);
    expect(reg.headers['x-fapi-interaction-id']).toBe(id);
    // Log lines reach the pipe a moment after the response.
    const logLine = await eventually(() => sp.output().split('\n').find((l) => l.includes(id) && l.includes('"name":"hub"')), 3000);
    expect(JSON.parse(logLine)).toMatchObject({ interactionId: id, req: { method: 'POST' }, res: { statusCode: 204 } });
    const hello = await httpsCall(cmHello('dune-insurance'), { caFile: m.caCertFile, client: lfiOf('dune-insurance') });
    expect(hello.status).toBe(200);
    const lfi = lfiOf('dune-insurance');
    expect(hello.json().clientCertificate.subject).toBe(`C=AE, O=Dune Insurance, OU=${lfi.organisationId}, CN=${lfi.clientId}`);
  });

  describe('conformance with the official api-hub v2.1 documents', () => {
    it('answers Consent Manager /hello-mtls with a valid HealthCheckCertResponse', async () => {
      const doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
      const res = await httpsCall(cmHello('falcon-bank'), { caFile: m.caCertFile, client: lfiOf('falcon-bank') });
      const check = validateAgainstComponent(doc, 'HealthCheckCertResponse', res.json());
      expect(check.errors).toBe('No errors');
    });

    it('answers a refused TPP onboarding with a valid AEError403Response', async () => {
      const doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-tpp-onboarding-openapi.yaml');
      const res = await httpsCall(registration('falcon-bank'), { method: 'POST', caFile: m.caCertFile, client: lfiOf('falcon-bank') });
      expect(res.status).toBe(403);
      expect(validateAgainstComponent(doc, 'AEError403Response', res.json()).errors).toBe('No errors');
    });
  });
});
