import { authorizeConsentHeadlessly, disposeSandbox, eventually, httpsCall, openWebhook, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, startWebhookReceiver, TppClient, tppClient, validateAgainstComponent, WebhookReceiver } from '@hub/testing';

const WEBHOOK_DOC = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';

type Tpp = SandboxManifest['tpps'][number] & { encryptionKeyFile: string; webhookServerCertFile: string; webhookServerKeyFile: string };

describe('webhooks: consent status changes reach the TPP signed and encrypted', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let receiver: WebhookReceiver;
  const bank = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
  const app = () => m.tpps[0] as Tpp;
  const lfiCall = (method: string, url: string, body?: unknown) =>
    httpsCall(url, { method, caFile: m.caCertFile, client: lfi(), headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });

  /** PAR with a subscription; the LFI authorizes through Headless Heimdall. */
  const authorizedConsent = async (webhook: { Url: string; IsActive: boolean }) =>
    (await authorizeConsentHeadlessly(m, tpp, { tenantId: 'falcon-bank', redirectUri: app().redirectUris[0], webhook })).consentId;

  const open = (r: Parameters<typeof openWebhook>[0]) =>
    openWebhook(r, { encryptionKeyFile: app().encryptionKeyFile, hubJwksUrl: bank().hubJwksUrl, caFile: m.caCertFile, issuer: bank().issuer, clientId: app().clientId, url: receiver.url });

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { WEBHOOK_BACKOFF_BASE_MS: '200', WEBHOOK_MAX_ATTEMPTS: '4' } });
    m = sp.manifest();
    tpp = await tppClient(bank().issuer, m.tpps[0], m.caCertFile);
    receiver = await startWebhookReceiver({ certFile: app().webhookServerCertFile, keyFile: app().webhookServerKeyFile });
  });

  afterAll(async () => {
    await receiver?.close();
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('sends exactly Authorized then Revoked, each a JWE of a hub-signed JWS with the v2.1 message', async () => {
    const before = receiver.received.length;
    const consentId = await authorizedConsent({ Url: receiver.url, IsActive: true });
    expect((await lfiCall('POST', `${bank().consentManagerUrl}/consents/${consentId}/action/revoke`, { revokedBy: 'LFI' })).status).toBe(204);
    const got = (await receiver.waitFor(before + 2)).slice(before);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received.length - before).toBe(2);
    const opened = await Promise.all(got.map(open));
    expect(opened.map((o) => o.claims.message.Data.Status)).toEqual(['Authorized', 'Revoked']);
    for (const [i, o] of opened.entries()) {
      expect(got[i].headers['content-type']).toBe('application/jwe');
      expect(got[i].headers['x-fapi-interaction-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(o.jweHeader).toMatchObject({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: (app() as unknown as { encryptionKid: string }).encryptionKid });
      expect(o.jwsHeader).toMatchObject({ alg: 'PS256' });
      expect(o.claims).toMatchObject({ iss: bank().issuer, aud: [app().clientId] });
      expect(typeof o.claims.jti).toBe('string');
      expect(o.claims.exp! > o.claims.iat!).toBe(true);
      expect(o.claims.nbf).toBeDefined();
      expect(o.claims.message.Meta).toMatchObject({ EventType: 'Resource.Updated', ConsentId: consentId, EventResource: `${bank().resourceServerUrl}/open-finance/account-information/v2.1/account-access-consents/${consentId}` });
      expect(o.bearer).toMatchObject({ iss: bank().issuer, aud: receiver.url });
      expect(validateAgainstComponent(readOfficialSpec(WEBHOOK_DOC), 'AEWebhookEventSigned', o.claims).errors).toBe('No errors');
    }
    expect(opened[1].claims.message.Data.RevokedBy).toBe('LFI');
    expect(opened[0].claims.jti).not.toBe(opened[1].claims.jti);
  });

  it('sends nothing for an inactive subscription', async () => {
    const before = receiver.received.length;
    const consentId = await authorizedConsent({ Url: receiver.url, IsActive: false });
    expect((await lfiCall('POST', `${bank().consentManagerUrl}/consents/${consentId}/action/revoke`, { revokedBy: 'LFI' })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.received.length).toBe(before);
  });

  it('retries a receiver answering 500 and delivers once it recovers, with the same jti', async () => {
    receiver.answerWith(500);
    const before = receiver.received.length;
    const consentId = await authorizedConsent({ Url: receiver.url, IsActive: true });
    await eventually(() => receiver.received.length - before >= 2, { timeoutMs: 10_000, what: 'two refused attempts' });
    receiver.answerWith(202);
    const accepted = await receiver.waitFor(receiver.received.filter((r) => r.answered === 202).length + 1);
    const attempts = receiver.received.slice(before);
    expect(attempts.filter((a) => a.answered === 500).length).toBeGreaterThanOrEqual(2);
    const jtis = await Promise.all(attempts.map(async (a) => (await open(a)).claims.jti));
    expect(new Set(jtis).size).toBe(1);
    expect((await open(accepted.at(-1)!)).claims.message.Meta.ConsentId).toBe(consentId);
  });
});
