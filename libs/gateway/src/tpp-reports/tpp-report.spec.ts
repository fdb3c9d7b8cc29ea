import { ApiError } from '@hub/kernel';
import { reportPeriodOf } from './report-period';
import { tppReport, type ReportedCall } from './tpp-report';

const LFI = { id: 'falcon-bank', name: 'Falcon Bank' };
const FX = '/open-finance/fx/v2.1/fx-quotes';
const ATMS = '/open-finance/atm/v2.1/atms';
/** A recorded call; `lfi` is the LFI's part of it (null: it never reached the LFI), `lfiFailed` whether the LFI failed it. */
const call = (at: string, method: string, apiFamily: string, apiUri: string, status: number, latencyMicros = 1000, lfi: number | null = null, lfiFailed = false): ReportedCall => ({
  at, method, apiFamily, apiUri, status, latencyMicros, lfiLatencyMicros: lfi, lfiFailed,
});
const period = (start: string, end: string, ReportType?: string) => reportPeriodOf({ ReportingPeriodStartDate: start, ReportingPeriodEndDate: end, ...(ReportType ? { ReportType } : {}) });
const refusal = (raw: Record<string, unknown>) => {
  try {
    reportPeriodOf(raw);
    return 'accepted';
  } catch (e) {
    return `${(e as ApiError).status} ${(e as ApiError).code} ${(e as ApiError).path}`;
  }
};

