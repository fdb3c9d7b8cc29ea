import {
  disposeSandbox,
  eventually,
  httpsCall,
  openedWebhooks,
  readOfficialSpec,
  SandboxManifest,
  sandboxConfigFile,
  SandboxProcess,
  serviceCall,
  signTppMessage,
  startSandbox,
  startWebhookReceiver,
  TppClient,
  tppClient,
  validateAgainstComponent,
  WebhookReceiver,
  withPublicLinks,
  type ServiceReply,
  type WebhookTpp,
} from '@hub/testing';
import { createLocalJWKSet, generateKeyPair, jwtVerify } from 'jose';

const FX_DOC = 'standards/v2.1-errata1/uae-fx-service-initiation-openapi.yaml';
const WEBHOOK_DOC = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';
const BANKS = ['falcon-bank', 'oasis-bank'];

function conforms(component: string, value: unknown): void {
  expect(validateAgainstComponent(readOfficialSpec(FX_DOC), component, withPublicLinks(value)).errors).toBe('No errors');
}

/** A sandbox whose FX desks move accepted quotes along quickly, so a test sees the whole lifecycle. */
const fastDeskConfig = (quoteTtlSeconds = 300) => sandboxConfigFile({ mockLfi: { fx: { quoteTtlSeconds, fundedAfterMs: 150, actionedAfterMs: 150, completedAfterMs: 150 } } });

const quoteRequest = (reference: string, amount = '1000.00') => ({
  Data: {
    QuoteReference: reference,
    TransactionType: 'Spot',
    UnitCurrency: 'AED',
    QuotedCurrency: 'USD',
    TradeAmount: { Amount: amount, Currency: 'USD' },
    Party: {
      Claims: {
        IdentityType: 'Person',
        FullName: 'Hamad Ali',
        GivenName: 'Hamad',
        Surname: 'Ali',
        EmiratesId: '784-1985-1234567-1',
        EmiratesIdExpiryDate: '2030-05-01',
        ResidentialAddress: { AddressLine: ['Villa 12, Street 4, Al Barsha'], Country: 'AE' },
      },
    },
  },
});

/** The acceptance the standard asks for: the quote's own amounts, signed by the TPP. */
const acceptance = (quote: any, subscription?: unknown) => ({
  Data: {
    QuoteReference: quote.QuoteReference,
    QuoteStatus: 'Accepted',
    Trade: { SellAmount: quote.SellAmount, BuyAmount: quote.BuyAmount, ...(quote.Charges ? { Charges: quote.Charges } : {}) },
    Commission: { CommissionAmount: quote.Commission.CommissionAmount, PaymentMethod: quote.Commission.PaymentMethod ?? 'ThroughAPIHub' },
  },
  ...(subscription ? { Subscription: subscription } : {}),
});

