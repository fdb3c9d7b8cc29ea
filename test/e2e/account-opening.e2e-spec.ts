import {
  completeLfiJourney,
  formOf,
  eventually,
  openedWebhooks,
  pushAuthorizationRequest,
  readOfficialSpec,
  SandboxManifest,
  startServiceSuite,
  type ServiceSuite,
  serviceCall,
  signInOnLfiPages,
  signTppMessage,
  TppClient,
  validateAgainstComponent,
  WebhookReceiver,
  withPublicLinks,
  type WebhookTpp,
} from '@hub/testing';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';

const AO_DOC = 'standards/v2.1/uae-account-opening-service-initiation-openapi.yaml';
const WEBHOOK_DOC = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';
const BANK = 'falcon-bank';

function conforms(component: string, value: unknown): void {
  expect(validateAgainstComponent(readOfficialSpec(AO_DOC), component, withPublicLinks(value)).errors).toBe('No errors');
}

const fastDeskConfig = { mockLfi: { accountOpening: { awaitingUserInputAfterMs: 100, completedAfterMs: 200 } } };

/** A person's claims as a TPP collects them (AEIdentityAssurance.Claims). */
const party = (name: { given: string; family: string }) => ({
  Claims: {
    IdentityType: 'Person',
    FullName: `${name.given} ${name.family}`,
    GivenName: name.given,
    Surname: name.family,
    EmiratesId: '784-1990-7654321-2',
    EmiratesIdExpiryDate: '2031-01-31',
    ResidentialAddress: { AddressLine: ['Apartment 1204, Marina Heights'], Country: 'AE' },
  },
});

/** The user's existing account elsewhere (AECashAccount6_1), from which the new one is funded. */
const FUNDING = { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: 'Main account' };

