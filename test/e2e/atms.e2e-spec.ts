import { loadConfig } from '@hub/kernel';
import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { clientCredentialsToken, disposeSandbox, readOfficialSpec, SandboxManifest, SandboxProcess, serviceCall, startSandbox, TppClient, tppClient, validateOperationBody } from '@hub/testing';
import { readDirectory } from '@hub/trust-framework';
import { importPKCS8 } from 'jose';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';

const ATM_DOC = 'standards/v2.1/uae-atm-openapi.yaml';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-open-data-openapi.yaml';
const BANKS = ['falcon-bank', 'oasis-bank'];
const INSURER = 'dune-insurance';
const EMIRATES = ['AbuDhabi', 'Ajman', 'Dubai', 'Fujairah', 'RasAlKhaimah', 'Sharjah', 'UmmAlQuwain'];

const conforms = (status: string, body: unknown) => expect(validateOperationBody(readOfficialSpec(ATM_DOC), '/atms', 'get', status, body).errors).toBe('No errors');

describe('ATMs: a TPP finds each bank\'s ATMs across the seven Emirates', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  const tpps: Record<string, TppClient> = {};
  const agents: Agent[] = [];
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const atmsUrl = (id: string) => `${tenant(id).resourceServerUrl}/open-finance/atm/v2.1/atms`;
  const atms = (bank: string, o: Parameters<typeof serviceCall>[4] = {}, scope = 'atm') => serviceCall(tpps[bank], 'GET', atmsUrl(bank), scope, o);

  /** `GET /atm` of the bank's Ozone Connect, called as the hub calls it: its certificate, JWT auth and the o3 headers of a call without consent. */
  async function ozoneConnectAtms(bank: string): Promise<{ status: number; body: any }> {
    const hub = readDirectory(loadConfig(sp.env).certsDir).hubApplications.find((a) => a.tenantId === bank)!;
    const agent = new Agent({ connect: { ca: readFileSync(m.caCertFile), cert: readFileSync(hub.transportCertFile), key: readFileSync(hub.transportKeyFile) } });
    agents.push(agent);
    const interactionId = randomUUID();
    const tpp = m.tpps[0];
    const ctx: O3Context = { callerOrgId: tpp.organisationId, callerClientId: tpp.clientId, callerSoftwareStatementId: tpp.softwareStatementId, apiUri: '/open-finance/atm/v2.1/atms', apiOperation: 'GET', callerInteractionId: interactionId, ozoneInteractionId: interactionId };
    const jwt = await signJwtAuth({ privateKey: await importPKCS8(readFileSync(hub.signingKeyFile, 'utf8'), 'PS256'), kid: hub.signingKid, issuer: hub.organisationName, subject: hub.organisationId, audience: bank });
    const res = await request(`${tenant(bank).ozoneConnectUrl.replace(/\/+$/, '')}/atm`, { method: 'GET', headers: { ...o3Headers(bank, ctx), accept: 'application/json', authorization: `Bearer ${jwt}` }, dispatcher: agent });
    return { status: res.statusCode, body: await res.body.json() };
  }

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    for (const id of [...BANKS, INSURER]) tpps[id] = await tppClient(tenant(id).issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await Promise.all([...Object.values(tpps).map((c) => c.close()), ...agents.map((a) => a.close())]);
    if (sp) await disposeSandbox(sp);
  });

  it.each(BANKS)('%s: every ATM valid against the ATM document, in all seven Emirates, the same on every read', async (bank) => {
    const res = await atms(bank);
    expect(res.status).toBe(200);
    conforms('200', res.json);
    const data = res.json.Data as any[];
    expect(res.json.Meta.TotalRecords).toBe(data.length);
    expect([...new Set(data.map((a) => a.Location.PostalAddress.CountrySubDivision))].sort()).toEqual(EMIRATES);
    for (const atm of data) {
      expect(atm).toMatchObject({ LFIId: bank, LFIBrandId: tenant(bank).name, Location: { GeoLocation: { Latitude: expect.stringMatching(/^2[2-6]\.\d{6}$/), Longitude: expect.stringMatching(/^5[1-6]\.\d{6}$/) } } });
      expect(atm.Availability.OperatingHours.length).toBeGreaterThan(0);
    }
    expect((await atms(bank)).json).toEqual(res.json);
  });

  it('shows each bank\'s own network: other machines, other places', async () => {
    const [falcon, oasis] = await Promise.all(BANKS.map(async (bank) => (await atms(bank)).json.Data as any[]));
    const ids = (d: any[]) => d.map((a) => a.ATMId);
    expect(ids(falcon).filter((id) => ids(oasis).includes(id))).toEqual([]);
    expect(falcon.map((a) => a.Location.GeoLocation)).not.toEqual(oasis.map((a) => a.Location.GeoLocation));
  });

  it('is the bank\'s Ozone Connect answer, valid against the Ozone Connect document, in the standard\'s envelope', async () => {
    const bank = 'oasis-bank';
    const oc = await ozoneConnectAtms(bank);
    expect(oc.status).toBe(200);
    expect(validateOperationBody(readOfficialSpec(OC_DOC), '/atm', 'get', '200', oc.body).errors).toBe('No errors');
    const hub = (await atms(bank)).json;
    expect(hub).toEqual({ Data: oc.body.data, Meta: oc.body.meta });
  });

  it('refuses a token without the atm scope: 403 AccessToken.InvalidScope', async () => {
    const res = await atms('falcon-bank', { token: await clientCredentialsToken(tpps['falcon-bank'], 'products') });
    expect(res.status).toBe(403);
    conforms('403', res.json);
    expect(res.json.Errors[0].Code).toBe('AccessToken.InvalidScope');
  });

  it('refuses a call without an access token: 401 without a body', async () => {
    const res = await tpps['falcon-bank'].fetch(atmsUrl('falcon-bank'), { method: 'GET' });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
  });

  it('refuses a malformed x-fapi-interaction-id: 400 Resource.InvalidFormat', async () => {
    const res = await atms('falcon-bank', { headers: { 'x-fapi-interaction-id': 'not-a-uuid' } });
    expect(res.status).toBe(400);
    conforms('400', res.json);
    expect(res.json.Errors[0]).toMatchObject({ Code: 'Resource.InvalidFormat', Path: 'x-fapi-interaction-id' });
  });

  it('has no ATMs at an insurer: 404', async () => {
    expect((await atms(INSURER)).status).toBe(404);
  });
});
