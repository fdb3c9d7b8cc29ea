import { authorizeConsentHeadlessly, disposeSandbox, httpsCall, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient, validateAgainstComponent } from '@hub/testing';
import { gatewayPersistence } from '@hub/gateway';
import { databaseFor, loadConfig } from '@hub/kernel';
import { openDatabase } from '@hub/persistence';

const AI = 'standards/v2.1-errata2/uae-account-information-openapi.yaml';

/** The official 200 response schema of each TPP operation (the document's components). */
const RESPONSE_COMPONENT: Record<string, string> = {
  '/accounts': 'AEReadAccount',
  '/accounts/{AccountId}': 'AEReadAccountId',
  '/accounts/{AccountId}/balances': 'AEReadBalance',
  '/accounts/{AccountId}/transactions': 'AEReadTransaction',
  '/accounts/{AccountId}/beneficiaries': 'AEReadBeneficiary',
  '/accounts/{AccountId}/direct-debits': 'AEReadDirectDebit',
  '/accounts/{AccountId}/product': 'AEReadProduct1',
  '/accounts/{AccountId}/scheduled-payments': 'AEReadScheduledPayment',
  '/accounts/{AccountId}/standing-orders': 'AEReadStandingOrder',
  '/accounts/{AccountId}/statements': 'AEReadStatements',
  '/parties': 'AEReadParty4',
  '/accounts/{AccountId}/parties': 'AEReadParty2',
};

