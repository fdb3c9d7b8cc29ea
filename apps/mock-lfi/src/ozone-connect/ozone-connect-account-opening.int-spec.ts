import { CUSTOMER_CANCELLED } from '@hub/mock-lfi-store';
import { generateLfiData, isValidUaeIban } from '@hub/mock-lfi-data';
import { eventually, formOf, LfiWebBrowser, readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { AccountOpeningHarness, type Reply } from '../testing/account-opening-harness';

const ALPHA = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' as const };
const GAMMA = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' as const };
const SEED = 'account-opening-int-spec';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml';

const harness = new AccountOpeningHarness([ALPHA, GAMMA], SEED);
const [demo, second] = generateLfiData(ALPHA, SEED).psus;
const ocDoc = readOfficialSpec(OC_DOC);

/** A request as a TPP would send it, with a name that would break the page if it were not escaped. */
const request = (given = 'Hamad') => ({
  data: {
    LinkedOperations: { FxQuoteId: '1d747c7b-7285-43e2-bb26-f7d6f195177e' },
    Account: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: 'Hamad Ali' },
    AnnualTransactionVolume: 120,
    Party: {
      Claims: {
        IdentityType: 'Person',
        FullName: `${given} <b>Ali</b>`,
        GivenName: given,
        Surname: 'Ali',
        EmiratesId: '784-1990-1234567-1',
        EmiratesIdExpiryDate: '2032-05-05',
        ResidentialAddress: { AddressLine: ['Villa 1, Street 2'], Country: 'AE' },
      },
    },
    DataSharingAudit: [{ JSONPath: '$.Data.Party.GivenName', Action: 'Updated', OriginalValue: 'Harold' }],
  },
});

function expectValid(component: string, body: unknown): void {
  const check = validateAgainstComponent(ocDoc, component, body);
  expect(check.valid ? 'valid' : check.errors).toBe('valid');
}

async function open(): Promise<string> {
  const created = await harness.postOpening(ALPHA.id, request());
  expect(created.status).toBe(200);
  return created.body.data.AccountId as string;
}

const statusOf = async (accountId: string): Promise<Reply> => harness.getStatus(ALPHA.id, accountId);
const reached = (accountId: string, status: string) => eventually(async () => ((await statusOf(accountId)).body?.data?.OpeningStatus === status ? statusOf(accountId) : undefined), { what: `${accountId} ${status}` });

/** Signs the user in on the opening page; returns the browser and the page after sign-in. */
async function signIn(accountId: string, user: { username: string; password: string; otp: string }) {
  const browser = new LfiWebBrowser(harness.caFile);
  const url = `${harness.base}/${ALPHA.id}/account-opening/${accountId}`;
  let page = await browser.get(url);
  const steps: Record<string, string>[] = [{ username: user.username, password: user.password }, { otp: user.otp }];
  for (const form of steps) {
    const { action, csrf } = formOf(page.text);
    const res = await browser.post(new URL(action, url).toString(), { csrf, ...form });
    expect(res.status).toBe(303);
    page = await browser.get(url);
  }
  return { browser, url, page };
}

beforeAll(() => harness.start(), 60_000);
afterAll(() => harness.stop());

