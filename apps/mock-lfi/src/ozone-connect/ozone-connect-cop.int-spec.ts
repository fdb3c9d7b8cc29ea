import { bankCode, COP_PAYEES, copPayeeIban, generateLfiData, uaeIban, type LfiData } from '@hub/mock-lfi-data';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { BankDataHarness } from '../testing/bank-data-harness';

const BANK = { id: 'delta-bank', name: 'Delta Bank', sector: 'banking' as const };
const SEED = 'cop-int-spec';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml';
const PATH = '/customers/action/cop-query';
const TPP_PATH = '/open-finance/confirmation-of-payee/v2.1/confirmation';

const harness = new BankDataHarness(BANK, SEED);
const data: LfiData = generateLfiData(BANK, SEED);
const query = (identification: string, name: object = { fullName: 'Anyone' }) => ({ data: { account: { schemeName: 'IBAN', identification, name } } });
const copQuery = (body: unknown, token?: null) => harness.postService(PATH, body, TPP_PATH, token === null ? { token: null } : {});
const payee = (n: number) => copPayeeIban(BANK, COP_PAYEES[n - 1]);

let doc: any;
const conforms = (body: unknown) => expect(validateAgainstComponent(doc, 'ConfirmationResponse', body).errors).toBe('No errors');

beforeAll(async () => {
  doc = readOfficialSpec(OC_DOC);
  await harness.start();
}, 30_000);
afterAll(() => harness.stop());

describe('mock LFI cop-query (findCustomerForCop): the account\'s customer records, the hub matches', () => {
  it('returns a seeded retail account\'s holder whatever name was asked about', async () => {
    const account = data.accounts.find((a) => a.accountType === 'Retail' && a.status === 'Active')!;
    const holder = data.psus.find((p) => p.userId === account.userId)!;
    const { status, body } = await copQuery(query(account.iban, { fullName: 'Somebody Else' }));
    expect(status).toBe(200);
    conforms(body);
    expect(body.data).toHaveLength(1);
    expect(body.data[0].verifiedClaims).toEqual([{ verification: { trustFramework: 'UAE.FI' }, claims: { fullName: holder.fullName } }]);
  });

  it('returns a business account in the business\'s name, and reads an IBAN written in groups', async () => {
    const account = data.accounts.find((a) => a.accountType === 'SME' && a.status === 'Active')!;
    const grouped = account.iban.toLowerCase().replace(/(.{4})/g, '$1 ');
    const { body } = await copQuery(query(grouped, { businessName: 'X' }));
    conforms(body);
    expect(body.data[0].verifiedClaims).toEqual([{ verification: { trustFramework: 'UAE.FI' }, organisationClaims: { name: account.accountHolderName } }]);
  });

  it('returns both holders of the joint test account and both names of the test company', async () => {
    const joint = (await copQuery(query(payee(3)))).body;
    conforms(joint);
    expect(joint.data.map((c: any) => c.verifiedClaims[0].claims.fullName)).toEqual(['Omar Haddad', 'Leila Haddad']);
    const company = (await copQuery(query(payee(4), { businessName: 'Desert Rose' }))).body;
    conforms(company);
    expect(company.data[0].verifiedClaims.map((c: any) => c.organisationClaims.name)).toEqual(['Desert Rose General Trading L.L.C.', 'Desert Rose Traders']);
  });

  it.each([
    ['an account of this bank that does not exist', () => uaeIban(bankCode(BANK), '7199999999999999')],
    ['an IBAN of another bank', () => uaeIban('260', '1234567890123456')],
    ['a holder who opted out of CoP', () => payee(6)],
    ['a Suspended account (under a bar)', () => data.accounts.find((a) => a.status === 'Suspended')!.iban],
  ])('answers 200 with empty data for %s', async (_kind, iban) => {
    const { status, body } = await copQuery(query(iban()));
    expect(status).toBe(200);
    conforms(body);
    expect(body).toEqual({ data: [] });
  });

  it.each([
    ['no name', { data: { account: { schemeName: 'IBAN', identification: payee(1) } } }],
    ['another scheme', { data: { account: { schemeName: 'BBAN', identification: payee(1), name: { fullName: 'A' } } } }],
    ['a person and a business name at once', query(payee(1), { fullName: 'A', businessName: 'B' })],
    ['a member of no schema', query(payee(1), { fullName: 'A', nickname: 'B' })],
  ])('refuses %s (400)', async (_kind, body) => {
    expect((await copQuery(body)).status).toBe(400);
  });

  it('refuses a call without JWT auth (401)', async () => {
    expect((await copQuery(query(payee(1)), null)).status).toBe(401);
  });
});