describe('account opening: the TPP asks, the user opens at the bank, the account can then be shared', () => {
  let m: SandboxManifest;
  let tpp: TppClient;
  let other: TppClient;
  let receiver: WebhookReceiver;
  let hubKeys: ReturnType<typeof createLocalJWKSet>;
  const bank = () => m.tenants.find((t) => t.id === BANK)!;
  const app = () => m.tpps[0] as WebhookTpp;
  const user = () => m.psus.find((p) => p.tenantId === BANK && p.profile === 'everyday')!;
  const accountsUrl = () => `${bank().resourceServerUrl}/open-finance/account-opening/v2.1/accounts`;

  /** POST /accounts signed, answered signed: returns the verified message. */
  async function requestOpening(message: unknown, c = tpp, creds: WebhookTpp = app()): Promise<{ status: number; message?: any; json?: any }> {
    const res = await serviceCall(c, 'POST', accountsUrl(), 'account-opening', { jwt: await signTppMessage(creds, bank().issuer, message) });
    if (res.status !== 201) return { status: res.status, json: res.json ?? res.text };
    expect(res.type).toMatch(/^application\/jwt/);
    const { payload } = await jwtVerify(res.text, hubKeys, { algorithms: ['PS256'], issuer: bank().issuer, audience: creds.clientId });
    return { status: 201, message: (payload as any).message };
  }

  /** The events of one opening, opened, once the one with `finalStatus` has arrived. */
  const eventsOf = (accountId: string, finalStatus: string) =>
    eventually(
      async () => (await openedWebhooks(receiver, m, BANK, app())).map((o) => o.claims).filter((c: any) => c.message.Meta.AccountId === accountId) as any[],
      (claims) => claims.some((c) => c.message.Data.OpeningStatus === finalStatus),
    );

  const waitForStatus = (accountId: string, status: string) =>
    eventually(() => serviceCall(tpp, 'GET', `${accountsUrl()}/${accountId}/status`, 'account-opening'), (res) => res.json?.Data?.OpeningStatus === status);

  let suite: ServiceSuite;

  beforeAll(async () => {
    suite = await startServiceSuite(BANK, fastDeskConfig);
    ({ m, tpp, other, receiver, hubKeys } = suite);
  });

  afterAll(() => suite?.close());

  it('opens an account through the bank\'s page to Completed, with every status by webhook, and the new account can be chosen in a data-sharing consent', async () => {
    const created = await requestOpening({ Data: { Account: FUNDING, Party: party({ given: 'Aisha', family: 'Rahman' }), AnnualTransactionVolume: 120000 }, Subscription: { Webhook: { Url: receiver.url, IsActive: true } } });
    expect(created).toMatchObject({ status: 201 });
    conforms('AECreateAccountResponseBody1', created.message);
    const accountId = created.message.Data.AccountId as string;
    expect(created.message.Data.OpeningStatus).toBe('Pending');
    expect(created.message.Links.Self).toBe(`${accountsUrl()}/${accountId}/status`);
    const redirect = created.message.Links.AccountOpeningRedirectUrl as string;
    expect(redirect).toContain(accountId);

    // The bank asks for the user's input first (a user who answers while it is still Pending skips that step).
    expect((await waitForStatus(accountId, 'AwaitingUserInput')).json.Data.OpeningStatus).toBe('AwaitingUserInput');
    // The user completes the opening on the bank's own page.
    const { browser, page } = await signInOnLfiPages(redirect, user(), m.caCertFile);
    expect(page.html).toContain('Aisha Rahman');
    const { action, csrf } = formOf(page.html);
    const decided = await browser.post(new URL(action, page.url).toString(), { csrf, decision: 'open', accountSubType: 'Savings', currency: 'AED' });
    expect(decided.status).toBe(303);

    const done = await waitForStatus(accountId, 'Completed');
    expect(done.status).toBe(200);
    conforms('AEReadAccountResponseBody1', done.json);
    const iban = done.json.Data.AccountIdentifiers[0].Identification as string;
    expect(iban).toMatch(/^AE\d{21}$/);

    const events = await eventsOf(accountId, 'Completed');
    expect(events.map((c) => c.message.Data.OpeningStatus)).toEqual(['AwaitingUserInput', 'AwaitingLFIProcesses', 'Completed']);
    for (const claims of events) {
      expect(claims.message.Meta).toMatchObject({ EventType: 'Resource.Updated', AccountId: accountId, EventResource: `${accountsUrl()}/${accountId}/status` });
      expect(validateAgainstComponent(readOfficialSpec(WEBHOOK_DOC), 'AEWebhookEventSigned', claims).errors).toBe('No errors');
    }

    // Later, the same user shares the new account with the TPP.
    const consent = { ConsentId: randomUUID(), Permissions: ['ReadAccountsBasic', 'ReadAccountsDetail'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: app().redirectUris[0], scope: 'openid accounts', authorizationDetails: [{ type: 'urn:openfinanceuae:account-access-consent:v2.1', consent }] });
    const journey = await completeLfiJourney(pushed.authorizationUrl, { ...user(), decision: 'approve', selected: [accountId] }, m.caCertFile);
    expect(journey.redirect).toBeDefined();
    const tokens = await client.authorizationCodeGrant(tpp.config, journey.redirect!, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    const res = await tpp.fetch(`${bank().resourceServerUrl}/open-finance/account-information/v2.1/accounts`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(res.status).toBe(200);
    const accounts = ((await res.json()) as any).Data.Account;
    expect(accounts.map((a: any) => a.AccountId)).toEqual([accountId]);
    expect(JSON.stringify(accounts[0])).toContain(iban);
  });

  it('reports Rejected when the user cancels at the bank', async () => {
    const created = await requestOpening({ Data: { Account: FUNDING, Party: party({ given: 'Omar', family: 'Haddad' }) }, Subscription: { Webhook: { Url: receiver.url, IsActive: true } } });
    const accountId = created.message.Data.AccountId as string;
    const { browser, page } = await signInOnLfiPages(created.message.Links.AccountOpeningRedirectUrl, user(), m.caCertFile);
    const { action, csrf } = formOf(page.html);
    await browser.post(new URL(action, page.url).toString(), { csrf, decision: 'cancel' });
    const rejected = await waitForStatus(accountId, 'Rejected');
    expect(rejected.json.Data).toMatchObject({ OpeningStatus: 'Rejected', AdditionalStatusInformation: expect.any(String) });
    // The user may answer before the bank asked for input (Pending → Rejected) or after it.
    const statuses = (await eventsOf(accountId, 'Rejected')).map((c) => c.message.Data.OpeningStatus);
    expect(statuses.at(-1)).toBe('Rejected');
    expect(['AwaitingUserInput,Rejected', 'Rejected']).toContain(statuses.join(','));
  });

  it('refuses a JSON body (415), another TPP\'s opening (404), another TPP\'s FX quote and a token without the scope', async () => {
    const json = await serviceCall(tpp, 'POST', accountsUrl(), 'account-opening', { json: { Data: { Account: FUNDING, Party: party({ given: 'A', family: 'B' }) } } });
    expect(json.status).toBe(415);
    const mine = await requestOpening({ Data: { Account: FUNDING, Party: party({ given: 'Sara', family: 'Khan' }) } });
    const peek = await serviceCall(other, 'GET', `${accountsUrl()}/${mine.message.Data.AccountId}/status`, 'account-opening');
    expect(peek).toMatchObject({ status: 404, text: '' });
    const sub = await serviceCall(other, 'PATCH', `${accountsUrl()}/${mine.message.Data.AccountId}/subscription`, 'account-opening', { json: { Data: { Webhook: { Url: receiver.url, IsActive: true } } } });
    expect(sub.status).toBe(404);

    const quote = await serviceCall(tpp, 'POST', `${bank().resourceServerUrl}/open-finance/fx/v2.1/fx-quotes`, 'fx', { json: { Data: { QuoteReference: 'ao-link', TransactionType: 'Spot', UnitCurrency: 'AED', QuotedCurrency: 'USD', TradeAmount: { Amount: '100.00', Currency: 'USD' } } } });
    expect(quote.status).toBe(201);
    const linked = { Data: { LinkedOperations: { FxQuoteId: quote.json.Data.FxQuoteId }, Account: FUNDING, Party: party({ given: 'Sara', family: 'Khan' }) } };
    expect((await requestOpening(linked)).status).toBe(201);
    const foreign = await requestOpening(linked, other, m.tpps[2] as WebhookTpp);
    expect(foreign.status).toBe(400);
    expect(foreign.json.Errors[0]).toMatchObject({ Code: 'Body.InvalidFormat', Path: 'Data.LinkedOperations.FxQuoteId' });

    const scope = await serviceCall(tpp, 'GET', `${accountsUrl()}/${mine.message.Data.AccountId}/status`, 'fx');
    expect(scope.status).toBe(403);
    expect(scope.json.Errors[0].Code).toBe('AccessToken.InvalidScope');
  });
});