describe('Ozone Connect POST /accounts', () => {
  it('creates a Pending opening with a new AccountId and the page the user completes (200, the OC document)', async () => {
    const created = await harness.postOpening(ALPHA.id, request());
    expect(created.status).toBe(200);
    expectValid('AECreateAccountResponseBody1', created.body);
    const { AccountId, OpeningStatus } = created.body.data;
    expect(AccountId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(OpeningStatus).toBe('Pending');
    expect(created.body.links.AccountOpeningRedirectUrl).toBe(`https://${harness.config.publicHost}:${harness.config.ports.mockLfi}/${ALPHA.id}/account-opening/${AccountId}`);
    expect(created.body.links.Self).toContain(`/${ALPHA.id}/ozone-connect/accounts/${AccountId}/status`);
  });

  it('refuses a body that breaks the document, naming every member at fault (400, OC error format)', async () => {
    const bad = request();
    const claims = bad.data.Party.Claims as Record<string, unknown>;
    delete claims.Surname;
    claims.EmiratesIdExpiryDate = '2032-13-01';
    (bad.data.LinkedOperations as Record<string, unknown>).FxQuoteId = 'not-a-uuid';
    const res = await harness.postOpening(ALPHA.id, bad);
    expect(res.status).toBe(400);
    expectValid('Error400', res.body);
    expect(res.body.errorCode).toBe('Body.InvalidFormat');
    for (const path of ['data.Party.Claims.Surname', 'data.Party.Claims.EmiratesIdExpiryDate', 'data.LinkedOperations.FxQuoteId']) expect(res.body.errorMessage).toContain(path);
    await expect(harness.postOpening(ALPHA.id, { Data: request().data })).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('body.data is required') } });
  });

  it('needs the o3 caller headers but no consent id', async () => {
    await expect(harness.postOpening(ALPHA.id, request(), { headers: { 'o3-caller-client-id': undefined } })).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('o3-caller-client-id') } });
  });

  it('opens no accounts at an insurer (404)', async () => {
    await expect(harness.postOpening(GAMMA.id, request())).resolves.toMatchObject({ status: 404, body: { errorCode: 'Resource.NotFound' } });
  });

  it('leaves GET /accounts of data sharing working on the same path', async () => {
    const own = generateLfiData(ALPHA, SEED).accounts.filter((a) => a.userId === demo.userId)[0];
    const res = await harness.getAsConsented(ALPHA.id, `/accounts?accountIds=${own.accountId}`, demo.userId);
    expect(res.status).toBe(200);
    expect(res.body.data.map((a: { id: string }) => a.id)).toEqual([own.accountId]);
  });
});

describe('Ozone Connect GET /accounts/{AccountId}/status', () => {
  it("answers the calling TPP's opening, asks the user's input after a while and tells the hub (the OC document)", async () => {
    const accountId = await open();
    const res = await reached(accountId, 'AwaitingUserInput');
    expect(res.status).toBe(200);
    expectValid('AEReadAccountResponseBody1', res.body);
    expect(res.body.links.AccountOpeningRedirectUrl).toContain(`/account-opening/${accountId}`);
    expect(harness.reportsOf(accountId)).toEqual(['AwaitingUserInput']);
    // Reported with the LFI's own certificate of the tenant.
    expect(harness.reported.find((r) => r.accountId === accountId)?.clientCn).toBeTruthy();
  });

  it("answers another TPP's opening like an unknown one (404)", async () => {
    const accountId = await open();
    await expect(harness.getStatus(ALPHA.id, accountId, { clientId: 'another-tpp' })).resolves.toMatchObject({ status: 404, body: { errorCode: 'Resource.NotFound' } });
    await expect(harness.getStatus(ALPHA.id, 'no-such-opening')).resolves.toMatchObject({ status: 404 });
  });
});

