import { disposeSandbox, formOf, httpsCall, offeredIds, signInOnLfiPages, pushAuthorizationRequest, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

const TTL_SECONDS = 3;

/** A user who takes longer than the interaction's lifetime gets a clear page, and nothing is decided. */
describe('LFI web journey: an expired interaction', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  const bank = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const demo = () => (m.psus as unknown as { tenantId: string; username: string; password: string; otp: string }[]).find((p) => p.tenantId === 'falcon-bank')!;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { INTERACTION_TTL_SECONDS: String(TTL_SECONDS) } });
    m = sp.manifest();
    tpp = await tppClient(bank().issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('shows "expired" for a decision after the interaction lifetime and leaves the consent awaiting authorization', async () => {
    const consentId = randomUUID();
    const detail = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: consentId, Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } } };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid accounts', authorizationDetails: [detail] });
    const { browser, page: review } = await signInOnLfiPages(pushed.authorizationUrl, demo(), m.caCertFile);
    await sleep(TTL_SECONDS * 1000 + 500);
    const { action, csrf } = formOf(review.html);
    const res = await browser.post(new URL(action, review.url).toString(), { csrf, decision: 'approve', selected: offeredIds(review.html).slice(0, 1) });
    expect(res.status).toBe(410);
    expect(res.text).toMatch(/<h1[^>]*>[^<]*expired/i);
    expect(res.text).toMatch(/start again/i);
    const lfi = m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
    const consent = (await httpsCall(`${bank().consentManagerUrl}/consents/${consentId}`, { caFile: m.caCertFile, client: lfi })).json().data;
    expect(consent.status).toBe('AwaitingAuthorization');
  });
});
