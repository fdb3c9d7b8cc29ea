import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import { generateLfiData, type InsuranceLine, type LfiData } from '@hub/mock-lfi-data';
import { eventually, readOfficialSpec, validateOperationBody, QUOTE_REQUESTS, withMember } from '@hub/testing';
import { Logger } from '@nestjs/common';
import { INSURANCE_LINES } from '@hub/standards';
import { InsuranceQuoteHarness, type Reply } from '../testing/insurance-quote-harness';
import { addDays, uaeDateOf } from '@hub/mock-lfi-desks';
// Test data of the desks library, reached by path: fixtures are not part of its public API.

const DELTA = { id: 'delta-insurance', name: 'Delta Insurance', sector: 'insurance' as const };
const EPSILON = { id: 'epsilon-bank', name: 'Epsilon Bank', sector: 'banking' as const };
const SEED = 'insurance-quotes-int-spec';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-insurance-openapi.yaml';
const CM_DOC = 'api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml';
const OTHER_TPP = { clientId: 'other-tpp-client' };
/** Long enough between the insurer's steps that each status is seen, short enough for a test. */
const STEP_AFTER_MS = 150;

const harness = new InsuranceQuoteHarness([DELTA, EPSILON], SEED, (config) => {
  MOCK_LFI_DESK_SETTINGS.of(config).insurance.stepAfterMs = STEP_AFTER_MS;
});
const data: LfiData = generateLfiData(DELTA, SEED);
const customer = data.psus[0];
const START = addDays(uaeDateOf(new Date()), 20);
let oc: any;
let cm: any;

/** The body validates against the document's schema of that operation's body. */
function expectValid(doc: () => any, path: string, method: string, part: string, body: unknown): void {
  expect(validateOperationBody(doc(), path, method, part, body).errors).toBe('No errors');
}

const post = (line: InsuranceLine, body: unknown, options = {}) => harness.call(DELTA.id, 'POST', `/${line}-insurance-quotes`, { body, ...options });
const read = (line: InsuranceLine, quoteId: string, options = {}) => harness.call(DELTA.id, 'GET', `/${line}-insurance-quotes/${quoteId}`, options);

/** The acceptance a TPP sends for a quote it read: the quote replayed, with the user's status. */
function acceptanceOf(quote: any, status = 'ApplicationPending', extra: Record<string, unknown> = {}) {
  return {
    data: {
      QuoteStatus: status,
      QuoteReference: quote.QuoteReference,
      InsuranceSubType: quote.PlanName,
      Premium: quote.Premium,
      Commission: { CommissionAmount: quote.Commission.CommissionAmount, PaymentMethod: quote.Commission.PaymentMethod },
      QuoteCreationDateTime: quote.CreationDateTime,
      ExpirationDateTime: quote.ExpirationDateTime,
      ...extra,
    },
  };
}

const accept = (line: InsuranceLine, quote: any, status?: string) =>
  harness.call(DELTA.id, 'PATCH', `/${line}-insurance-quotes/${quote.QuoteId}`, { body: acceptanceOf(quote, status, line === 'health' ? { CustomerSalary: 'Over4K' } : {}) });
const requestPolicy = (line: InsuranceLine, quoteId: string, options = {}) => harness.call(DELTA.id, 'POST', `/${line}-insurance-policies`, { body: { data: { QuoteId: quoteId } }, ...options });

async function availableQuote(line: InsuranceLine, customerId = customer.userId): Promise<any> {
  const created = await post(line, QUOTE_REQUESTS[line](customerId, START));
  expect(created.status).toBe(201);
  return created.body.data[0];
}

/** Reads the quote until it reaches `status` (the insurer moves it on its own), recording each status seen. */
async function readUntil(line: InsuranceLine, quoteId: string, status: string, seen: Reply[] = []): Promise<Reply[]> {
  const record = async () => {
    const reply = await read(line, quoteId);
    if (seen.at(-1)?.body?.data?.QuoteStatus !== reply.body?.data?.QuoteStatus) seen.push(reply);
    return reply;
  };
  await eventually(record, (reply) => reply.body?.data?.QuoteStatus === status, { timeoutMs: 30_000, intervalMs: 25, what: `quote ${quoteId} in ${status}` });
  return seen;
}