describe('the account opening page', () => {
  it('shows what the app sent, escaped, and opens the account: Completed, a real account the data-sharing views list', async () => {
    const accountId = await open();
    // Answering while still Pending would skip AwaitingUserInput (allowed); wait so the sequence is fixed.
    await reached(accountId, 'AwaitingUserInput');
    const { browser, url, page } = await signIn(accountId, demo);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Hamad &lt;b&gt;Ali&lt;/b&gt;');
    expect(page.text).not.toContain('<b>Ali</b>');
    expect(page.text).toContain('1d747c7b-7285-43e2-bb26-f7d6f195177e');
    expect(page.text).toContain('You changed your given name');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    const { action, csrf } = formOf(page.text);
    const answered = await browser.post(new URL(action, url).toString(), { csrf, decision: 'open', accountSubType: 'Savings', currency: 'USD' });
    expect(answered.status).toBe(303);

    const completed = await reached(accountId, 'Completed');
    expectValid('AEReadAccountResponseBody1', completed.body);
    const data = completed.body.data;
    expect(data).toMatchObject({ AccountId: accountId, Currency: 'USD', AccountIdentifiers: [{ SchemeName: 'IBAN', Name: demo.fullName }] });
    expect(isValidUaeIban(data.AccountIdentifiers[0].Identification)).toBe(true);
    expect(completed.body.links.AccountOpeningRedirectUrl).toBeUndefined();
    expect(harness.reportsOf(accountId)).toEqual(['AwaitingUserInput', 'AwaitingLFIProcesses', 'Completed']);

    const listed = await harness.getAsConsented(ALPHA.id, `/accounts?accountIds=${accountId}`, demo.userId);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: accountId, accountSubType: 'Savings', currency: 'USD', status: 'Active', accountHolderName: demo.fullName })]);
    const after = await browser.get(url);
    expect(after.text).toContain('Your account is open');
    expect(after.text).toContain(data.AccountIdentifiers[0].Identification);
  });

  it('cancels: Rejected, with the reason for the TPP, and a second answer changes nothing', async () => {
    const accountId = await open();
    const { browser, url, page } = await signIn(accountId, demo);
    const { action, csrf } = formOf(page.text);
    expect((await browser.post(new URL(action, url).toString(), { csrf, decision: 'cancel' })).status).toBe(303);
    expect((await browser.post(new URL(action, url).toString(), { csrf, decision: 'open', accountSubType: 'CurrentAccount', currency: 'AED' })).status).toBe(303);
    const rejected = await reached(accountId, 'Rejected');
    expect(rejected.body.data.AdditionalStatusInformation).toBe(CUSTOMER_CANCELLED);
    expect(harness.reportsOf(accountId).slice(-1)).toEqual(['Rejected']);
    expect(harness.reportsOf(accountId)).not.toContain('AwaitingLFIProcesses');
    expect((await browser.get(url)).text).toContain('You cancelled this application');
  });

  it('refuses a form without its anti-forgery token, and keeps an answered opening from other users', async () => {
    const accountId = await open();
    const { browser, url, page } = await signIn(accountId, demo);
    const { action, csrf } = formOf(page.text);
    expect((await browser.post(new URL(action, url).toString(), { csrf: 'forged', decision: 'cancel' })).status).toBe(403);
    expect((await browser.post(new URL(action, url).toString(), { csrf, decision: 'open', accountSubType: 'Mortgage', currency: 'AED' })).status).toBe(400);
    expect((await browser.post(new URL(action, url).toString(), { csrf, decision: 'open', accountSubType: 'CurrentAccount', currency: 'AED' })).status).toBe(303);
    // Another customer signing in on this browser-less link finds no such application.
    const other = await signIn(accountId, second);
    expect(other.page.status).toBe(404);
  });
});

describe('the back office', () => {
  it('rejects with a reason for the TPP, once, and only with the LFI operator certificate', async () => {
    const accountId = await open();
    const path = `/back-office/account-openings/${accountId}/reject`;
    await expect(harness.operator(ALPHA.id, path, {})).resolves.toMatchObject({ status: 400 });
    await expect(harness.operator(ALPHA.id, path, { reason: 'x' }, GAMMA.id)).resolves.toMatchObject({ status: 403 });
    await expect(harness.operator(ALPHA.id, path, { reason: 'Documents could not be verified.' })).resolves.toMatchObject({ status: 202, body: { AccountId: accountId, NextStatus: 'Rejected' } });
    const rejected = await reached(accountId, 'Rejected');
    expectValid('AEReadAccountResponseBody1', rejected.body);
    expect(rejected.body.data.AdditionalStatusInformation).toBe('Documents could not be verified.');
    await expect(harness.operator(ALPHA.id, path, { reason: 'Again' })).resolves.toMatchObject({ status: 409 });
    await expect(harness.operator(ALPHA.id, '/back-office/account-openings/unknown/reject', { reason: 'x' })).resolves.toMatchObject({ status: 404 });
  });
});
