import { clientCredentialsToken, disposeSandbox, eventually, httpsCall, readOfficialSpec, SandboxManifest, SandboxProcess, serviceCall, startSandbox, TppClient, tppClient, validateOperationBody, type ServiceReply } from '@hub/testing';

const REPORTS_DOC = 'api-hub/v2.1.x/uae-api-hub-tpp-reports-openapi.yaml';
const ATMS = '/open-finance/atm/v2.1/atms';
const BANK = 'falcon-bank';
const DAY_MS = 86_400_000;
/** A Dubai calendar day (UTC+4), `offset` days from today. */
const dubaiDay = (offset = 0) => new Date(Date.now() + 4 * 3_600_000 + offset * DAY_MS).toISOString().slice(0, 10);
const PERIOD = { ReportingPeriodStartDate: dubaiDay(-1), ReportingPeriodEndDate: dubaiDay(1) };

const conforms = (status: string, body: unknown) => expect(validateOperationBody(readOfficialSpec(REPORTS_DOC), '/tpp-reports', 'get', status, body).errors).toBe('No errors');

/** TotalCalls of the report's API Call Volume entries for one operation, by code group, whatever the day. */
function volumeOf(report: any, method: string, url: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const e of report.Data.filter((d: any) => d.Type === 'API Call Volume' && d.HttpMethod === method && d.Url === url)) {
    totals[e.HttpResponseCodeGroup] = (totals[e.HttpResponseCodeGroup] ?? 0) + e.TotalCalls;
  }
  return totals;
}

