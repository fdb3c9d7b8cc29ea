import { completeLfiJourney, disposeSandbox, formOf, httpsCall, LfiWebBrowser, offeredIds, pushAuthorizationRequest, signInOnLfiPages, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { CompactEncrypt, importJWK } from 'jose';
import * as client from 'openid-client';

interface Psu {
  tenantId: string;
  userId: string;
  username: string;
  password: string;
  otp: string;
  profile: string;
  accountIds?: string[];
  insurancePolicyIds?: string[];
}

const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

/**
 * The mock LFI's web pages driven over plain HTTPS form posts: the headless way a CI suite
 * without a browser completes a journey (README, "The LFI's pages"). The browser test drives the
 * same pages with Chromium.
 */
describe('LFI web journey over form posts', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  const bank = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
  const psu = (profile = 'everyday') => (m.psus as unknown as Psu[]).find((p) => p.tenantId === 'falcon-bank' && p.profile === profile)!;
  const consentOf = async (consentId: string) => (await httpsCall(`${bank().consentManagerUrl}/consents/${consentId}`, { caFile: m.caCertFile, client: lfi() })).json().data;

  async function startConsent(permissions = ['ReadAccountsDetail', 'ReadBalances'], extra: Record<string, unknown> = {}) {
    const consentId = randomUUID();
    const detail = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: consentId, Permissions: permissions, ExpirationDateTime: inOneDay(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' }, ...extra } };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid accounts', authorizationDetails: [detail] });
    return { consentId, pushed };
  }

  const signedIn = (url: URL | string, user: Psu = psu()) => signInOnLfiPages(url, user, m.caCertFile);

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(bank().issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('approves with the chosen account: the TPP gets a code, a token, and reads exactly that account', async () => {
    const { consentId, pushed } = await startConsent();
    const user = psu();
    const chosen = user.accountIds![1];
    const result = await completeLfiJourney(pushed.authorizationUrl, { username: user.username, password: user.password, otp: user.otp, decision: 'approve', selected: [chosen] }, m.caCertFile);
    expect(result.redirect?.origin + result.redirect!.pathname).toBe(m.tpps[0].redirectUris[0]);
    expect(result.redirect!.searchParams.get('state')).toBe(pushed.state);
    const tokens = await client.authorizationCodeGrant(tpp.config, result.redirect!, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    const res = await tpp.fetch(`${bank().resourceServerUrl}/open-finance/account-information/v2.1/accounts`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).Data.Account.map((a: { AccountId: string }) => a.AccountId)).toEqual([chosen]);
    expect(await consentOf(consentId)).toMatchObject({ status: 'Authorized', psuIdentifiers: { userId: user.userId }, accountIds: [chosen], authorizationChannel: 'Web' });
  });

  it('shows the consent in plain words, offering only accounts of the requested sub-types', async () => {
    const { pushed } = await startConsent(['ReadAccountsBasic', 'ReadTransactionsDetail'], { AccountSubType: ['Savings'], FromDate: '2025-01-01', ToDate: '2025-12-31' });
    const long = psu('long-history');
    const { page } = await signedIn(pushed.authorizationUrl, long);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Sandbox Fintech');
    // The logo of the software statement's logo_uri, fetched by the LFI and inlined.
    expect(page.html).toMatch(/<img[^>]*src="data:image\/svg\+xml;base64,[^"]+"[^>]*alt="Sandbox Fintech[^"]*logo"|<img[^>]*alt="Sandbox Fintech[^"]*logo"[^>]*src="data:image\/svg\+xml;base64,/);
    expect(page.html).toMatch(/transactions/i);
    expect(page.html).not.toContain('ReadTransactionsDetail');
    expect(page.html).toContain('2025');
    const offered = offeredIds(page.html);
    // The long-history customer has two savings accounts (AED and USD) among six.
    expect(offered).toHaveLength(2);
    for (const id of offered) expect(long.accountIds).toContain(id);
  });

  it('rejects: the TPP gets access_denied and the consent is Rejected', async () => {
    const { consentId, pushed } = await startConsent();
    const user = psu();
    const result = await completeLfiJourney(pushed.authorizationUrl, { username: user.username, password: user.password, otp: user.otp, decision: 'reject' }, m.caCertFile);
    expect(result.redirect?.searchParams.get('error')).toBe('access_denied');
    expect(result.redirect?.searchParams.get('state')).toBe(pushed.state);
    expect(await consentOf(consentId)).toMatchObject({ status: 'Rejected' });
  });

  it('refuses a wrong password with attempts left, and locks after three, telling the TPP access_denied', async () => {
    const { consentId, pushed } = await startConsent();
    const browser = new LfiWebBrowser(m.caCertFile);
    let at = await browser.follow(await browser.get(String(pushed.authorizationUrl)), String(pushed.authorizationUrl));
    for (const left of [2, 1]) {
      const { action, csrf } = formOf(at.page!.html);
      const res = await browser.post(new URL(action, at.page!.url).toString(), { csrf, username: psu().username, password: 'wrong' });
      expect(res.status).toBe(401);
      expect(res.text).toMatch(/role="alert"/);
      expect(res.text).toContain(`${left} attempt`);
      at = { page: { url: at.page!.url, status: res.status, html: res.text } };
    }
    const { action, csrf } = formOf(at.page!.html);
    const locked = await browser.post(new URL(action, at.page!.url).toString(), { csrf, username: psu().username, password: 'wrong' });
    expect(locked.status).toBe(403);
    expect(locked.text).toMatch(/locked/i);
    const back = /href="([^"]*error=access_denied[^"]*)"/.exec(locked.text)?.[1];
    expect(back?.replace(/&amp;/g, '&')).toContain(m.tpps[0].redirectUris[0]);
    expect((await consentOf(consentId)).status).toBe('AwaitingAuthorization');
  });

  it('refuses a wrong one-time code, then accepts the right one', async () => {
    const { pushed } = await startConsent();
    const browser = new LfiWebBrowser(m.caCertFile);
    let at = await browser.follow(await browser.get(String(pushed.authorizationUrl)), String(pushed.authorizationUrl));
    let form = formOf(at.page!.html);
    at = await browser.follow(await browser.post(new URL(form.action, at.page!.url).toString(), { csrf: form.csrf, username: psu().username, password: psu().password }), at.page!.url);
    form = formOf(at.page!.html);
    const wrong = await browser.post(new URL(form.action, at.page!.url).toString(), { csrf: form.csrf, otp: '000000' === psu().otp ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toMatch(/role="alert"[^]*one-time code/i);
    const right = await browser.follow(await browser.post(new URL(form.action, at.page!.url).toString(), { csrf: form.csrf, otp: psu().otp }), at.page!.url);
    expect(offeredIds(right.page!.html).length).toBeGreaterThan(0);
  });

  it("refuses a tampered form naming another user's account, deciding nothing", async () => {
    const { consentId, pushed } = await startConsent();
    const { browser, page } = await signedIn(pushed.authorizationUrl);
    const { action, csrf } = formOf(page.html);
    const target = new URL(action, page.url).toString();
    const foreign = psu('suspended-account').accountIds![0];
    const res = await browser.post(target, { csrf, decision: 'approve', selected: [psu().accountIds![0], foreign] });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/role="alert"[^]*not yours/i);
    expect((await consentOf(consentId)).status).toBe('AwaitingAuthorization');
    const forged = await browser.post(target, { csrf: 'forged', decision: 'approve', selected: [psu().accountIds![0]] });
    expect(forged.status).toBe(403);
    expect((await consentOf(consentId)).status).toBe('AwaitingAuthorization');
  });

  it('takes one decision for a double submit and a reload', async () => {
    const { consentId, pushed } = await startConsent();
    const { browser, page } = await signedIn(pushed.authorizationUrl);
    const { action, csrf } = formOf(page.html);
    const target = new URL(action, page.url).toString();
    const form = { csrf, decision: 'approve', selected: [psu().accountIds![0]] };
    const [first, second] = await Promise.all([browser.post(target, form), browser.post(target, form)]);
    expect(first.status).toBe(303);
    expect(second.headers.location).toBe(first.headers.location);
    const reload = await browser.get(page.url);
    expect(reload.headers.location).toBe(first.headers.location);
    const audit = (await httpsCall(`${bank().consentManagerUrl}/consents/${consentId}/audit`, { caFile: m.caCertFile, client: lfi() })).json();
    const patches = (audit.data ?? audit).filter((row: { operation: string }) => row.operation === 'patch');
    expect(patches.filter((row: { patch?: Record<string, unknown> }) => JSON.stringify(row.patch ?? {}).includes('Authorized'))).toHaveLength(1);
  });

  it('answers an unknown journey or another browser with a clear expired page', async () => {
    const { pushed } = await startConsent();
    const { page } = await signedIn(pushed.authorizationUrl);
    const stranger = new LfiWebBrowser(m.caCertFile);
    const res = await stranger.get(page.url);
    expect(res.status).toBe(410);
    expect(res.text).toMatch(/<h1[^>]*>[^<]*expired/i);
    expect((await stranger.get(`${new URL(page.url).origin}/falcon-bank/authorize/not-a-journey`)).status).toBe(410);
  });

  it('shows what is wrong when the TPP link is bad, and forwards redirectable errors unchanged', async () => {
    const endpoint = bank().authorizationEndpoint;
    const browser = new LfiWebBrowser(m.caCertFile);
    const missing = await browser.get(`${endpoint}?client_id=${m.tpps[0].clientId}`);
    expect(missing.status).toBe(400);
    expect(missing.text).toMatch(/request_uri/);
    const unknownClient = await browser.get(`${endpoint}?client_id=nobody&request_uri=urn:ietf:params:oauth:request_uri:nope`);
    expect(unknownClient.status).toBe(400);
    expect(unknownClient.text).toMatch(/role="alert"/);
  });
  it("lists the user's consents on the dashboard, hides them from other users, and revokes after confirmation", async () => {
    const { consentId, pushed } = await startConsent();
    const user = psu();
    const result = await completeLfiJourney(pushed.authorizationUrl, { username: user.username, password: user.password, otp: user.otp, decision: 'approve' }, m.caCertFile);
    const tokens = await client.authorizationCodeGrant(tpp.config, result.redirect!, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    const dashboard = `${new URL(bank().authorizationEndpoint).origin}/falcon-bank/consents`;
    const signIn = (who: Psu) => signedIn(dashboard, who);
    const own = await signIn(user);
    expect(own.page.html).toContain('Sandbox Fintech');
    const revokeHref = new RegExp(`href="(/falcon-bank/consents/[^"]*${consentId}[^"]*/revoke)"`).exec(own.page.html)?.[1];
    expect(revokeHref).toBeDefined();
    const revokeUrl = new URL(revokeHref!, dashboard).toString();

    const other = await signIn(psu('long-history'));
    expect(other.page.html).not.toContain(consentId);
    expect((await other.browser.get(revokeUrl)).status).toBe(404);
    const { csrf: otherCsrf } = formOf(other.page.html);
    expect((await other.browser.post(revokeUrl, { csrf: otherCsrf })).status).toBe(404);
    expect((await consentOf(consentId)).status).toBe('Authorized');

    const confirm = await own.browser.get(revokeUrl);
    expect(confirm.status).toBe(200);
    const { action, csrf } = formOf(confirm.text);
    const done = await own.browser.follow(await own.browser.post(new URL(action, revokeUrl).toString(), { csrf }), revokeUrl);
    expect(done.page!.html).toMatch(/role="status"[^]*withdrawn/i);
    expect(await consentOf(consentId)).toMatchObject({ status: 'Revoked' });
    const res = await tpp.fetch(`${bank().resourceServerUrl}/open-finance/account-information/v2.1/accounts`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(res.status).toBe(401);
  });
  it('shows a payment in plain words from the decrypted PII and takes exactly one debtor account', async () => {
    const jwks = (await httpsCall(bank().lfiJwksUrl, { caFile: m.caCertFile })).json();
    const enc = jwks.keys.find((k: { use: string }) => k.use === 'enc');
    const pii = { Initiation: { Creditor: [{ Creditor: { Name: 'Dubai Electricity' }, CreditorAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'DEWA' } } }] } };
    const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(pii))).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: enc.kid }).encrypt(await importJWK(enc, 'RSA-OAEP-256'));
    const consentId = randomUUID();
    const detail = { type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent: { ConsentId: consentId, ExpirationDateTime: inOneDay(), ControlParameters: { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '1250.00', Currency: 'AED' } } } }, PersonalIdentifiableInformation: jwe, PaymentPurposeCode: 'ACM' } };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid payments', authorizationDetails: [detail] });
    const { browser, page } = await signedIn(pushed.authorizationUrl);
    expect(page.html).toContain('AED 1,250.00');
    expect(page.html).toContain('Dubai Electricity');
    expect(page.html).toContain('AE07 •••• •••• •••• 3456');
    expect(page.html).toMatch(/type="radio"[^>]*name="selected"|name="selected"[^>]*type="radio"/);
    const { action, csrf } = formOf(page.html);
    const target = new URL(action, page.url).toString();
    const offered = offeredIds(page.html);
    const two = await browser.post(target, { csrf, decision: 'approve', selected: offered.length > 1 ? offered.slice(0, 2) : [offered[0], offered[0] + 'x'] });
    expect(two.status).toBe(400);
    expect((await consentOf(consentId)).status).toBe('AwaitingAuthorization');
    const done = await browser.follow(await browser.post(target, { csrf, decision: 'approve', selected: [offered[0]] }), target);
    expect(done.redirect?.searchParams.get('code')).toBeTruthy();
    expect(await consentOf(consentId)).toMatchObject({ status: 'Authorized', accountIds: [offered[0]] });
  });

  it('offers an insurer\'s policies of the requested lines and authorizes the chosen ones', async () => {
    const insurer = m.tenants.find((t) => t.id === 'dune-insurance')!;
    const insTpp = await tppClient(insurer.issuer, m.tpps[0], m.caCertFile);
    try {
      const consentId = randomUUID();
      const detail = { type: 'urn:openfinanceuae:insurance-consent:v2.1', consent: { ConsentId: consentId, ExpirationDateTime: inOneDay(), Permissions: [{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies'] }, { InsuranceType: 'Health', Permissions: ['ReadInsurancePolicies'] }], OpenFinanceBilling: { Purpose: 'QuoteComparison' } } };
      const pushed = await pushAuthorizationRequest(insTpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid insurance', authorizationDetails: [detail] });
      const holder = (m.psus as unknown as Psu[]).find((p) => p.tenantId === 'dune-insurance')!;
      const { browser, page } = await signInOnLfiPages(pushed.authorizationUrl, holder, m.caCertFile);
      expect(page.html).toContain('Motor insurance');
      const offered = offeredIds(page.html);
      expect(offered.length).toBeGreaterThan(0);
      for (const id of offered) expect(holder.insurancePolicyIds).toContain(id);
      const { action, csrf } = formOf(page.html);
      const target = new URL(action, page.url).toString();
      const done = await browser.follow(await browser.post(target, { csrf, decision: 'approve', selected: offered }), target);
      expect(done.redirect?.searchParams.get('code')).toBeTruthy();
      const lfiIns = m.lfiClients.find((c) => c.tenantId === 'dune-insurance')!;
      const consent = (await httpsCall(`${insurer.consentManagerUrl}/consents/${consentId}`, { caFile: m.caCertFile, client: lfiIns })).json().data;
      expect(consent).toMatchObject({ status: 'Authorized', insurancePolicyIds: offered });
    } finally {
      await insTpp.close();
    }
  });
});