beforeAll(async () => {
  // The desk's retry warnings (a refused log step) are expected; the assertions say what happened.
  Logger.overrideLogger(false);
  oc = readOfficialSpec(OC_DOC);
  cm = readOfficialSpec(CM_DOC);
  await harness.start();
}, 60_000);
afterAll(() => harness.stop());

describe('mock insurer quote desk over Ozone Connect', () => {
  it.each(INSURANCE_LINES)('prices a realistic %s request: 201 with Available quotes, each readable by its TPP only', async (line) => {
    const request = QUOTE_REQUESTS[line](customer.userId, START);
    expectValid(() => oc, `/${line}-insurance-quotes`, 'post', 'request', request);
    const created = await post(line, request);
    expect(created.status).toBe(201);
    expectValid(() => oc, `/${line}-insurance-quotes`, 'post', '201', created.body);
    expect(created.body.data.map((q: any) => [q.QuoteStatus, q.QuoteReference, q.LevelOfCover])).toEqual([
      ['Available', `tpp-${line}-0001`, 'Standard'],
      ['Available', `tpp-${line}-0001`, 'Enhanced'],
    ]);
    const quote = created.body.data[0];
    expect(quote.QuoteId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(quote.ExpirationDateTime) - Date.parse(quote.CreationDateTime)).toBe(2_592_000_000);
    const own = await read(line, quote.QuoteId);
    expect(own).toEqual({ status: 200, body: { data: quote } });
    expectValid(() => oc, `/${line}-insurance-quotes/{QuoteId}`, 'get', '200', own.body);
    await expect(read(line, quote.QuoteId, OTHER_TPP)).resolves.toMatchObject({ status: 404 });
  });

  it('prices the same request the same way: the same premium on new quotes', async () => {
    const [first, second] = [await availableQuote('motor'), await availableQuote('motor')];
    expect(second.QuoteId).not.toBe(first.QuoteId);
    expect(second.Premium).toEqual(first.Premium);
    expect(second.Commission).toEqual(first.Commission);
  });

  it('refuses a bad body with 400 naming the members the line needs, in the Ozone Connect error format', async () => {
    const body = withMember(withMember(QUOTE_REQUESTS.motor(customer.userId, START), 'data.MainDriver.DateOfBirth', undefined), 'data.Policy.CarValuation', undefined);
    const refused = await post('motor', body);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ errorCode: 'Body.InvalidFormat', errorMessage: expect.stringMatching(/data\.MainDriver\.DateOfBirth is required.*data\.Policy\.CarValuation is required/) });
    expectValid(() => oc, '/motor-insurance-quotes', 'post', '400', refused.body);
    await expect(post('motor', { Data: {} })).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('data is required') } });
  });

  it('declines with 204 what the insurer does not write', async () => {
    const businessOwner = withMember(QUOTE_REQUESTS.employment(customer.userId, START), 'data.Employment.EmploymentStatus', 'BusinessOwner');
    await expect(post('employment', businessOwner)).resolves.toEqual({ status: 204, body: undefined });
  });

  it('has no quote desk at a bank, and no quote of another line (404)', async () => {
    const quote = await availableQuote('motor');
    await expect(harness.call(EPSILON.id, 'POST', '/motor-insurance-quotes', { body: QUOTE_REQUESTS.motor(customer.userId, START) })).resolves.toMatchObject({ status: 404 });
    await expect(harness.call(EPSILON.id, 'GET', `/motor-insurance-quotes/${quote.QuoteId}`)).resolves.toMatchObject({ status: 404 });
    await expect(harness.call(EPSILON.id, 'POST', '/motor-insurance-policies', { body: { data: { QuoteId: quote.QuoteId } } })).resolves.toMatchObject({ status: 404 });
    await expect(read('home', quote.QuoteId)).resolves.toMatchObject({ status: 404 });
  });

  it('lets another TPP neither accept nor buy the quote', async () => {
    const quote = await availableQuote('motor');
    await expect(harness.call(DELTA.id, 'PATCH', `/motor-insurance-quotes/${quote.QuoteId}`, { body: acceptanceOf(quote), ...OTHER_TPP })).resolves.toMatchObject({ status: 404 });
    await accept('motor', quote);
    await expect(requestPolicy('motor', quote.QuoteId, OTHER_TPP)).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('is not a motor insurance quote of this TPP') } });
  });

  it('accepts an Available quote replayed as offered: 200 with the broker\'s issuance steps, then ApplicationPending', async () => {
    const quote = await availableQuote('travel');
    const changed = acceptanceOf(quote, 'ApplicationPending', { QuoteReference: 'someone-else' });
    await expect(harness.call(DELTA.id, 'PATCH', `/travel-insurance-quotes/${quote.QuoteId}`, { body: changed })).resolves.toMatchObject({
      status: 400,
      body: { errorCode: 'Consent.BusinessRuleViolation', errorMessage: expect.stringContaining('data.QuoteReference is someone-else') },
    });
    const accepted = await accept('travel', quote);
    expect(accepted).toEqual({ status: 200, body: { data: { PolicyIssuanceAllowed: { CustomerVerification: true, Payment: false, PolicyDocuments: true } } } });
    expectValid(() => oc, '/travel-insurance-quotes/{QuoteId}', 'patch', '200', accepted.body);
    const after = await read('travel', quote.QuoteId);
    expect(after.body.data).toEqual({ ...quote, QuoteStatus: 'ApplicationPending' });
    expectValid(() => oc, '/travel-insurance-quotes/{QuoteId}', 'get', '200', after.body);
    await expect(accept('travel', quote)).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('is ApplicationPending: only an Available quote can be accepted') } });
  });

  it('answers 204 to an acceptance when the broker handles no issuance step, and keeps KYCCaptured', async () => {
    const request = withMember(QUOTE_REQUESTS.home(customer.userId, START), 'data.PolicyIssuanceRequest', { CustomerVerification: false, Payment: false, PolicyDocuments: false });
    const quote = (await post('home', request)).body.data[1];
    await expect(accept('home', quote, 'KYCCaptured')).resolves.toEqual({ status: 204, body: undefined });
    await expect(read('home', quote.QuoteId)).resolves.toMatchObject({ body: { data: { QuoteStatus: 'KYCCaptured', PlanName: 'Home Shield Plus' } } });
  });

  it('issues the policy of an accepted quote to its customer: it appears in the PSU\'s Ozone Connect policies', async () => {
    const quote = await availableQuote('motor');
    await expect(requestPolicy('motor', quote.QuoteId)).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('is Available: a policy needs an accepted quote') } });
    await accept('motor', quote);
    const created = await harness.call(DELTA.id, 'POST', '/motor-insurance-policies', {
      body: { data: { QuoteId: quote.QuoteId, PostIssuanceRequest: { ClaimsAllowed: true, EndorsementsAllowed: true, RenewalsAllowed: true, CancellationAllowed: false } } },
    });
    expect(created).toEqual({ status: 201, body: { data: { InsurancePolicyId: expect.any(String), PostIssuanceResponse: { ClaimsAllowed: false, EndorsementsAllowed: true, RenewalsAllowed: true, CancellationAllowed: false } } } });
    expectValid(() => oc, '/motor-insurance-policies', 'post', '201', created.body);
    const policyId = created.body.data.InsurancePolicyId;
    await expect(requestPolicy('motor', quote.QuoteId)).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining(`already has its policy ${policyId}`) } });

    const owned = [...customer.insurancePolicyIds, policyId].join(',');
    const list = await harness.call(DELTA.id, 'GET', `/motor-insurance-policies?insurancePolicyIds=${owned}`, { userId: customer.userId });
    const today = uaeDateOf(new Date());
    expect(list.body.data.Policies).toContainEqual({ InsurancePolicyId: policyId, PolicyNumber: expect.stringMatching(/^GI-MOT-/), PolicyStatus: 'New', PolicyStartDate: today });
    expectValid(() => oc, '/motor-insurance-policies', 'get', '200', list.body);
    const detail = await harness.call(DELTA.id, 'GET', `/motor-insurance-policies/${policyId}`, { userId: customer.userId });
    expect(detail.status).toBe(200);
    expect(detail.body.data.Premium).toMatchObject({ PremiumAmount: quote.Premium.PremiumAmountExcludingVAT, VatAmount: quote.Premium.VATAmount, TotalPremiumAmount: quote.Premium.TotalPremiumAmount });
    expectValid(() => oc, '/motor-insurance-policies/{InsurancePolicyId}', 'get', '200', detail.body);
    const payment = await harness.call(DELTA.id, 'GET', `/motor-insurance-policies/${policyId}/payment-details`, { userId: customer.userId });
    expectValid(() => oc, '/motor-insurance-policies/{InsurancePolicyId}/payment-details', 'get', '200', payment.body);
    // Only the customer's: another PSU cannot read it.
    await expect(harness.call(DELTA.id, 'GET', `/motor-insurance-policies/${policyId}`, { userId: data.psus[1].userId })).resolves.toMatchObject({ status: 400 });
  });

  it('prices a quote for an unknown CustomerId but issues no policy for it (400)', async () => {
    const quote = await availableQuote('renters', 'not-a-customer-42');
    await accept('renters', quote);
    const refused = await requestPolicy('renters', quote.QuoteId);
    expect(refused).toEqual({
      status: 400,
      body: { errorCode: 'Consent.BusinessRuleViolation', errorMessage: expect.stringContaining("CustomerId 'not-a-customer-42' of quote") },
    });
    expectValid(() => oc, '/renters-insurance-policies', 'post', '400', refused.body);
  });

  it('moves the quote to Completed through the hub\'s insurance-quote-log, reading valid in every status', async () => {
    const quote = await availableQuote('health');
    await accept('health', quote);
    const policyId = (await requestPolicy('health', quote.QuoteId)).body.data.InsurancePolicyId;
    const seen = await readUntil('health', quote.QuoteId, 'Completed');
    expect(seen.at(-1)!.body.data.QuoteStatus).toBe('Completed');
    for (const reply of seen) expectValid(() => oc, '/health-insurance-quotes/{QuoteId}', 'get', '200', reply.body);

    const logged = harness.logged.filter((p) => p.logId === quote.QuoteId);
    expect(logged.map((p) => p.body.QuoteStatus)).toEqual(['ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed']);
    for (const patch of logged) expectValid(() => cm, '/insurance-quote-log/{logId}', 'patch', 'request', patch.body);
    expect(logged.every((p) => p.tenantId === DELTA.id && p.clientCn === harness.lfiClientId(DELTA.id))).toBe(true);
    const policy = (await harness.call(DELTA.id, 'GET', `/health-insurance-policies/${policyId}`, { userId: customer.userId })).body.data;
    expect(logged.at(-1)!.body).toMatchObject({
      QuoteStatus: 'Completed',
      PolicyStartDate: policy.Product.Policy.PolicyStartDate,
      PolicyTerm: 'P1Y',
      Premium: { OneYearPremiumExcludingVAT: quote.Premium.PremiumAmountExcludingVAT, VATAmount: quote.Premium.VATAmount, TotalOneYearPremium: quote.Premium.TotalPremiumAmount },
      CustomerSalary: 'Over4K',
      Commission: { CommissionAmount: quote.Commission.CommissionAmount, PaymentMethod: 'ThroughAPIHub' },
      CustomerPaidInFull: true,
      PolicyCountrySubDivision: 'Dubai',
    });
  });

  it('keeps the quote\'s status when the hub refuses a step (400), and sends nothing more', async () => {
    const quote = await availableQuote('life');
    await accept('life', quote);
    harness.answerLog = (patch) => (patch.logId === quote.QuoteId ? 400 : 204);
    try {
      await requestPolicy('life', quote.QuoteId);
      await eventually(() => harness.attempts.some((p) => p.logId === quote.QuoteId), { timeoutMs: 30_000, what: 'the desk\'s attempt to report the step' });
      expect(harness.attempts.filter((p) => p.logId === quote.QuoteId).map((p) => p.body.QuoteStatus)).toEqual(['ApplicationApproved']);
      await expect(read('life', quote.QuoteId)).resolves.toMatchObject({ body: { data: { QuoteStatus: 'ApplicationPending' } } });
      expect(harness.logged.filter((p) => p.logId === quote.QuoteId)).toEqual([]);
    } finally {
      harness.answerLog = () => 204;
    }
  });
});