describe('TPP reports: a TPP reads its own use of an LFI', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let fintech: TppClient;
  let isolation: TppClient;
  let fintechAtOasis: TppClient;
  let dataOnly: TppClient;
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const reportsUrl = (id: string) => `${tenant(id).resourceServerUrl}/open-finance/reporting/v2.1/tpp-reports`;
  const report = (tpp: TppClient, bank: string, query: Record<string, string> = PERIOD, o: Parameters<typeof serviceCall>[4] = {}): Promise<ServiceReply> =>
    serviceCall(tpp, 'GET', `${reportsUrl(bank)}?${new URLSearchParams(query).toString()}`, 'tpp-reports', o);
  const atms = (tpp: TppClient, o: Parameters<typeof serviceCall>[4] = {}, scope = 'atm') => serviceCall(tpp, 'GET', `${tenant(BANK).resourceServerUrl}${ATMS}`, scope, o);

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    fintech = await tppClient(tenant(BANK).issuer, m.tpps[0], m.caCertFile);
    isolation = await tppClient(tenant(BANK).issuer, m.tpps[2], m.caCertFile);
    fintechAtOasis = await tppClient(tenant('oasis-bank').issuer, m.tpps[0], m.caCertFile);
    dataOnly = await tppClient(tenant(BANK).issuer, m.tpps[1], m.caCertFile);
  });

  afterAll(async () => {
    await Promise.all([fintech, isolation, fintechAtOasis, dataOnly].map((c) => c?.close()));
    if (sp) await disposeSandbox(sp);
  });

  it('counts exactly the TPP\'s own calls by operation and outcome; another TPP\'s calls are in its own report only', async () => {
    // The fintech: three good reads and three refused (wrong scope, no token, malformed header).
    for (let i = 0; i < 3; i += 1) expect((await atms(fintech)).status).toBe(200);
    expect((await atms(fintech, { token: await clientCredentialsToken(fintech, 'products') })).status).toBe(403);
    expect((await fintech.fetch(`${tenant(BANK).resourceServerUrl}${ATMS}`, { method: 'GET' })).status).toBe(401);
    expect((await atms(fintech, { headers: { 'x-fapi-interaction-id': 'not-a-uuid' } })).status).toBe(400);
    // Another TPP: two good reads at the same bank.
    for (let i = 0; i < 2; i += 1) expect((await atms(isolation)).status).toBe(200);

    // The call log is written once each answer has gone: the report catches up at once or shortly after.
    const own = await eventually(
      async () => (await report(fintech, BANK, { ...PERIOD, ReportType: 'API Call Volume' })).json,
      (r) => volumeOf(r, 'GET', ATMS)['2xx'] === 3 && volumeOf(r, 'GET', ATMS)['4xx'] === 3,
    );
    conforms('200', own);
    expect(volumeOf(own, 'GET', ATMS)).toEqual({ '2xx': 3, '4xx': 3 });
    expect(own.Data.every((e: any) => e.Type === 'API Call Volume' && e.LfiId === BANK && e.LfiName === tenant(BANK).name && e.ApiSet === 'BankDataSharing')).toBe(true);
    expect(own.Links.Self).toBe(`${reportsUrl(BANK)}?${new URLSearchParams({ ...PERIOD, ReportType: 'API Call Volume' }).toString()}`);

    const other = await eventually(
      async () => (await report(isolation, BANK, { ...PERIOD, ReportType: 'API Call Volume' })).json,
      (r) => volumeOf(r, 'GET', ATMS)['2xx'] === 2,
    );
    expect(volumeOf(other, 'GET', ATMS)).toEqual({ '2xx': 2 });

    // The same TPP at another LFI: none of these calls.
    const elsewhere = await report(fintechAtOasis, 'oasis-bank', { ...PERIOD, ReportType: 'API Call Volume' });
    expect(elsewhere.status).toBe(200);
    expect(volumeOf(elsewhere.json, 'GET', ATMS)).toEqual({});
  });

  it('gives every report type the hub computes when no ReportType is asked, each valid against the document', async () => {
    const res = await report(fintech, BANK);
    expect(res.status).toBe(200);
    conforms('200', res.json);
    expect([...new Set(res.json.Data.map((e: any) => e.Type))]).toEqual(['API Call Volume', 'LFI Availability', 'OFP Availability', 'LFI Performance', 'OFP Performance']);
    const performance = res.json.Data.find((e: any) => e.Type === 'OFP Performance' && e.Url === ATMS && e.HttpResponseCodeGroup === '2xx');
    expect(performance).toMatchObject({ PeriodStartDate: PERIOD.ReportingPeriodStartDate, PeriodEndDate: PERIOD.ReportingPeriodEndDate, HttpMethod: 'GET', TotalCalls: 3, ErrorRatePercentage: 0 });
    expect(performance.MinimumResponseTimeMicroseconds).toBeLessThanOrEqual(performance.AverageResponseTimeMicroseconds);
    expect(performance.AverageResponseTimeMicroseconds).toBeLessThanOrEqual(performance.MaximumResponseTimeMicroseconds);
    expect(res.json.Data.find((e: any) => e.Type === 'OFP Availability' && e.Url === ATMS)).toMatchObject({ TotalTimeMinutes: 3 * 1440, PlannedDowntimeMinutes: 0, UnplannedDowntimeMinutes: 0, UptimePercentage: 100 });
    // The LFI's part: only the three reads that reached the bank (the refusals never did), each shorter than the hub's whole answer.
    const lfi = res.json.Data.filter((e: any) => e.Type === 'LFI Performance' && e.Url === ATMS);
    expect(lfi.map((e: any) => [e.HttpResponseCodeGroup, e.TotalCalls, e.ErrorRatePercentage])).toEqual([['2xx', 3, 0]]);
    expect(lfi[0].MaximumResponseTimeMicroseconds).toBeLessThanOrEqual(performance.MaximumResponseTimeMicroseconds);
    expect(res.json.Data.find((e: any) => e.Type === 'LFI Availability' && e.Url === ATMS)).toMatchObject({ UnplannedDowntimeMinutes: 0, UptimePercentage: 100 });
  });

  it('shows the LFI\'s failures: the bank\'s Ozone Connect answers 503 (fault knob), the TPP sees 500, its report shows the 5xx, the error rate and the LFI\'s downtime', async () => {
    const lfi = m.lfiClients.find((c) => c.tenantId === BANK)!;
    const faults = (method: string, body?: unknown) =>
      httpsCall(tenant(BANK).ozoneConnectUrl.replace(/\/ozone-connect\/?$/, '/admin/faults'), { method, caFile: m.caCertFile, client: lfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
    // Budget Buddy (data sharing only) has made no call yet: its report holds exactly these three.
    expect((await atms(dataOnly)).status).toBe(200);
    expect((await faults('PUT', { rules: [{ path: '/atm', status: 503 }] })).status).toBe(200);
    try {
      for (let i = 0; i < 2; i += 1) expect((await atms(dataOnly)).status).toBe(500);
    } finally {
      await faults('DELETE');
    }
    const res = await eventually(
      async () => (await report(dataOnly, BANK)).json,
      (r) => volumeOf(r, 'GET', ATMS)['5xx'] === 2,
    );
    conforms('200', res);
    expect(volumeOf(res, 'GET', ATMS)).toEqual({ '2xx': 1, '5xx': 2 });
    const of = (type: string, group?: string) => res.Data.find((e: any) => e.Type === type && e.Url === ATMS && (!group || e.HttpResponseCodeGroup === group));
    expect(of('OFP Performance', '5xx')).toMatchObject({ TotalCalls: 2, ErrorRatePercentage: 67 });
    expect(of('LFI Performance', '5xx')).toMatchObject({ TotalCalls: 2, ErrorRatePercentage: 67 });
    // Two failures a moment apart: one minute down, or two when a minute turned between them.
    expect([1, 2]).toContain(of('LFI Availability').UnplannedDowntimeMinutes);
    expect(of('LFI Availability').TotalUptimeMinutes).toBe(3 * 1440 - of('LFI Availability').UnplannedDowntimeMinutes);
    expect(of('OFP Availability').UnplannedDowntimeMinutes).toBe(of('LFI Availability').UnplannedDowntimeMinutes);
  });

  it('counts its own report reads nowhere: the reporting API is in none of the document\'s API sets', async () => {
    const res = await report(fintech, BANK);
    expect(res.json.Data.filter((e: any) => String(e.Url).includes('/reporting/'))).toEqual([]);
  });

  it('is granted to every role: a data-sharing-only TPP and an insurer\'s TPP get their report', async () => {
    expect((await report(dataOnly, BANK)).status).toBe(200);
    const insurer = await tppClient(tenant('dune-insurance').issuer, m.tpps[0], m.caCertFile);
    try {
      const res = await report(insurer, 'dune-insurance');
      expect(res.status).toBe(200);
      conforms('200', res.json);
    } finally {
      await insurer.close();
    }
  });

  it('refuses a token without the tpp-reports scope: 403 AccessToken.InvalidScope', async () => {
    const res = await report(fintech, BANK, PERIOD, { token: await clientCredentialsToken(fintech, 'atm') });
    expect(res.status).toBe(403);
    conforms('403', res.json);
    expect(res.json.Errors[0].Code).toBe('AccessToken.InvalidScope');
  });

  it('refuses a call without an access token: 401 without a body', async () => {
    const res = await fintech.fetch(`${reportsUrl(BANK)}?${new URLSearchParams(PERIOD).toString()}`, { method: 'GET' });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
  });

  it.each([
    ['no start date', { ReportingPeriodEndDate: dubaiDay() }, 'ReportingPeriodStartDate'],
    ['no end date', { ReportingPeriodStartDate: dubaiDay() }, 'ReportingPeriodEndDate'],
    ['a date that does not exist', { ReportingPeriodStartDate: '2026-02-30', ReportingPeriodEndDate: '2026-03-01' }, 'ReportingPeriodStartDate'],
    ['a date-time instead of a date', { ReportingPeriodStartDate: '2026-01-01T00:00:00Z', ReportingPeriodEndDate: '2026-03-01' }, 'ReportingPeriodStartDate'],
    ['the end before the start', { ReportingPeriodStartDate: dubaiDay(), ReportingPeriodEndDate: dubaiDay(-1) }, 'ReportingPeriodEndDate'],
    ['an unknown report type', { ...PERIOD, ReportType: 'Billing' }, 'ReportType'],
  ])('refuses %s: 400 Resource.InvalidFormat', async (_what, query, path) => {
    const res = await report(fintech, BANK, query as Record<string, string>);
    expect(res.status).toBe(400);
    conforms('400', res.json);
    expect(res.json.Errors[0]).toMatchObject({ Code: 'Resource.InvalidFormat', Path: path });
  });
});
