import {
  completeLfiJourney,
  disposeSandbox,
  eventually,
  openedWebhooks,
  pushAuthorizationRequest,
  readOfficialSpec,
  SandboxManifest,
  sandboxConfigFile,
  startServiceSuite,
  type ServiceSuite,
  SandboxProcess,
  serviceCall,
  signTppMessage,
  startSandbox,
  TppClient,
  tppClient,
  validateAgainstComponent,
  validateOperationBody,
  WebhookReceiver,
  withPublicLinks,
  type WebhookTpp,
  QUOTE_REQUESTS,
} from '@hub/testing';
import { createLocalJWKSet, generateKeyPair, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';

const INSURANCE_DOC = 'standards/v2.1-errata1/uae-insurance-openapi.yaml';
const WEBHOOK_DOC = 'standards/v2.1-errata2/uae-webhook-template-openapi.yaml';
const INSURER = 'dune-insurance';
const LINES = ['employment', 'health', 'home', 'life', 'motor', 'renters', 'travel'] as const;

function conforms(component: string, value: unknown): void {
  expect(validateAgainstComponent(readOfficialSpec(INSURANCE_DOC), component, withPublicLinks(value)).errors).toBe('No errors');
}

const fastDeskConfig = { mockLfi: { insurance: { stepAfterMs: 150 } } };

/** The documents' signed bodies: `{iss, exp, nbf, message}` around the resource. */
const asClaims = (message: unknown) => ({ iss: 'https://lfi.example.ae', exp: 2_000_000_000, nbf: 1_700_000_000, message });

const today = () => new Date().toISOString().slice(0, 10);
/** The TPP's request: the standard's `{Data}` around the same members the insurer receives. */
const quoteRequest = (line: (typeof LINES)[number], customerId: string) => ({ Data: QUOTE_REQUESTS[line](customerId, today()).data });

/** Accepting a quote repeats its figures (Update{Line}InsuranceQuoteStatusMessageProperties). */
const acceptance = (quote: any, line: string) => ({
  Data: {
    QuoteStatus: 'ApplicationPending',
    QuoteReference: quote.QuoteReference,
    InsuranceSubType: quote.PlanName ?? 'Comprehensive',
    Premium: quote.Premium,
    Commission: { PaymentMethod: quote.Commission.PaymentMethod, ...(quote.Commission.CommissionAmount ? { CommissionAmount: quote.Commission.CommissionAmount } : {}) },
    QuoteCreationDateTime: quote.CreationDateTime,
    ...(line === 'health' ? { CustomerSalary: 'Over4K' } : {}),
  },
});

describe('insurance quotes: a broker quotes every line, accepts one, gets the policy issued and reads it with the user\'s consent', () => {
  let m: SandboxManifest;
  let tpp: TppClient;
  let other: TppClient;
  let receiver: WebhookReceiver;
  let hubKeys: ReturnType<typeof createLocalJWKSet>;
  const insurer = () => m.tenants.find((t) => t.id === INSURER)!;
  const app = () => m.tpps[0] as WebhookTpp;
  const customer = () => m.psus.find((p) => p.tenantId === INSURER)!;
  const api = (path: string) => `${insurer().resourceServerUrl}/open-finance/insurance/v2.1${path}`;
  const signed = (message: unknown, key?: Parameters<typeof signTppMessage>[3]) => signTppMessage(app(), insurer().issuer, message, key);

  async function verified(res: { status: number; type: string; text: string }) {
    expect(res.type).toMatch(/^application\/jwt/);
    const { payload } = await jwtVerify(res.text, hubKeys, { algorithms: ['PS256'], issuer: insurer().issuer, audience: app().clientId });
    return (payload as any).message;
  }

  let suite: ServiceSuite;

  beforeAll(async () => {
    suite = await startServiceSuite(INSURER, fastDeskConfig);
    ({ m, tpp, other, receiver, hubKeys } = suite);
  });

  afterAll(() => suite?.close());

  it.each(LINES)('quotes %s insurance, valid against the official document', async (line) => {
    const res = await serviceCall(tpp, 'POST', api(`/${line}-insurance-quotes`), 'insurance', { json: quoteRequest(line, customer().userId) });
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.text }).toEqual({ status: 201, body: 'ok' });
    conforms('AECreateInsuranceQuoteResponseBody1', res.json);
    expect(res.json.Data.every((q: any) => q.QuoteStatus === 'Available')).toBe(true);
    const read = await serviceCall(tpp, 'GET', api(`/${line}-insurance-quotes/${res.json.Data[0].QuoteId}`), 'insurance');
    expect(read.status).toBe(200);
    conforms('AEInsuranceQuoteReadResponseBody1', read.json);
  });

  it('accepts a motor quote (signed), requests the policy and follows the quote to Completed by webhook; the user then shares the new policy', async () => {
    const quoted = await serviceCall(tpp, 'POST', api('/motor-insurance-quotes'), 'insurance', { jwt: await signed(quoteRequest('motor', customer().userId)) });
    expect(quoted.status).toBe(201);
    // The cheaper of the offers, as a broker comparing them would.
    const quote = [...quoted.json.Data].sort((a: any, b: any) => Number(a.Premium.TotalPremiumAmount.Amount) - Number(b.Premium.TotalPremiumAmount.Amount))[0];
    const accept = { ...acceptance(quote, 'motor'), Subscription: { Webhook: { Url: receiver.url, IsActive: true } } };
    const accepted = await serviceCall(tpp, 'PATCH', api(`/motor-insurance-quotes/${quote.QuoteId}`), 'insurance', { jwt: await signed(accept) });
    expect([200, 204]).toContain(accepted.status);
    if (accepted.status === 200) {
      // The document writes this answer as signed claims around the message; the message is what the hub sends as JSON.
      expect(validateOperationBody(readOfficialSpec(INSURANCE_DOC), '/motor-insurance-quotes/{QuoteId}', 'patch', '200', asClaims(withPublicLinks(accepted.json))).errors).toBe('No errors');
    }

    const issued = await serviceCall(tpp, 'POST', api('/motor-insurance-policies'), 'insurance', { jwt: await signed({ Data: { QuoteId: quote.QuoteId } }) });
    expect(issued.status).toBe(201);
    const policy = await verified(issued);
    const policyId = policy.Data.InsurancePolicyId as string;
    expect(policy.Links.Self).toBe(api(`/motor-insurance-policies/${policyId}`));
    expect(validateOperationBody(readOfficialSpec(INSURANCE_DOC), '/motor-insurance-policies', 'post', '201', asClaims(withPublicLinks(policy)), 'application/jwt').errors).toBe('No errors');

    const events = await eventually(
      async () => (await openedWebhooks(receiver, m, INSURER, app())).map((o) => o.claims).filter((c: any) => c.message.Meta.QuoteId === quote.QuoteId) as any[],
      (claims) => claims.some((c) => c.message.Data.QuoteStatus === 'Completed'),
    );
    expect(events.map((c) => c.message.Data.QuoteStatus)).toEqual(['ApplicationPending', 'ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed']);
    for (const claims of events) {
      expect(claims.message.Meta).toMatchObject({ EventType: 'Resource.Updated', QuoteId: quote.QuoteId, EventResource: api(`/motor-insurance-quotes/${quote.QuoteId}`) });
      expect(validateAgainstComponent(readOfficialSpec(WEBHOOK_DOC), 'AEWebhookEventSigned', claims).errors).toBe('No errors');
    }
    expect((await serviceCall(tpp, 'GET', api(`/motor-insurance-quotes/${quote.QuoteId}`), 'insurance')).json.Data.QuoteStatus).toBe('Completed');

    // The customer consents on the insurer's pages to share exactly the new policy.
    const consent = { ConsentId: randomUUID(), Permissions: [{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies', 'ReadInsuranceProduct', 'ReadInsurancePremium'] }], OpenFinanceBilling: { Purpose: 'QuoteComparison' }, ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString() };
    const pushed = await pushAuthorizationRequest(tpp, { redirectUri: app().redirectUris[0], scope: 'openid insurance', authorizationDetails: [{ type: 'urn:openfinanceuae:insurance-consent:v2.1', consent }] });
    const journey = await completeLfiJourney(pushed.authorizationUrl, { ...customer(), decision: 'approve', selected: [policyId] }, m.caCertFile);
    expect(journey.redirect).toBeDefined();
    const tokens = await client.authorizationCodeGrant(tpp.config, journey.redirect!, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    const list = await tpp.fetch(api('/motor-insurance-policies'), { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(list.status).toBe(200);
    expect(((await list.json()) as any).Data.Policies.map((p: any) => p.InsurancePolicyId)).toEqual([policyId]);
  });

  it('refuses a bad signature, a policy for a quote not accepted, another TPP\'s quote, a bank, and the wrong scope', async () => {
    const quoted = await serviceCall(tpp, 'POST', api('/travel-insurance-quotes'), 'insurance', { json: quoteRequest('travel', customer().userId) });
    const quote = quoted.json.Data[0];
    const { privateKey } = await generateKeyPair('PS256');
    const forged = await serviceCall(tpp, 'PATCH', api(`/travel-insurance-quotes/${quote.QuoteId}`), 'insurance', { jwt: await signed(acceptance(quote, 'travel'), privateKey) });
    expect(forged.status).toBe(400);
    expect(forged.json.Errors[0].Code).toBe('JWS.InvalidSignature');
    const early = await serviceCall(tpp, 'POST', api('/travel-insurance-policies'), 'insurance', { jwt: await signed({ Data: { QuoteId: quote.QuoteId } }) });
    expect(early.status).toBe(400);
    expect(early.json.Errors[0].Code).toBe('InsuranceQuote.NotAccepted');

    expect(await serviceCall(other, 'GET', api(`/travel-insurance-quotes/${quote.QuoteId}`), 'insurance')).toMatchObject({ status: 404, text: '' });
    expect((await serviceCall(tpp, 'GET', api(`/motor-insurance-quotes/${quote.QuoteId}`), 'insurance')).status).toBe(404);
    const bank = m.tenants.find((t) => t.sector === 'banking')!;
    const bankTpp = await tppClient(bank.issuer, m.tpps[0], m.caCertFile);
    try {
      expect((await serviceCall(bankTpp, 'POST', `${bank.resourceServerUrl}/open-finance/insurance/v2.1/travel-insurance-quotes`, 'insurance', { json: quoteRequest('travel', 'x') })).status).toBe(404);
    } finally {
      await bankTpp.close();
    }
    const scope = await serviceCall(tpp, 'POST', api('/travel-insurance-quotes'), 'accounts', { json: quoteRequest('travel', customer().userId) });
    expect(scope.status).toBe(403);
    const bad = await serviceCall(tpp, 'POST', api('/motor-insurance-quotes'), 'insurance', { json: { Data: { ...quoteRequest('motor', customer().userId).Data, VehicleDetails: undefined } } });
    expect(bad.status).toBe(400);
    expect(bad.json.Errors[0]).toMatchObject({ Code: 'Body.InvalidFormat' });
  });
});

describe('insurance quotes: an expired quote cannot be accepted', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: sandboxConfigFile({ mockLfi: { insurance: { quoteTtlSeconds: 1 } } }) } });
    m = sp.manifest();
    tpp = await tppClient(m.tenants.find((t) => t.id === INSURER)!.issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('answers 400 after ExpirationDateTime, and the insurer reports the quote Expired', async () => {
    const insurer = m.tenants.find((t) => t.id === INSURER)!;
    const customer = m.psus.find((p) => p.tenantId === INSURER)!;
    const url = `${insurer.resourceServerUrl}/open-finance/insurance/v2.1/home-insurance-quotes`;
    const quote = (await serviceCall(tpp, 'POST', url, 'insurance', { json: quoteRequest('home', customer.userId) })).json.Data[0];
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(quote.ExpirationDateTime) - Date.now()) + 300));
    const late = await serviceCall(tpp, 'PATCH', `${url}/${quote.QuoteId}`, 'insurance', { jwt: await signTppMessage(m.tpps[0], insurer.issuer, acceptance(quote, 'home')) });
    expect(late.status).toBe(400);
    expect(late.json.Errors[0].Code).toMatch(/^InsuranceQuote\.(Expired|NotAvailable)$/);
    const read = await eventually(() => serviceCall(tpp, 'GET', `${url}/${quote.QuoteId}`, 'insurance'), (res) => res.json?.Data?.QuoteStatus === 'Expired');
    expect(read.json.Data.QuoteStatus).toBe('Expired');
  });
});
