import { authorizeConsentHeadlessly, disposeSandbox, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient, validateAgainstComponent } from '@hub/testing';

const AI = 'standards/v2.1-errata2/uae-account-information-openapi.yaml';

interface Transaction {
  TransactionId: string;
  CurrencyExchange?: object;
  TransactionInformation?: string;
}

/**
 * `o3-fx-transactions` end to end: the hub derives it from the consent's permissions
 * (ReadFXTransactions* alone → only FX transactions) and the LFI honours it, so a TPP holding
 * only the FX-transaction permissions never sees the user's other transactions.
 */
describe('FX transactions through the hub: what the FX-transaction permissions open', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let doc: any;
  /** An account of the PSU whose history holds both FX and other transactions, and all of them. */
  let account: { id: string; all: Transaction[] };
  const tenant = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const psu = () => m.psus.find((p) => p.tenantId === 'falcon-bank')!;
  const api = (path: string) => `${tenant().resourceServerUrl}/open-finance/account-information/v2.1${path}`;

  /** A consent of these permissions over these accounts, authorized headlessly (PAR, the LFI authorizes, code grant): its access token. */
  const authorizedToken = async (permissions: string[], accountIds: string[]): Promise<string> =>
    (await authorizeConsentHeadlessly(m, tpp, { tenantId: 'falcon-bank', redirectUri: m.tpps[0].redirectUris[0], permissions, accountIds })).tokens.access_token;


  /** Every transaction of an account, in one page; the body checked against AEReadTransaction. */
  async function transactions(accountId: string, token: string, headers: Record<string, string> = {}): Promise<Transaction[]> {
    const res = await tpp.fetch(api(`/accounts/${accountId}/transactions?page-size=1000`), { headers: { authorization: `Bearer ${token}`, ...headers } });
    const text = await res.text();
    expect({ status: res.status, text: res.status === 200 ? '' : text }).toEqual({ status: 200, text: '' });
    const body = JSON.parse(text);
    expect(validateAgainstComponent(doc, 'AEReadTransaction', body).errors).toBe('No errors');
    expect(body.Meta.TotalPages).toBe(1);
    return body.Data.Transaction ?? [];
  }

  const ids = (list: Transaction[]) => list.map((t) => t.TransactionId);
  const isFx = (t: Transaction) => t.CurrencyExchange !== undefined;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(tenant().issuer, m.tpps[0], m.caCertFile);
    doc = readOfficialSpec(AI);
    const accountIds = psu().accountIds!;
    const token = await authorizedToken(['ReadTransactionsBasic'], accountIds);
    for (const id of accountIds) {
      const all = await transactions(id, token);
      if (all.some(isFx) && all.some((t) => !isFx(t))) {
        account = { id, all };
        break;
      }
    }
    // The generator books card purchases abroad (converted into AED) on the PSU's current account.
    expect(account).toBeDefined();
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it.each([[['ReadFXTransactionsBasic']], [['ReadFXTransactionsDetail']], [['ReadFXTransactionsBasic', 'ReadFXTransactionsDetail', 'ReadFXRemittanceCharges']]])(
    'a consent holding only %j reads the FX transactions and nothing else',
    async (permissions) => {
      const fx = await transactions(account.id, await authorizedToken(permissions, [account.id]));
      expect(fx.length).toBeGreaterThan(0);
      expect(fx.every(isFx)).toBe(true);
      expect(ids(fx)).toEqual(ids(account.all.filter(isFx)));
    },
  );

  it.each([
    [['ReadTransactionsBasic'], false],
    [['ReadTransactionsDetail'], true],
    // Detail only when it covers every transaction returned: the others must not leak theirs.
    [['ReadTransactionsBasic', 'ReadFXTransactionsDetail'], false],
    [['ReadTransactionsDetail', 'ReadFXTransactionsBasic'], true],
  ])('a consent holding %j reads every transaction, the FX ones among them (detail members: %s)', async (permissions, detail) => {
    const all = await transactions(account.id, await authorizedToken(permissions, [account.id]));
    expect(ids(all)).toEqual(ids(account.all));
    expect(all.some(isFx) && all.some((t) => !isFx(t))).toBe(true);
    expect(all.some((t) => t.TransactionInformation !== undefined)).toBe(detail);
  });

  it('gives the detail members of FX transactions only with ReadFXTransactionsDetail', async () => {
    const basic = await transactions(account.id, await authorizedToken(['ReadFXTransactionsBasic'], [account.id]));
    const detail = await transactions(account.id, await authorizedToken(['ReadFXTransactionsDetail'], [account.id]));
    expect(basic.some((t) => t.TransactionInformation !== undefined)).toBe(false);
    expect(detail.every((t) => t.TransactionInformation !== undefined)).toBe(true);
  });

  it('accepts x-fapi-auth-date in UTC as in GMT, as the documents allow', async () => {
    const token = await authorizedToken(['ReadFXTransactionsBasic'], [account.id]);
    for (const zone of ['GMT', 'UTC']) {
      const fx = await transactions(account.id, token, { 'x-fapi-auth-date': `Sun, 10 Sep 2017 19:43:31 ${zone}` });
      expect(fx.every(isFx)).toBe(true);
    }
  });
});