describe('Bank Data Sharing through the hub: a TPP reads what the user consented to', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let doc: any;
  const tenant = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
  const psu = () => m.psus.find((p) => p.tenantId === 'falcon-bank')!;
  const api = (path: string) => `${tenant().resourceServerUrl}/open-finance/account-information/v2.1${path}`;
  const lfiCall = (method: string, url: string, body?: unknown) =>
    httpsCall(url, { method, caFile: m.caCertFile, client: lfi(), headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });

  /** A consent of these permissions over these accounts, authorized headlessly by `user` (PAR, the LFI authorizes, code grant). */
  async function authorizedToken(permissions: string[], accountIds: string[], user = psu()): Promise<{ token: string; consentId: string }> {
    const { consentId, tokens } = await authorizeConsentHeadlessly(m, tpp, { tenantId: 'falcon-bank', redirectUri: m.tpps[0].redirectUris[0], permissions, accountIds, userId: user.userId });
    return { token: tokens.access_token, consentId };
  }


  const get = async (url: string, token: string, headers: Record<string, string> = {}) => {
    const res = await tpp.fetch(url, { headers: { authorization: `Bearer ${token}`, ...headers } });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
  };

  const expectConformant = (path: string, body: unknown) => {
    const check = validateAgainstComponent(doc, RESPONSE_COMPONENT[path], body);
    expect({ path, errors: check.errors }).toEqual({ path, errors: 'No errors' });
  };

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(tenant().issuer, m.tpps[0], m.caCertFile);
    doc = readOfficialSpec(AI);
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('serves every operation the consent covers, each body valid against the official v2.1 document', async () => {
    const accounts = psu().accountIds!;
    const all = ['ReadAccountsDetail', 'ReadBalances', 'ReadTransactionsDetail', 'ReadBeneficiariesDetail', 'ReadDirectDebits', 'ReadProduct', 'ReadScheduledPaymentsDetail', 'ReadStandingOrdersDetail', 'ReadStatements', 'ReadParty', 'ReadPartyUser'];
    const { token } = await authorizedToken(all, accounts.slice(0, 1));
    const id = accounts[0];
    const list = await get(api('/accounts'), token);
    expect(list.status).toBe(200);
    expect(list.body.Data.Account.map((a: { AccountId: string }) => a.AccountId)).toEqual([id]);
    expectConformant('/accounts', list.body);
    for (const [path, url] of [
      ['/accounts/{AccountId}', `/accounts/${id}`],
      ['/accounts/{AccountId}/balances', `/accounts/${id}/balances`],
      ['/accounts/{AccountId}/transactions', `/accounts/${id}/transactions`],
      ['/accounts/{AccountId}/beneficiaries', `/accounts/${id}/beneficiaries`],
      ['/accounts/{AccountId}/direct-debits', `/accounts/${id}/direct-debits`],
      ['/accounts/{AccountId}/product', `/accounts/${id}/product`],
      ['/accounts/{AccountId}/scheduled-payments', `/accounts/${id}/scheduled-payments`],
      ['/accounts/{AccountId}/standing-orders', `/accounts/${id}/standing-orders`],
      ['/accounts/{AccountId}/statements', `/accounts/${id}/statements`],
      ['/accounts/{AccountId}/parties', `/accounts/${id}/parties`],
      ['/parties', '/parties'],
    ]) {
      const res = await get(api(url), token);
      expect({ url, status: res.status, text: res.status === 200 ? '' : res.text }).toEqual({ url, status: 200, text: '' });
      expect(res.headers.get('x-fapi-interaction-id')).toMatch(/^[0-9a-f-]{36}$/);
      expectConformant(path, res.body);
    }
  });

  it('pages transactions with the standard Links', async () => {
    const id = psu().accountIds![0];
    const { token } = await authorizedToken(['ReadTransactionsBasic'], [id]);
    const first = await get(api(`/accounts/${id}/transactions?page=1&page-size=5`), token);
    expect(first.status).toBe(200);
    expect(first.body.Data.Transaction).toHaveLength(5);
    expect(first.body.Links.Next).toContain('page=2');
    expect(first.body.Meta.TotalPages).toBeGreaterThan(1);
  });

  it('refuses what the consent does not cover, and an ended consent', async () => {
    const [inside, outside] = psu().accountIds!;
    const { token, consentId } = await authorizedToken(['ReadAccountsBasic'], [inside]);
    const noPermission = await get(api(`/accounts/${inside}/balances`), token);
    expect(noPermission.status).toBe(403);
    expect(noPermission.body.Errors[0].Code).toBe('AccessToken.InvalidScope');
    const otherAccount = await get(api(`/accounts/${outside}`), token);
    expect(otherAccount.status).toBe(403);
    expect(otherAccount.body.Errors[0].Code).toBe('AccessToken.InvalidScope');
    const badHeader = await get(api('/accounts'), token, { 'x-fapi-interaction-id': 'not-a-uuid' });
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.Errors[0]).toMatchObject({ Code: 'Resource.InvalidFormat', Path: 'x-fapi-interaction-id' });
    await lfiCall('POST', `${tenant().consentManagerUrl}/consents/${consentId}/action/revoke`, { revokedBy: 'LFI' });
    const revoked = await get(api('/accounts'), token);
    expect(revoked.status).toBe(401);
    expect(revoked.text).toBe('');
  });

  it('refuses a token presented with another certificate', async () => {
    const { token } = await authorizedToken(['ReadAccountsBasic'], psu().accountIds!.slice(0, 1));
    const other = await tppClient(tenant().issuer, m.tpps[2], m.caCertFile);
    try {
      expect((await other.fetch(api('/accounts'), { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('maps the account status rules of the LFI and a suspended consent to the standard codes', async () => {
    const users = m.psus.filter((p) => p.tenantId === 'falcon-bank');
    const suspendedAccount = users[1].accountIds!.at(-1)!;
    const closedAccount = users[2].accountIds!.at(-1)!;
    const blocked = await authorizedToken(['ReadBalances', 'ReadAccountsBasic'], [suspendedAccount], users[1]);
    const balances = await get(api(`/accounts/${suspendedAccount}/balances`), blocked.token);
    expect({ status: balances.status, code: balances.body?.Errors?.[0]?.Code }).toEqual({ status: 403, code: 'Consent.AccountTemporarilyBlocked' });
    expect((await get(api('/accounts'), blocked.token)).status).toBe(200); // the list shows every account whatever its status
    const closed = await authorizedToken(['ReadBalances'], [closedAccount], users[2]);
    const gone = await get(api(`/accounts/${closedAccount}/balances`), closed.token);
    expect({ status: gone.status, code: gone.body?.Errors?.[0]?.Code }).toEqual({ status: 403, code: 'Consent.PermanentAccountAccessFailure' });

    const active = await authorizedToken(['ReadAccountsBasic'], psu().accountIds!.slice(0, 1));
    await lfiCall('PATCH', `${tenant().consentManagerUrl}/consents/${active.consentId}`, { status: 'Suspended', authorizationChannel: 'Web' });
    const suspended = await get(api('/accounts'), active.token);
    expect({ status: suspended.status, code: suspended.body?.Errors?.[0]?.Code }).toEqual({ status: 403, code: 'Consent.TransientAccountAccessFailure' });
  });

  it('records each read as metadata only (who, which consent, which operation, outcome)', async () => {
    const id = psu().accountIds![0];
    const { token, consentId } = await authorizedToken(['ReadAccountsBasic'], [id]);
    expect((await get(api('/accounts'), token)).status).toBe(200);
    expect((await get(api(`/accounts/${id}/balances`), token)).status).toBe(403);
    const ds = await openDatabase(databaseFor(loadConfig(sp.env), 'hub'), { entities: gatewayPersistence.entities, migrations: [] });
    try {
      // consentId is a UUID of this test: inlined so one statement serves SQLite and PostgreSQL.
      const rows = await ds.query(`SELECT * FROM gateway_data_access_events WHERE "consentId" = '${consentId}' ORDER BY "at"`);
      expect(rows.map((r: { apiUri: string; status: number }) => `${r.status} ${r.apiUri}`)).toEqual(['200 /open-finance/account-information/v2.1/accounts']);
      expect(Object.keys(rows[0]).sort()).toEqual(['apiUri', 'at', 'clientId', 'consentId', 'id', 'interactionId', 'method', 'status', 'tenantId']);
    } finally {
      await ds.destroy();
    }
  });
});
