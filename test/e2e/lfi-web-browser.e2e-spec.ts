import { disposeSandbox, httpsCall, pushAuthorizationRequest, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient, type PushedRequest } from '@hub/testing';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import * as client from 'openid-client';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/*
 * The mock LFI's web pages in a real browser (Debian's Chromium through playwright-core): a TPP
 * pushes its request with openid-client, a person signs in, enters the code, reviews and answers;
 * the TPP then uses (or is refused) what was given. Elements are found as a person reads the page:
 * by role and label. Every page visited is saved as a screenshot under var/test-artifacts/lfi-web/.
 */

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', '..', 'var', 'test-artifacts', 'lfi-web');
const MASKED_IBAN = /[A-Z]{2}\d{2} •••• •••• •••• \d{4}/;

/** The manifest's extra PSU and TPP properties this suite relies on. */
type Manifest = SandboxManifest & {
  tenants: (SandboxManifest['tenants'][number] & { name: string })[];
  tpps: (SandboxManifest['tpps'][number] & { name: string })[];
  psus: (SandboxManifest['psus'][number] & { password: string; otp: string; profile: string })[];
};

describe('mock LFI web pages in a browser: sign in, review, approve or reject, and revoke', () => {
  let sp: SandboxProcess;
  let m: Manifest;
  let tpp: TppClient;
  let browser: Browser;
  const tenant = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
  const demo = () => m.psus.find((p) => p.tenantId === 'falcon-bank' && p.username === 'demo')!;
  const tppName = () => m.tpps[0].name;
  const redirectUri = () => m.tpps[0].redirectUris[0];
  const accountsUrl = () => `${tenant().resourceServerUrl}/open-finance/account-information/v2.1/accounts`;
  const lfiCall = (method: string, url: string) => httpsCall(url, { method, caFile: m.caCertFile, client: lfi() });

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: this suite drives Debian's Chromium. Install it (apt-get install chromium; .ci/run installs it) and run again.`);
    }
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const launched = chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    sp = await startSandbox({ fresh: true });
    browser = await launched;
    m = sp.manifest<Manifest>();
    tpp = await tppClient(tenant().issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await browser?.close();
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  /** A fresh browser (own cookies) whose requests to the TPP's redirect_uri get a small page of the "app". */
  async function newBrowserPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1024, height: 768 } });
    await context.route(`${new URL(redirectUri()).origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Sandbox Fintech</title><h1>Back at the app</h1><p>Finishing…</p></html>' }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  }

  /** Saves var/test-artifacts/lfi-web/<test>-<nn>-<step>.png, numbered per test. */
  function camera(test: string) {
    let n = 0;
    return (page: Page, step: string) => page.screenshot({ path: join(ARTIFACTS, `${test}-${String(++n).padStart(2, '0')}-${step}.png`), fullPage: true });
  }

  async function pushAccountAccess(permissions = ['ReadAccountsDetail', 'ReadBalances', 'ReadTransactionsDetail']): Promise<PushedRequest & { consentId: string }> {
    const consentId = randomUUID();
    const detail = {
      type: 'urn:openfinanceuae:account-access-consent:v2.1',
      consent: { ConsentId: consentId, Permissions: permissions, ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } },
    };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: redirectUri(), scope: 'openid accounts', authorizationDetails: [detail] });
    expect(pushed.authorizationUrl.origin + pushed.authorizationUrl.pathname).toBe(tenant().authorizationEndpoint);
    return { ...pushed, consentId };
  }

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  // (this project's types have no DOM lib: the page's element is typed loosely)
  const isFocused = (locator: Locator) => locator.evaluate((el: any) => el === el.ownerDocument.activeElement);

  async function signIn(page: Page, shot: ReturnType<typeof camera>, password = demo().password): Promise<void> {
    await heading(page, `Sign in to ${tenant().name}`).waitFor();
    await shot(page, 'sign-in');
    await page.getByLabel('Username').fill(demo().username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function enterCode(page: Page, shot: ReturnType<typeof camera>): Promise<void> {
    await heading(page, 'Enter your one-time code').waitFor();
    await shot(page, 'one-time-code');
    await page.getByLabel('One-time code').fill(demo().otp);
    await page.getByRole('button', { name: 'Verify' }).click();
  }

  /** The review page of the TPP's request; returns the account choices offered. */
  async function reachReview(page: Page, shot: ReturnType<typeof camera>, authorizationUrl: URL): Promise<Locator> {
    await page.goto(authorizationUrl.toString());
    expect(page.url()).toMatch(new RegExp(`^${reEscape(new URL(tenant().authorizationEndpoint).origin)}/falcon-bank/authorize/[^/?]+$`));
    await signIn(page, shot);
    await enterCode(page, shot);
    await heading(page, `${tppName()} asks for your consent`).waitFor();
    await shot(page, 'review');
    return page.getByRole('group', { name: 'Choose the accounts to share' }).getByRole('checkbox');
  }

  /**
   * Clicks a button that answers the journey and returns where the LFI's 303 sends the browser: the
   * TPP's redirect_uri. Chromium does not hand redirected requests to Playwright's routes, so the
   * redirect itself fails (nothing listens there); the URL is taken from the request, then opened
   * again — now served by the route — to picture the user back at the app.
   */
  async function answer(page: Page, shot: ReturnType<typeof camera>, button: 'Approve' | 'Reject'): Promise<URL> {
    const errorPage = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() && f.url().startsWith('chrome-error:') });
    const [leaving] = await Promise.all([page.waitForRequest((r) => r.url().startsWith(redirectUri())), page.getByRole('button', { name: button, exact: true }).click({ noWaitAfter: true })]);
    const callback = new URL(leaving.url());
    expect(leaving.redirectedFrom()?.url()).toMatch(/\/falcon-bank\/authorize\/[^/]+\/decision$/);
    await errorPage;
    await page.goto(callback.toString());
    await shot(page, 'back-at-tpp');
    return callback;
  }

  /** A whole approved journey sharing the account `pick` chooses among the labels offered; returns the TPP's token. */
  async function approvedJourney(shot: ReturnType<typeof camera>, pick: (labels: string[]) => string): Promise<{ token: string; consentId: string; accountId: string; label: string }> {
    const pushed = await pushAccountAccess();
    const { context, page } = await newBrowserPage();
    try {
      const offered = await reachReview(page, shot, pushed.authorizationUrl);
      expect(await offered.count()).toBeGreaterThan(1);
      const labels = await choiceLabels(page);
      const label = pick(labels);
      const box = page.getByRole('checkbox', { name: label, exact: true });
      await box.check();
      await shot(page, 'account-ticked');
      const accountId = await box.inputValue();
      const callback = await answer(page, shot, 'Approve');
      const tokens = await client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
      return { token: tokens.access_token, consentId: pushed.consentId, accountId, label };
    } finally {
      await context.close();
    }
  }

  /** Each offered account's card as read aloud: "nickname · type, masked IBAN · holder, balance". */
  const choiceLabels = async (page: Page) =>
    (await page.getByRole('group', { name: 'Choose the accounts to share' }).getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

  const getAccounts = async (token: string) => {
    const res = await tpp.fetch(accountsUrl(), { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
  };

  it('approve: the user signs in, reviews the request in plain words, shares one account; the TPP reads exactly that account', async () => {
    const shot = camera('approve');
    const pushed = await pushAccountAccess();
    const { context, page } = await newBrowserPage();
    try {
      const offered = await reachReview(page, shot, pushed.authorizationUrl);
      expect(await page.title()).toBe(`${tppName()} asks for your consent · ${tenant().name}`);
      await page.getByRole('heading', { level: 2, name: tppName(), exact: true }).waitFor();
      await page.getByRole('heading', { name: `What ${tppName()} will see` }).waitFor();
      await page.getByText('How much money is in your accounts, including available balances and credit limits.').waitFor();
      await page.getByText(/Amounts, dates and descriptions of money in and out of your accounts/).waitFor();
      expect(await page.getByRole('note', { name: 'Sandbox notice' }).textContent()).toMatch(/^SANDBOX — not a real bank$/);
      expect(await page.getByRole('note', { name: 'Sandbox notice' }).isVisible()).toBe(true);
      // Nothing is ticked for the user; each account reads nickname · type, masked IBAN and balance.
      expect(await offered.count()).toBeGreaterThan(1);
      for (const box of await offered.all()) expect(await box.isChecked()).toBe(false);

      const choices = await choiceLabels(page);
      const chosen = choices.find((t) => /Savings account/.test(t)) ?? choices.at(-1)!;
      expect(chosen).toMatch(/ · .+ [A-Z]{3} [\d,]+\.\d+ (available|owed)/);
      const maskedIban = MASKED_IBAN.exec(chosen)![0];
      const nickname = chosen.split(' · ')[0];
      expect(await page.getByText(maskedIban).first().isVisible()).toBe(true);
      const box = page.getByRole('checkbox', { name: new RegExp(`^${reEscape(nickname)} · .*${reEscape(maskedIban)}`) });
      await box.check();
      await shot(page, 'account-ticked');
      const accountId = await box.inputValue();

      const callback = await answer(page, shot, 'Approve');
      expect(callback.searchParams.get('code')).toEqual(expect.any(String));
      expect(callback.searchParams.get('state')).toBe(pushed.state);
      expect(callback.searchParams.get('iss')).toBe(tenant().issuer);
      expect(callback.searchParams.get('error')).toBeNull();

      const tokens = await client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
      const consent = (tokens.authorization_details as any[])[0].consent.Data;
      expect(consent).toMatchObject({ ConsentId: pushed.consentId, Status: 'Authorized' });
      const accounts = await getAccounts(tokens.access_token);
      expect(accounts.status).toBe(200);
      expect(accounts.body.Data.Account.map((a: { AccountId: string }) => a.AccountId)).toEqual([accountId]);
      // The account the TPP reads is the one the page showed: same nickname, same IBAN ends.
      const account = accounts.body.Data.Account[0];
      expect(account.Nickname).toBe(nickname);
      const iban = account.AccountIdentifiers.find((i: { SchemeName: string }) => i.SchemeName === 'IBAN').Identification as string;
      expect(`${iban.slice(0, 4)} •••• •••• •••• ${iban.slice(-4)}`).toBe(maskedIban);
    } finally {
      await context.close();
    }
  });

  it('reject: the user says no; the TPP gets access_denied and the Consent Manager shows the consent Rejected', async () => {
    const shot = camera('reject');
    const pushed = await pushAccountAccess();
    const { context, page } = await newBrowserPage();
    try {
      await reachReview(page, shot, pushed.authorizationUrl);
      const callback = await answer(page, shot, 'Reject');
      expect(callback.searchParams.get('error')).toBe('access_denied');
      expect(callback.searchParams.get('code')).toBeNull();
      expect(callback.searchParams.get('state')).toBe(pushed.state);
      expect(callback.searchParams.get('iss')).toBe(tenant().issuer);
      await expect(client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state })).rejects.toMatchObject({ error: 'access_denied' });
      const consent = await lfiCall('GET', `${tenant().consentManagerUrl}/consents/${pushed.consentId}`);
      expect(consent.status).toBe(200);
      expect(consent.json().data).toMatchObject({ status: 'Rejected', psuIdentifiers: { userId: demo().userId } });
    } finally {
      await context.close();
    }
  });

  it('a wrong password is announced with the attempts left; the right one continues to the one-time code', async () => {
    const shot = camera('wrong-password');
    const pushed = await pushAccountAccess();
    const { context, page } = await newBrowserPage();
    try {
      await page.goto(pushed.authorizationUrl.toString());
      await signIn(page, shot, 'not-the-password');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await shot(page, 'wrong-password');
      expect((await alert.textContent())!.replace(/\s+/g, ' ')).toMatch(/The username or password is not right\..*2 attempts left/);
      expect(await page.getByLabel('Username').inputValue()).toBe(demo().username);
      expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Password').inputValue()).toBe('');

      await page.getByLabel('Password').fill(demo().password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading(page, 'Enter your one-time code').waitFor();
      await shot(page, 'one-time-code');
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('dashboard: the user revokes an approved consent; the TPP is refused from then on', async () => {
    // Another account than the approve test's, so this consent's card is told apart by its account.
    const shot = camera('dashboard');
    const given = await approvedJourney(shot, (labels) => labels.find((l) => /Current account/.test(l)) ?? labels[0]);
    expect((await getAccounts(given.token)).status).toBe(200);
    const account = given.label.split(' · ')[0] + ' ' + MASKED_IBAN.exec(given.label)![0];

    const { context, page } = await newBrowserPage();
    try {
      await page.goto(`${new URL(tenant().authorizationEndpoint).origin}/falcon-bank/consents`);
      await signIn(page, shot);
      await enterCode(page, shot);
      await heading(page, 'Your consents').waitFor();
      await shot(page, 'consents');
      const card = page.getByRole('article').filter({ hasText: account }).filter({ hasText: 'Authorized' });
      expect(await card.count()).toBe(1);
      await card.getByRole('heading', { name: tppName() }).waitFor();
      await card.getByRole('link', { name: `Revoke access of ${tppName()}` }).click();

      await heading(page, `Withdraw access of ${tppName()}?`).waitFor();
      await shot(page, 'confirm-revoke');
      await page.getByRole('button', { name: 'Yes, revoke access' }).click();

      const notice = page.getByRole('status');
      await notice.waitFor();
      await shot(page, 'revoked');
      expect(await notice.textContent()).toMatch(/^Access withdrawn/);
      expect(await page.getByRole('article').filter({ hasText: account }).textContent()).toMatch(/Status: Revoked/);
      expect(await page.getByRole('article').filter({ hasText: account }).getByRole('link', { name: /Revoke access/ }).count()).toBe(0);
    } finally {
      await context.close();
    }

    const refused = await getAccounts(given.token);
    expect(refused.status).toBe(401);
    const consent = await lfiCall('GET', `${tenant().consentManagerUrl}/consents/${given.consentId}`);
    expect(consent.json().data.status).toBe('Revoked');
  });

  it('keyboard: Tab reaches Username, Password and Sign in in that order, and Enter submits', async () => {
    const shot = camera('keyboard');
    const pushed = await pushAccountAccess();
    const { context, page } = await newBrowserPage();
    try {
      await page.goto(pushed.authorizationUrl.toString());
      await heading(page, `Sign in to ${tenant().name}`).waitFor();
      await shot(page, 'sign-in');
      const username = page.getByLabel('Username');
      const password = page.getByLabel('Password');
      const signInButton = page.getByRole('button', { name: 'Sign in' });

      // First stop: the skip link, then the form in reading order.
      await page.keyboard.press('Tab');
      expect(await isFocused(page.getByRole('link', { name: 'Skip to main content' }))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await isFocused(username)).toBe(true);
      await page.keyboard.type(demo().username);
      await page.keyboard.press('Tab');
      expect(await isFocused(password)).toBe(true);
      await page.keyboard.type(demo().password);
      await page.keyboard.press('Tab');
      expect(await isFocused(signInButton)).toBe(true);
      await shot(page, 'button-focused');
      await page.keyboard.press('Enter');

      // The code form submits with Enter in its field as well.
      await heading(page, 'Enter your one-time code').waitFor();
      await shot(page, 'one-time-code');
      const code = page.getByLabel('One-time code');
      for (let i = 0; i < 3 && !(await isFocused(code)); i += 1) await page.keyboard.press('Tab');
      expect(await isFocused(code)).toBe(true);
      await page.keyboard.type(demo().otp);
      await page.keyboard.press('Enter');
      await heading(page, `${tppName()} asks for your consent`).waitFor();
      await shot(page, 'review');
    } finally {
      await context.close();
    }
  });
});

function reEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