describe('a TPP report from the recorded calls', () => {
  // 2026-01-10 20:30Z is already 2026-01-11 in Dubai (UTC+4).
  const calls = [
    call('2026-01-10T08:00:00.000Z', 'GET', 'atm', ATMS, 200, 1500, 1000),
    call('2026-01-10T08:00:30.000Z', 'GET', 'atm', ATMS, 200, 2500, 2000),
    call('2026-01-10T08:01:00.000Z', 'GET', 'atm', ATMS, 403, 400),
    call('2026-01-10T20:30:00.000Z', 'GET', 'atm', ATMS, 200, 2000, 600),
    call('2026-01-10T09:00:00.000Z', 'POST', 'fx', FX, 201, 9000, 7000),
    // The LFI failed the first of these; the hub failed the second after the LFI had answered.
    call('2026-01-10T09:00:10.000Z', 'POST', 'fx', FX, 500, 3000, 2500, true),
    call('2026-01-10T09:00:50.000Z', 'POST', 'fx', FX, 500, 5000, 4500),
    call('2026-01-10T09:30:00.000Z', 'GET', 'reporting', '/open-finance/reporting/v2.1/tpp-reports', 200),
  ];

  it.each([
    // [what, Dubai day, operation, code group, TotalCalls]
    ['two good ATM reads on the 10th', '2026-01-10', 'GET', ATMS, '2xx', 2],
    ['one refused ATM read on the 10th', '2026-01-10', 'GET', ATMS, '4xx', 1],
    ['the late ATM read counts on the 11th in Dubai', '2026-01-11', 'GET', ATMS, '2xx', 1],
    ['one created FX quote', '2026-01-10', 'POST', FX, '2xx', 1],
    ['two failed FX quotes', '2026-01-10', 'POST', FX, '5xx', 2],
  ])('API Call Volume: %s', (_what, day, method, url, group, total) => {
    const volume = tppReport(calls, period('2026-01-10', '2026-01-11', 'API Call Volume'), LFI);
    expect(volume.filter((e) => 'ReportingPeriodDate' in e && e.ReportingPeriodDate === day && e.HttpMethod === method && e.Url === url && e.HttpResponseCodeGroup === group)).toEqual([
      { Type: 'API Call Volume', ReportingPeriodDate: day, LfiId: 'falcon-bank', LfiName: 'Falcon Bank', ApiSet: url === ATMS ? 'BankDataSharing' : 'BankServiceInitation', HttpMethod: method, Url: url, HttpResponseCodeGroup: group, TotalCalls: total },
    ]);
  });

  it('counts every reportable call exactly once and leaves the hub\'s own reporting API out (it is in no API set)', () => {
    const volume = tppReport(calls, period('2026-01-10', '2026-01-11', 'API Call Volume'), LFI);
    expect(volume.reduce((n, e) => n + (e as { TotalCalls: number }).TotalCalls, 0)).toBe(7);
    expect(volume.map((e) => e.Url)).not.toContain('/open-finance/reporting/v2.1/tpp-reports');
  });

  it('OFP Performance: response times per operation and code group; the error rate is the operation\'s 5xx share', () => {
    const perf = tppReport(calls, period('2026-01-10', '2026-01-11', 'OFP Performance'), LFI);
    expect(perf.find((e) => e.Url === ATMS && 'HttpResponseCodeGroup' in e && e.HttpResponseCodeGroup === '2xx')).toMatchObject({
      Type: 'OFP Performance', PeriodStartDate: '2026-01-10', PeriodEndDate: '2026-01-11',
      MaximumResponseTimeMicroseconds: 2500, MinimumResponseTimeMicroseconds: 1500, AverageResponseTimeMicroseconds: 2000, TotalCalls: 3, ErrorRatePercentage: 0,
    });
    expect(perf.find((e) => e.Url === FX && 'HttpResponseCodeGroup' in e && e.HttpResponseCodeGroup === '5xx')).toMatchObject({
      MaximumResponseTimeMicroseconds: 5000, MinimumResponseTimeMicroseconds: 3000, AverageResponseTimeMicroseconds: 4000, TotalCalls: 2, ErrorRatePercentage: 67,
    });
  });

  it('OFP Availability: the minutes with a 5xx answer are unplanned downtime of the operation', () => {
    const [atm, fx] = ['atm', 'fx'].map((f) => tppReport(calls, period('2026-01-10', '2026-01-10', 'OFP Availability'), LFI).find((e) => e.Url === (f === 'atm' ? ATMS : FX)));
    expect(atm).toMatchObject({ TotalTimeMinutes: 1440, TotalUptimeMinutes: 1440, UnplannedDowntimeMinutes: 0, UptimePercentage: 100, DowntimePercentage: 0 });
    // Two 5xx answers in the same minute are one minute down.
    expect(fx).toMatchObject({ TotalTimeMinutes: 1440, PlannedDowntimeMinutes: 0, UnplannedDowntimeMinutes: 1, TotalDowntimeMinutes: 1, TotalUptimeMinutes: 1439, UptimePercentage: 100, DowntimePercentage: 0, UnplannedDowntimePercentage: 0 });
  });

  it('LFI Performance: the LFI\'s part of the calls that reached it; its error rate counts the exchanges it failed', () => {
    const perf = tppReport(calls, period('2026-01-10', '2026-01-11', 'LFI Performance'), LFI);
    // The refused ATM read never reached the LFI: no 4xx entry.
    expect(perf.filter((e) => e.Url === ATMS).map((e) => [(e as { HttpResponseCodeGroup: string }).HttpResponseCodeGroup, (e as { TotalCalls: number }).TotalCalls])).toEqual([['2xx', 3]]);
    expect(perf.find((e) => e.Url === ATMS)).toMatchObject({ Type: 'LFI Performance', MaximumResponseTimeMicroseconds: 2000, MinimumResponseTimeMicroseconds: 600, AverageResponseTimeMicroseconds: 1200, ErrorRatePercentage: 0 });
    expect(perf.find((e) => e.Url === FX && (e as { HttpResponseCodeGroup: string }).HttpResponseCodeGroup === '5xx')).toMatchObject({ MaximumResponseTimeMicroseconds: 4500, MinimumResponseTimeMicroseconds: 2500, TotalCalls: 2, ErrorRatePercentage: 33 });
  });

  it('LFI Availability: a minute is down when the LFI failed a call in it, not when the hub did', () => {
    const avail = tppReport(calls, period('2026-01-10', '2026-01-10', 'LFI Availability'), LFI);
    expect(avail.find((e) => e.Url === FX)).toMatchObject({ Type: 'LFI Availability', TotalTimeMinutes: 1440, UnplannedDowntimeMinutes: 1, TotalUptimeMinutes: 1439 });
    expect(avail.find((e) => e.Url === ATMS)).toMatchObject({ UnplannedDowntimeMinutes: 0, UptimePercentage: 100 });
  });

  it('gives every type when no ReportType is asked, in the document\'s order', () => {
    const types = [...new Set(tppReport(calls, period('2026-01-10', '2026-01-11'), LFI).map((e) => e.Type))];
    expect(types).toEqual(['API Call Volume', 'LFI Availability', 'OFP Availability', 'LFI Performance', 'OFP Performance']);
  });

  it('splits insurance into data sharing and service initiation', () => {
    const insurance = [
      call('2026-01-10T08:00:00.000Z', 'GET', 'insurance', '/open-finance/insurance/v2.1/{line}-insurance-policies', 200),
      call('2026-01-10T08:00:00.000Z', 'POST', 'insurance', '/open-finance/insurance/v2.1/{line}-insurance-quotes', 201),
      call('2026-01-10T08:00:00.000Z', 'POST', 'insurance', '/open-finance/insurance/v2.1/{line}-insurance-policies', 201),
    ];
    expect(tppReport(insurance, period('2026-01-10', '2026-01-10', 'API Call Volume'), LFI).map((e) => [e.HttpMethod, e.Url.split('/').pop(), e.ApiSet])).toEqual([
      ['GET', '{line}-insurance-policies', 'InsuranceDataSharing'],
      ['POST', '{line}-insurance-policies', 'InsuranceServiceInitation'],
      ['POST', '{line}-insurance-quotes', 'InsuranceServiceInitation'],
    ]);
  });
});

