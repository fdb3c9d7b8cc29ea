import { disposeSandbox, httpsCall, pushAuthorizationRequest, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient, type PushedRequest } from '@hub/testing';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { CompactEncrypt, decodeJwt, importJWK } from 'jose';
import * as client from 'openid-client';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/*
 * The mock bank's pages for payment consents in a real browser (Debian's Chromium through
 * playwright-core): the schedule and limits of each kind of consent in plain words, and a
 * business's payment consent that its two users authorize (multi-authorization): the owner in the
 * TPP's journey, the finance officer later on the bank's dashboard. Screenshots of every page go
 * to var/test-artifacts/lfi-web-payments/.
 */

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', '..', 'var', 'test-artifacts', 'lfi-web-payments');
const BANK = 'falcon-bank';
const DAY_MS = 86_400_000;

type Psu = SandboxManifest['psus'][number];

/** "5 February 2027": a calendar date as the pages write it. */
const longDate = (isoDate: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`));
/** The day in Dubai of an instant, as the pages write it. */
const dubaiDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Dubai', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
const isoDateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

describe('mock LFI payment pages in a browser: schedules in plain words, and a business payment two users authorize', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let browser: Browser;
  const tenant = () => m.tenants.find((t) => t.id === BANK)!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === BANK)!;
  const user = (profile: string) => m.psus.find((p) => p.tenantId === BANK && p.profile === profile)!;
  const owner = () => user('sme-owner');
  const coSigner = () => user('sme-co-signer');
  const demo = () => m.psus.find((p) => p.tenantId === BANK && p.username === 'demo')!;
  const redirectUri = () => m.tpps[0].redirectUris[0];
  const bankOrigin = () => new URL(tenant().authorizationEndpoint).origin;
  const dashboardUrl = () => `${bankOrigin()}/${BANK}/consents`;
  const approvalUrl = (consentId: string) => `${dashboardUrl()}/${consentId}/approval`;
  const consentOf = async (consentId: string) => (await httpsCall(`${tenant().consentManagerUrl}/consents/${consentId}`, { caFile: m.caCertFile, client: lfi() })).json().data;

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
    m = sp.manifest();
    tpp = await tppClient(tenant().issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await browser?.close();
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  /** PII encrypted to the LFI's RSA-OAEP-256 key: a creditor, and no debtor account (the user picks it at the bank). */
  async function encryptedPii(): Promise<string> {
    const jwks = (await httpsCall(tenant().lfiJwksUrl, { caFile: m.caCertFile })).json();
    const enc = jwks.keys.find((k: { use: string }) => k.use === 'enc');
    const pii = { Initiation: { Creditor: [{ Creditor: { Name: 'Gulf Office Supplies' }, CreditorAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'Gulf Office Supplies' } } }] } };
    return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(pii))).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: enc.kid }).encrypt(await importJWK(enc, 'RSA-OAEP-256'));
  }

  async function pushPayment(ControlParameters: unknown, extra: Record<string, unknown> = {}): Promise<PushedRequest & { consentId: string; expires: string }> {
    const consentId = randomUUID();
    const expires = new Date(Date.now() + 300 * DAY_MS).toISOString();
    const consent = { ConsentId: consentId, ExpirationDateTime: expires, ControlParameters, PersonalIdentifiableInformation: await encryptedPii(), PaymentPurposeCode: 'ACM', ...extra };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: redirectUri(), scope: 'openid payments', authorizationDetails: [{ type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent }] });
    return { ...pushed, consentId, expires };
  }

  /** A business payment consent that lets several users authorize, answered within the hour. */
  const pushBusinessPayment = () =>
    pushPayment(
      { ConsentSchedule: { MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Month', PeriodStartDate: isoDateIn(1), Controls: { MaximumIndividualAmount: { Amount: '500.00', Currency: 'AED' } } } } } },
      { IsSingleAuthorization: false, AuthorizationExpirationDateTime: new Date(Date.now() + 3_600_000).toISOString() },
    );

  /** A fresh browser (own cookies) whose requests to the TPP's redirect_uri get a small page of the "app". */
  async function newBrowserPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1024, height: 768 } });
    await context.route(`${new URL(redirectUri()).origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Sandbox Fintech</title><h1>Back at the app</h1></html>' }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  }

  async function inBrowser<T>(run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
    const { context, page } = await newBrowserPage();
    try {
      return await run(page, context);
    } finally {
      await context.close();
    }
  }

  function camera(test: string) {
    let n = 0;
    return (page: Page, step: string) => page.screenshot({ path: join(ARTIFACTS, `${test}-${String(++n).padStart(2, '0')}-${step}.png`), fullPage: true });
  }

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  /** Password, then one-time code, on whichever sign-in the page shows. */
  async function signIn(page: Page, who: Psu): Promise<void> {
    await heading(page, `Sign in to ${tenant().name}`).waitFor();
    await page.getByLabel('Username').fill(who.username);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Enter your one-time code').waitFor();
    await page.getByLabel('One-time code').fill(who.otp);
    await page.getByRole('button', { name: 'Verify' }).click();
  }

  /** The TPP's request reviewed by `who`; returns the payment's terms as listed on the page. */
  async function review(page: Page, pushed: PushedRequest, who: Psu): Promise<string[]> {
    await page.goto(pushed.authorizationUrl.toString());
    await signIn(page, who);
    await heading(page, /asks for your consent$/).waitFor();
    return paymentTerms(page);
  }

  const paymentTerms = async (page: Page) => (await page.getByRole('region', { name: 'The payment' }).locator('ul.terms > li').allTextContents()).map((t) => t.trim());

  /**
   * Clicks Approve or Reject of the journey and returns where the bank's 303 sends the browser: the
   * TPP's redirect_uri (Chromium does not hand redirected requests to routes, so the URL is read
   * from the request; see lfi-web-browser.e2e-spec.ts).
   */
  async function answerJourney(page: Page, button: 'Approve' | 'Reject'): Promise<URL> {
    const [leaving] = await Promise.all([page.waitForRequest((r) => r.url().startsWith(redirectUri())), page.getByRole('button', { name: button, exact: true }).click({ noWaitAfter: true })]);
    return new URL(leaving.url());
  }

  /** The owner approves the business payment in the TPP's journey, from the first account offered. */
  async function ownerApproves(pushed: PushedRequest, shot: ReturnType<typeof camera>): Promise<{ callback: URL; accountId: string }> {
    return inBrowser(async (page) => {
      await review(page, pushed, owner());
      await page.getByText('needs the approval of another user of your business as well').waitFor();
      const from = page.getByRole('group', { name: 'Choose the account to pay from' }).getByRole('radio').first();
      await from.check();
      const accountId = await from.inputValue();
      await shot(page, 'owner-review');
      return { callback: await answerJourney(page, 'Approve'), accountId };
    });
  }

  /** The dashboard of `who`, signed in. */
  async function dashboard(page: Page, who: Psu): Promise<void> {
    await page.goto(dashboardUrl());
    await signIn(page, who);
    await heading(page, 'Your consents').waitFor();
  }

  /** POSTs an answer with the page's session, as a form would, without following the redirect. */
  async function postAnswer(page: Page, context: BrowserContext, consentId: string, decision: string) {
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const res = await context.request.post(approvalUrl(consentId), { form: { csrf, decision }, maxRedirects: 0 });
    return { status: res.status(), text: await res.text() };
  }

  it('says each kind of payment consent in plain words on the review page', async () => {
    const shot = camera('schedules');
    const start = isoDateIn(2);
    const cases: [string, unknown, (expires: string) => string[]][] = [
      ['single', { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '250.00', Currency: 'AED' } } } }, () => ['Once: AED 250.00']],
      [
        'variable-on-demand',
        {
          ConsentSchedule: {
            MultiPayment: {
              MaximumCumulativeValueOfPayments: { Amount: '6000.00', Currency: 'AED' },
              MaximumCumulativeNumberOfPayments: 12,
              PeriodicSchedule: {
                Type: 'VariableOnDemand',
                PeriodType: 'Month',
                PeriodStartDate: start,
                Controls: { MaximumIndividualAmount: { Amount: '500.00', Currency: 'AED' }, MaximumCumulativeValueOfPaymentsPerPeriod: { Amount: '2000.00', Currency: 'AED' }, MaximumCumulativeNumberOfPaymentsPerPeriod: 10 },
              },
            },
          },
        },
        (expires) => [`Up to AED 500.00 per payment, at most AED 2,000.00 and 10 payments per month, from ${longDate(start)}, until ${dubaiDate(expires)}`, 'At most AED 6,000.00 and 12 payments in total'],
      ],
      [
        'fixed-defined-schedule',
        { ConsentSchedule: { MultiPayment: { PeriodicSchedule: { Type: 'FixedDefinedSchedule', Schedule: [{ PaymentExecutionDate: start, Amount: { Amount: '100.00', Currency: 'AED' } }, { PaymentExecutionDate: isoDateIn(33), Amount: { Amount: '1250.75', Currency: 'AED' } }] } } } },
        () => [`On ${longDate(start)}: AED 100.00`, `On ${longDate(isoDateIn(33))}: AED 1,250.75`],
      ],
      [
        'file',
        { ConsentSchedule: { FilePayment: { FileType: 'sandbox.payroll.csv.v1', FileHash: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=', FileReference: 'PAYROLL-JAN', NumberOfTransactions: 3, ControlSum: '1500.00', RequestedExecutionDate: start } } },
        () => ['A file of 3 payments, 1,500.00 in total', 'File reference: PAYROLL-JAN', `To be paid on ${longDate(start)}`],
      ],
    ];
    for (const [name, controls, expected] of cases) {
      const pushed = await pushPayment(controls);
      await inBrowser(async (page) => {
        expect({ name, terms: await review(page, pushed, demo()) }).toEqual({ name, terms: expected(pushed.expires) });
        await shot(page, name);
      });
    }
  });

  it('a business payment: the owner approves and the TPP gets its code with the consent AwaitingAuthorization; the finance officer approves on the dashboard: Authorized', async () => {
    const shot = camera('two-approvals');
    const pushed = await pushBusinessPayment();
    const { callback, accountId } = await ownerApproves(pushed, shot);
    expect(callback.searchParams.get('error')).toBeNull();
    const tokens = await client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    expect((tokens.authorization_details as any[])[0].consent.Data).toMatchObject({ ConsentId: pushed.consentId, Status: 'AwaitingAuthorization' });

    const first = await consentOf(pushed.consentId);
    expect(first).toMatchObject({ status: 'AwaitingAuthorization', psuIdentifiers: { userId: owner().userId }, accountIds: [accountId] });
    expect(first.consentBody.Meta.MultipleAuthorizers).toEqual({
      TotalRequired: 2,
      Authorizations: [
        { AuthorizerId: owner().userId, AuthorizerType: 'Management', AuthorizationDate: expect.any(String), AuthorizationStatus: 'Approved' },
        { AuthorizerId: coSigner().userId, AuthorizerType: 'Financial', AuthorizationStatus: 'Pending' },
      ],
    });

    await inBrowser(async (page) => {
      await dashboard(page, coSigner());
      const waiting = page.getByRole('region', { name: 'Waiting for your approval' });
      expect((await waiting.textContent())!.replace(/\s+/g, ' ')).toContain(`: Up to AED 500.00 per payment, from ${longDate(isoDateIn(1))}, until ${dubaiDate(pushed.expires)}. Approved by ${owner().name}.`);
      await shot(page, 'co-signer-dashboard');
      await waiting.getByRole('link', { name: new RegExp(`^Review the payment of .* approved by ${owner().name}$`) }).click();
      await heading(page, /^Approve a payment for /).waitFor();
      expect(await paymentTerms(page)).toEqual([`Up to AED 500.00 per payment, from ${longDate(isoDateIn(1))}, until ${dubaiDate(pushed.expires)}`]);
      const approvals = (await page.getByRole('region', { name: 'Who approves' }).textContent())!.replace(/\s+/g, ' ');
      expect(approvals).toMatch(new RegExp(`${owner().name}: approved on .*You: waiting for your answer`));
      await shot(page, 'co-signer-approval');
      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Payment approved' }).waitFor();
      await shot(page, 'co-signer-approved');
    });

    const authorized = await consentOf(pushed.consentId);
    expect(authorized).toMatchObject({ status: 'Authorized', psuIdentifiers: { userId: owner().userId }, accountIds: [accountId] });
    expect(authorized.consentBody.Meta.MultipleAuthorizers.Authorizations.map((a: { AuthorizationStatus: string }) => a.AuthorizationStatus)).toEqual(['Approved', 'Approved']);
    const refreshed = await client.refreshTokenGrant(tpp.config, tokens.refresh_token!);
    expect((refreshed.authorization_details as any[])[0].consent.Data.Status).toBe('Authorized');
    const read = await tpp.fetch(`${tenant().resourceServerUrl}/open-finance/payment/v2.1/payment-consents/${pushed.consentId}`, {
      headers: { authorization: `Bearer ${(await client.clientCredentialsGrant(tpp.config, { scope: 'payments' })).access_token}` },
    });
    expect(read.status).toBe(200);
    expect((decodeJwt(await read.text()) as any).message.Meta.MultipleAuthorizers.TotalRequired).toBe(2);
  });

  it('refuses the same user twice, a user of another business, and any answer once the consent is settled', async () => {
    const shot = camera('refusals');
    const pushed = await pushBusinessPayment();
    await ownerApproves(pushed, shot);
    const waitingForSecond = await consentOf(pushed.consentId);

    await inBrowser(async (page, context) => {
      // The owner sees the consent still waiting, with one of two approvals, and cannot approve again.
      await dashboard(page, owner());
      expect(await page.getByRole('region', { name: 'Waiting for your approval' }).count()).toBe(0);
      const card = page.getByRole('article').filter({ hasText: 'AwaitingAuthorization' }).filter({ hasText: '1 of 2 approvals' });
      expect(await card.count()).toBeGreaterThanOrEqual(1);
      await shot(page, 'owner-dashboard');
      expect(await postAnswer(page, context, pushed.consentId, 'approve')).toMatchObject({ status: 409, text: expect.stringContaining('You have already answered this payment request') });
      await page.goto(approvalUrl(pushed.consentId));
      await heading(page, 'Already answered').waitFor();
    });

    await inBrowser(async (page, context) => {
      // Another customer of the bank, not a user of that business, sees nothing of it.
      await dashboard(page, demo());
      expect(await page.getByRole('region', { name: 'Waiting for your approval' }).count()).toBe(0);
      expect(await postAnswer(page, context, pushed.consentId, 'approve')).toMatchObject({ status: 404, text: expect.stringContaining('You have no payment to approve with this reference') });
      await page.goto(approvalUrl(pushed.consentId));
      await heading(page, 'Consent not found').waitFor();
      await shot(page, 'outsider');
    });
    const unchanged = await consentOf(pushed.consentId);
    expect({ status: unchanged.status, meta: unchanged.consentBody.Meta }).toEqual({ status: 'AwaitingAuthorization', meta: waitingForSecond.consentBody.Meta });

    await inBrowser(async (page, context) => {
      // Without signing in, the approval page sends the user to the dashboard's sign-in.
      await page.goto(approvalUrl(pushed.consentId));
      await heading(page, `Sign in to ${tenant().name}`).waitFor();
      await signIn(page, coSigner());
      await heading(page, 'Your consents').waitFor();
      expect(await postAnswer(page, context, pushed.consentId, 'approve')).toMatchObject({ status: 303 });
      expect(await postAnswer(page, context, pushed.consentId, 'approve')).toMatchObject({ status: 409, text: expect.stringContaining('This payment consent is Authorized') });
    });
    expect((await consentOf(pushed.consentId)).status).toBe('Authorized');
  });

  it('the finance officer rejects: the consent is Rejected and the TPP\'s tokens stop working', async () => {
    const shot = camera('rejected');
    const pushed = await pushBusinessPayment();
    const { callback } = await ownerApproves(pushed, shot);
    const tokens = await client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    await inBrowser(async (page) => {
      await page.goto(approvalUrl(pushed.consentId));
      await signIn(page, coSigner());
      await page.goto(approvalUrl(pushed.consentId));
      await heading(page, /^Approve a payment for /).waitFor();
      await page.getByRole('button', { name: 'Reject', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Payment rejected' }).waitFor();
      await shot(page, 'co-signer-rejected');
    });
    const rejected = await consentOf(pushed.consentId);
    expect(rejected.status).toBe('Rejected');
    expect(rejected.consentBody.Meta.MultipleAuthorizers.Authorizations[1]).toMatchObject({ AuthorizerId: coSigner().userId, AuthorizationStatus: 'Rejected' });
    await expect(client.refreshTokenGrant(tpp.config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('a TPP that allows a single authorizer gets one: the owner\'s approval authorizes the business payment at once', async () => {
    const shot = camera('single-authorizer');
    const pushed = await pushPayment({ ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '75.00', Currency: 'AED' } } } }, { IsSingleAuthorization: true });
    const callback = await inBrowser(async (page) => {
      expect(await review(page, pushed, owner())).toEqual(['Once: AED 75.00']);
      expect(await page.getByText('needs the approval of another user').count()).toBe(0);
      await page.getByRole('group', { name: 'Choose the account to pay from' }).getByRole('radio').first().check();
      await shot(page, 'owner-review');
      return answerJourney(page, 'Approve');
    });
    const tokens = await client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    expect((tokens.authorization_details as any[])[0].consent.Data.Status).toBe('Authorized');
    const consent = await consentOf(pushed.consentId);
    expect(consent.status).toBe('Authorized');
    expect(consent.consentBody.Meta?.MultipleAuthorizers).toBeUndefined();
  });
});
