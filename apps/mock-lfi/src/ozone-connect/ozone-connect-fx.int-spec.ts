import { FxQuoteEntity } from '@hub/mock-lfi-store';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { FxHarness, type FxReply } from '../testing/fx-harness';

const FALCON = { id: 'falcon-bank', name: 'Falcon Bank', sector: 'banking' as const };
const DUNE = { id: 'dune-insurance', name: 'Dune Insurance', sector: 'insurance' as const };
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml';
const PARTY = { Claims: { IdentityType: 'Business', BusinessName: 'Hamad Trading LLC' } };

const harness = new FxHarness([FALCON, DUNE]);
let doc: any;

/** Fails with the validator's errors when a body breaks the official Ozone Connect schema. */
function expectValid(component: string, body: unknown): void {
  expect(validateAgainstComponent(doc, component, body).errors).toBe('No errors');
}

const askBody = (overrides: Record<string, unknown> = {}) => ({
  data: { QuoteReference: 'ref-usd-100', TransactionType: 'Spot', UnitCurrency: 'AED', QuotedCurrency: 'USD', TradeAmount: { Amount: '100.00', Currency: 'USD' }, ...overrides },
});

async function createQuote(overrides: Record<string, unknown> = {}, clientId?: string): Promise<FxReply> {
  const body = askBody(overrides);
  expectValid('AECreateFxQuoteRequestBody1', body);
  return harness.call(FALCON.id, 'POST', '/fx-quotes', { body, clientId });
}

/** The acceptance the hub forwards: the quote's figures replayed exactly. */
function acceptanceOf(quote: any, change: (data: any) => void = () => undefined) {
  const data = {
    QuoteReference: quote.QuoteReference,
    QuoteStatus: 'Accepted',
    Trade: { SellAmount: quote.SellAmount, BuyAmount: quote.BuyAmount, Charges: quote.Charges },
    Commission: quote.Commission,
  };
  change(data);
  expectValid('AEUpdateFxQuoteRequestBody1', { data });
  return { data };
}

beforeAll(async () => {
  doc = readOfficialSpec(OC_DOC);
  await harness.start();
}, 60_000);
afterAll(() => harness.stop());