describe('the reporting period of GET /tpp-reports', () => {
  it('is Dubai calendar days, both ends inclusive', () => {
    const p = period('2026-01-10', '2026-01-11');
    expect([p.from.toISOString(), p.to.toISOString()]).toEqual(['2026-01-09T20:00:00.000Z', '2026-01-11T20:00:00.000Z']);
  });

  it.each([
    [{ ReportingPeriodEndDate: '2026-01-10' }, '400 Resource.InvalidFormat ReportingPeriodStartDate'],
    [{ ReportingPeriodStartDate: '2026-01-10' }, '400 Resource.InvalidFormat ReportingPeriodEndDate'],
    [{ ReportingPeriodStartDate: '2026-02-30', ReportingPeriodEndDate: '2026-03-01' }, '400 Resource.InvalidFormat ReportingPeriodStartDate'],
    [{ ReportingPeriodStartDate: '10/01/2026', ReportingPeriodEndDate: '2026-03-01' }, '400 Resource.InvalidFormat ReportingPeriodStartDate'],
    [{ ReportingPeriodStartDate: '2026-01-10', ReportingPeriodEndDate: '2026-01-09' }, '400 Resource.InvalidFormat ReportingPeriodEndDate'],
    [{ ReportingPeriodStartDate: '2026-01-10', ReportingPeriodEndDate: '2026-01-10', ReportType: 'Billing' }, '400 Resource.InvalidFormat ReportType'],
    [{ ReportingPeriodStartDate: '2026-01-10', ReportingPeriodEndDate: '2026-01-10', ReportType: 'API Call Volume' }, 'accepted'],
    [{ ReportingPeriodStartDate: '2026-01-10', ReportingPeriodEndDate: '2026-01-10', other: 'ignored' }, 'accepted'],
  ])('%j → %s', (raw, outcome) => {
    expect(refusal(raw)).toBe(outcome);
  });
});