describe('FX quotes: a TPP compares banks, accepts the best and follows it to Completed', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  const tpps: Record<string, TppClient> = {};
  let other: TppClient;
  let receiver: WebhookReceiver;
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const app = () => m.tpps[0] as WebhookTpp;
  const quotesUrl = (id: string) => `${tenant(id).resourceServerUrl}/open-finance/fx/v2.1/fx-quotes`;
  const call = (bank: string, method: string, path: string, o: Parameters<typeof serviceCall>[4] = {}, scope = 'fx', c?: TppClient) =>
    serviceCall(c ?? tpps[bank], method, `${quotesUrl(bank)}${path}`, scope, o);
  const quote = async (bank: string, reference: string): Promise<ServiceReply> => call(bank, 'POST', '', { json: quoteRequest(reference) });

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: fastDeskConfig() } });
    m = sp.manifest();
    for (const bank of [...BANKS, 'dune-insurance']) tpps[bank] = await tppClient(tenant(bank).issuer, m.tpps[0], m.caCertFile);
    other = await tppClient(tenant('falcon-bank').issuer, m.tpps[2], m.caCertFile);
    receiver = await startWebhookReceiver({ certFile: app().webhookServerCertFile, keyFile: app().webhookServerKeyFile });
  });

  afterAll(async () => {
    await receiver?.close();
    await Promise.all([...Object.values(tpps), other].map((c) => c?.close()));
    if (sp) await disposeSandbox(sp);
  });

  it('quotes from every bank, accepts the cheapest with a signed body, and sees Accepted → Funded → Actioned → Completed by GET and by webhook', async () => {
    const offers = await Promise.all(BANKS.map(async (bank) => ({ bank, res: await quote(bank, `cmp-${bank}`) })));
    for (const { bank, res } of offers) {
      expect(res.status).toBe(201);
      conforms('AECreateFxQuoteResponseBody1', res.json);
      expect(res.json.Data).toMatchObject({ QuoteReference: `cmp-${bank}`, UnitCurrency: 'AED', QuotedCurrency: 'USD' });
      expect(res.json.Links.Self).toBe(`${quotesUrl(bank)}/${res.json.Data.FxQuoteId}`);
    }
    // The banks' spreads differ: the TPP takes the one that sells the same dollars for fewer dirhams.
    const amounts = offers.map((o) => Number(o.res.json.Data.SellAmount.Amount));
    expect(new Set(amounts).size).toBe(BANKS.length);
    const best = offers[amounts.indexOf(Math.min(...amounts))];
    const id = best.res.json.Data.FxQuoteId as string;

    const subscribed = await call(best.bank, 'PATCH', `/${id}/subscription`, { json: { Data: { Webhook: { Url: receiver.url, IsActive: true } } } });
    expect(subscribed.status).toBe(204);
    const before = receiver.received.length;
    const accepted = await call(best.bank, 'PATCH', `/${id}`, { jwt: await signTppMessage(app(), tenant(best.bank).issuer, acceptance(best.res.json.Data)) });
    expect(accepted).toMatchObject({ status: 204, text: '' });

    await receiver.waitFor(before + 4);
    const opened = (await openedWebhooks(receiver, m, best.bank, app())).slice(before);
    expect(opened.map((o) => o.claims.message.Data.QuoteStatus)).toEqual(['Accepted', 'Funded', 'Actioned', 'Completed']);
    for (const o of opened) {
      expect(o.claims.message.Meta).toMatchObject({ EventType: 'Resource.Updated', FxQuoteId: id, EventResource: `${quotesUrl(best.bank)}/${id}` });
      expect(o.claims.message.Data.FxQuoteId).toBe(id);
      expect(validateAgainstComponent(readOfficialSpec(WEBHOOK_DOC), 'AEWebhookEventSigned', o.claims).errors).toBe('No errors');
    }
    const completed = opened[3].claims.message.Data;
    expect(completed.Trade).toMatchObject({ SellAmount: best.res.json.Data.SellAmount, BuyAmount: best.res.json.Data.BuyAmount });
    expect(completed.Commission.CommissionAmount).toEqual(best.res.json.Data.Commission.CommissionAmount);

    const read = await call(best.bank, 'GET', `/${id}`);
    expect(read.status).toBe(200);
    conforms('AEReadFxQuoteResponseBody1', read.json);
    expect(read.json.Data).toMatchObject({ FxQuoteId: id, QuoteStatus: 'Completed' });
  });

  it('takes a signed quote request and answers signed when asked (Accept: application/jwt)', async () => {
    const bank = 'oasis-bank';
    const res = await call(bank, 'POST', '', { jwt: await signTppMessage(app(), tenant(bank).issuer, quoteRequest('signed-1')), accept: 'application/jwt' });
    expect(res.status).toBe(201);
    expect(res.type).toMatch(/^application\/jwt/);
    const hubKeys = createLocalJWKSet((await httpsCall(tenant(bank).hubJwksUrl, { caFile: m.caCertFile })).json());
    const { payload } = await jwtVerify(res.text, hubKeys, { algorithms: ['PS256'], issuer: tenant(bank).issuer, audience: app().clientId });
    conforms('AECreateFxQuoteResponseBody1', (payload as any).message);
    expect((payload as any).message.Data.QuoteReference).toBe('signed-1');
  });

  it('answers 204 without a quote when the bank declines (a trade above its limit)', async () => {
    const res = await call('falcon-bank', 'POST', '', { json: quoteRequest('too-big', '9000000.00') });
    expect(res).toMatchObject({ status: 204, text: '' });
  });

  it('refuses a PATCH signed with another key (JWS.InvalidSignature), an unsigned one (415) and a changed amount, leaving the quote Available', async () => {
    const bank = 'falcon-bank';
    const created = (await quote(bank, 'neg-1')).json.Data;
    const { privateKey } = await generateKeyPair('PS256');
    const forged = await call(bank, 'PATCH', `/${created.FxQuoteId}`, { jwt: await signTppMessage(app(), tenant(bank).issuer, acceptance(created), privateKey) });
    expect(forged.status).toBe(400);
    expect(forged.json.Errors[0].Code).toBe('JWS.InvalidSignature');
    conforms('AEError400ResponseBody', forged.json);
    expect((await call(bank, 'PATCH', `/${created.FxQuoteId}`, { json: acceptance(created) })).status).toBe(415);
    const changed = acceptance(created);
    changed.Data.Trade.SellAmount = { ...created.SellAmount, Amount: '1.00' };
    const refused = await call(bank, 'PATCH', `/${created.FxQuoteId}`, { jwt: await signTppMessage(app(), tenant(bank).issuer, changed) });
    expect(refused.status).toBe(400);
    expect((await call(bank, 'GET', `/${created.FxQuoteId}`)).json.Data.QuoteStatus).toBe('Available');
  });

  it('refuses a bad request body naming the member, and a token without the fx scope', async () => {
    const bad = await call('falcon-bank', 'POST', '', { json: { Data: { ...quoteRequest('x').Data, UnitCurrency: 'dirham' } } });
    expect(bad.status).toBe(400);
    expect(bad.json.Errors[0]).toMatchObject({ Code: 'Body.InvalidFormat', Path: 'Data.UnitCurrency' });
    const scope = await call('falcon-bank', 'POST', '', { json: quoteRequest('x') }, 'accounts');
    expect(scope.status).toBe(403);
    expect(scope.json.Errors[0].Code).toBe('AccessToken.InvalidScope');
  });

  it("hides a quote from another TPP (404 without body) and an insurer offers no FX (404)", async () => {
    const created = (await quote('falcon-bank', 'mine')).json.Data;
    const peek = await call('falcon-bank', 'GET', `/${created.FxQuoteId}`, {}, 'fx', other);
    expect(peek).toMatchObject({ status: 404, text: '' });
    const grab = await call('falcon-bank', 'PATCH', `/${created.FxQuoteId}`, { jwt: await signTppMessage(m.tpps[2], tenant('falcon-bank').issuer, acceptance(created)) }, 'fx', other);
    expect(grab.status).toBe(404);
    expect((await call('falcon-bank', 'PATCH', `/${created.FxQuoteId}/subscription`, { json: { Data: { Webhook: { Url: receiver.url, IsActive: true } } } }, 'fx', other)).status).toBe(404);
    expect((await call('dune-insurance', 'POST', '', { json: quoteRequest('ins') })).status).toBe(404);
  });
});

describe('FX quotes: an expired quote cannot be accepted', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: fastDeskConfig(1) } });
    m = sp.manifest();
    tpp = await tppClient(m.tenants[0].issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('answers 400 FxQuote.Expired after ExpirationDateTime and the LFI reports the quote Expired', async () => {
    const bank = m.tenants[0];
    const url = `${bank.resourceServerUrl}/open-finance/fx/v2.1/fx-quotes`;
    const created = (await serviceCall(tpp, 'POST', url, 'fx', { json: quoteRequest('late') })).json.Data;
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(created.ExpirationDateTime) - Date.now()) + 300));
    const late = await serviceCall(tpp, 'PATCH', `${url}/${created.FxQuoteId}`, 'fx', { jwt: await signTppMessage(m.tpps[0], bank.issuer, acceptance(created)) });
    expect(late.status).toBe(400);
    expect(late.json.Errors[0].Code).toMatch(/^FxQuote\.(Expired|NotAvailable)$/);
    const status = await eventually(async () => (await serviceCall(tpp, 'GET', `${url}/${created.FxQuoteId}`, 'fx')).json.Data.QuoteStatus, (s) => s === 'Expired', { timeoutMs: 10_000, intervalMs: 100 });
    expect(status).toBe('Expired');
  });
});