describe('mock LFI FX desk (Ozone Connect FX quotes)', () => {
  it("prices a quote at the tenant's spread, with the fee and commission, valid against AECreateFxQuoteResponseBody1", async () => {
    const { status, body } = await createQuote({ Party: PARTY });
    expect(status).toBe(201);
    expectValid('AECreateFxQuoteResponseBody1', body);
    expect(body.data).toMatchObject({
      QuoteReference: 'ref-usd-100',
      UnitCurrency: 'AED',
      QuotedCurrency: 'USD',
      RateType: 'Actual',
      ExchangeRate: 0.271341,
      BuyAmount: { Amount: '100.00', Currency: 'USD' },
      SellAmount: { Amount: '368.54', Currency: 'AED' },
      UserIdentificationStatus: 'UserIdentified',
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '10.00', Currency: 'AED' } }],
      Commission: { CommissionAmount: { Amount: '0.37', Currency: 'AED' }, PaymentMethod: 'ThroughAPIHub' },
    });
    expect(body.data.FxQuoteId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.links.LiabilityPolicy).toMatch(/^https:\/\//);
  });

  it('reads the quote back with its status and what the TPP sent, valid against AEReadFxQuoteResponseBody1', async () => {
    const created = (await createQuote({ Party: PARTY, ContractIdentification: 'contract-1' })).body.data;
    const { status, body } = await harness.call(FALCON.id, 'GET', `/fx-quotes/${created.FxQuoteId}`);
    expect(status).toBe(200);
    expectValid('AEReadFxQuoteResponseBody1', body);
    expect(body.data).toMatchObject({ ...created, QuoteStatus: 'Available', Party: PARTY, ContractIdentification: 'contract-1' });
    expect(body.data.StatusUpdateDateTime).toBe(body.data.CreationDateTime);
    const ttlMs = Date.parse(body.data.ExpirationDateTime) - Date.parse(body.data.CreationDateTime);
    expect(ttlMs).toBe(harness.fxConfig.quoteTtlSeconds * 1000);
  });

  it('says UserNotIdentified without Party claims', async () => {
    await expect(createQuote()).resolves.toMatchObject({ status: 201, body: { data: { UserIdentificationStatus: 'UserNotIdentified' } } });
  });

  it('declines a trade above its limit with 204 and no body', async () => {
    await expect(createQuote({ TradeAmount: { Amount: '2000000.00', Currency: 'USD' } })).resolves.toEqual({ status: 204, body: undefined });
  });

  it('refuses a currency it does not trade, one currency twice and a malformed body (400, OC error format)', async () => {
    const unknown = await createQuote({ QuotedCurrency: 'XAU', TradeAmount: { Amount: '1.00', Currency: 'XAU' } });
    expect(unknown).toMatchObject({ status: 400, body: { errorCode: 'Consent.BusinessRuleViolation', errorMessage: expect.stringContaining('does not trade XAU') } });
    expectValid('Error400', unknown.body);
    const same = await createQuote({ UnitCurrency: 'USD' });
    expect(same).toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('both USD') } });
    const malformed = await harness.call(FALCON.id, 'POST', '/fx-quotes', { body: askBody({ TradeAmount: { Amount: '100', Currency: 'USD' } }) });
    expect(malformed).toMatchObject({ status: 400, body: { errorCode: 'Body.InvalidFormat', errorMessage: expect.stringContaining('data.TradeAmount.Amount') } });
    expectValid('Error400', malformed.body);
  });

  it("keeps quotes per TPP: another TPP's GET and PATCH answer 404", async () => {
    const created = (await createQuote()).body.data;
    const read = await harness.call(FALCON.id, 'GET', `/fx-quotes/${created.FxQuoteId}`, { clientId: 'other-tpp' });
    expect(read).toMatchObject({ status: 404, body: { errorCode: 'Resource.NotFound' } });
    const accept = await harness.call(FALCON.id, 'PATCH', `/fx-quotes/${created.FxQuoteId}`, { clientId: 'other-tpp', body: acceptanceOf(created) });
    expect(accept).toMatchObject({ status: 404, body: { errorCode: 'Resource.NotFound' } });
  });

  it('accepts an exactly replayed quote once (204), then refuses it as no longer Available', async () => {
    const created = (await createQuote()).body.data;
    await expect(harness.call(FALCON.id, 'PATCH', `/fx-quotes/${created.FxQuoteId}`, { body: acceptanceOf(created) })).resolves.toEqual({ status: 204, body: undefined });
    const read = await harness.call(FALCON.id, 'GET', `/fx-quotes/${created.FxQuoteId}`);
    expect(read.body.data.QuoteStatus).toBe('Accepted');
    expectValid('AEReadFxQuoteResponseBody1', read.body);
    const again = await harness.call(FALCON.id, 'PATCH', `/fx-quotes/${created.FxQuoteId}`, { body: acceptanceOf(created) });
    expect(again).toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('is Accepted: only an Available quote') } });
  });

  it('refuses an acceptance whose figures or reference differ from the quote', async () => {
    const created = (await createQuote()).body.data;
    const changed = acceptanceOf(created, (data) => {
      data.Trade.SellAmount = { Amount: '360.00', Currency: 'AED' };
      data.QuoteReference = 'another-ref';
    });
    const { status, body } = await harness.call(FALCON.id, 'PATCH', `/fx-quotes/${created.FxQuoteId}`, { body: changed });
    expect(status).toBe(400);
    expect(body.errorMessage).toContain('data.Trade.SellAmount is 360.00 AED, the quote says 368.54 AED');
    expect(body.errorMessage).toContain('data.QuoteReference is another-ref');
    expect((await harness.call(FALCON.id, 'GET', `/fx-quotes/${created.FxQuoteId}`)).body.data.QuoteStatus).toBe('Available');
  });

  it('refuses to accept an expired quote (400)', async () => {
    const created = (await createQuote()).body.data;
    // Backdate the expiry only: the lifecycle's Expired step stays in the future, so the quote is still Available.
    await harness.db.getRepository(FxQuoteEntity).update({ fxQuoteId: created.FxQuoteId }, { expirationDateTime: '2020-01-01T00:00:00.000Z' });
    const { status, body } = await harness.call(FALCON.id, 'PATCH', `/fx-quotes/${created.FxQuoteId}`, { body: acceptanceOf(created) });
    expect(status).toBe(400);
    expect(body).toEqual({ errorCode: 'Consent.BusinessRuleViolation', errorMessage: `FX quote ${created.FxQuoteId} expired at 2020-01-01T00:00:00.000Z: ask for a new quote` });
    expectValid('Error400', body);
  });

  it('has no FX desk at an insurer (404), and refuses calls without JWT auth (401)', async () => {
    await expect(harness.call(DUNE.id, 'POST', '/fx-quotes', { body: askBody() })).resolves.toMatchObject({ status: 404, body: { errorCode: 'Resource.NotFound' } });
    await expect(harness.call(FALCON.id, 'POST', '/fx-quotes', { body: askBody(), token: null })).resolves.toMatchObject({ status: 401 });
  });
});
