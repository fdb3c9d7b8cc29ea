import { TPP_REPORT_HTTP_METHODS, type AEApiCallVolume, type AEAvailability, type AEPerformance, type AEReportType, type TppReportCodeGroup, type TppReportHttpMethod } from '@hub/standards';
import { apiSetOf } from './api-sets';
import { dubaiDateOf, type ReportPeriod } from './report-period';

/** What a report reads of one recorded call. */
export interface ReportedCall {
  method: string;
  apiFamily: string;
  apiUri: string;
  status: number;
  latencyMicros: number;
  /** ISO instant */
  at: string;
}

export interface ReportedLfi {
  id: string;
  name: string;
}

/**
 * The TPP's report over the period from its own recorded calls at one LFI (the caller gives only
 * those). Every figure is the hub's (OFP) view: the types the hub cannot measure yet (LFI
 * Performance, LFI Availability: the time the LFI itself took or was down) have no entries.
 */
export function tppReport(calls: readonly ReportedCall[], period: ReportPeriod, lfi: ReportedLfi): AEReportType[] {
  const reported = calls.map(reportable).filter((c): c is Reportable => c !== undefined);
  const data: AEReportType[] = [];
  if (period.types.includes('API Call Volume')) data.push(...callVolume(reported, lfi));
  if (period.types.includes('OFP Availability')) data.push(...ofpAvailability(reported, period, lfi));
  if (period.types.includes('OFP Performance')) data.push(...ofpPerformance(reported, period, lfi));
  return data;
}

interface Reportable extends ReportedCall {
  operation: Pick<AEApiCallVolume, 'ApiSet' | 'HttpMethod' | 'Url'>;
  group: TppReportCodeGroup | undefined;
}

/** A call of an API set the document names; informational and redirect statuses belong to no code group. */
function reportable(call: ReportedCall): Reportable | undefined {
  const apiSet = apiSetOf(call.apiFamily, call.apiUri, call.method);
  if (!apiSet || !(TPP_REPORT_HTTP_METHODS as readonly string[]).includes(call.method)) return undefined;
  const group = call.status >= 200 && call.status < 300 ? '2xx' : call.status >= 400 && call.status < 500 ? '4xx' : call.status >= 500 && call.status < 600 ? '5xx' : undefined;
  return { ...call, operation: { ApiSet: apiSet, HttpMethod: call.method as TppReportHttpMethod, Url: call.apiUri }, group };
}

/** Groups calls by a key, keeping the first call of each group as its representative; groups come sorted by key. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const operationKey = (c: Reportable) => `${c.operation.ApiSet}|${c.operation.Url}|${c.operation.HttpMethod}`;
const lfiMembers = (lfi: ReportedLfi) => ({ LfiId: lfi.id, LfiName: lfi.name });

/** AEApiCallVolume: per Dubai day, operation and code group. */
function callVolume(calls: readonly Reportable[], lfi: ReportedLfi): AEApiCallVolume[] {
  const grouped = calls.filter((c) => c.group);
  return groupBy(grouped, (c) => `${dubaiDateOf(new Date(c.at))}|${operationKey(c)}|${c.group}`).map(([, group]) => ({
    Type: 'API Call Volume',
    ReportingPeriodDate: dubaiDateOf(new Date(group[0].at)),
    ...lfiMembers(lfi),
    ...group[0].operation,
    HttpResponseCodeGroup: group[0].group!,
    TotalCalls: group.length,
  }));
}

/**
 * AEOfpPerformance: the hub's response times per operation and code group over the period. The
 * error rate is the document's: the operation's 5xx answers over all its calls (every code group
 * of one operation shows the same rate).
 */
function ofpPerformance(calls: readonly Reportable[], period: ReportPeriod, lfi: ReportedLfi): AEPerformance[] {
  const errorRate = new Map(groupBy(calls, operationKey).map(([key, group]) => [key, percent(group.filter((c) => c.group === '5xx').length, group.length)]));
  return groupBy(calls.filter((c) => c.group), (c) => `${operationKey(c)}|${c.group}`).map(([, group]) => {
    const times = group.map((c) => c.latencyMicros);
    return {
      Type: 'OFP Performance',
      PeriodStartDate: period.start,
      PeriodEndDate: period.end,
      ...lfiMembers(lfi),
      ...group[0].operation,
      HttpResponseCodeGroup: group[0].group!,
      MaximumResponseTimeMicroseconds: Math.max(...times),
      MinimumResponseTimeMicroseconds: Math.min(...times),
      AverageResponseTimeMicroseconds: Math.round(times.reduce((a, b) => a + b, 0) / times.length),
      TotalCalls: group.length,
      ErrorRatePercentage: errorRate.get(operationKey(group[0]))!,
    };
  });
}

/**
 * AEOfpAvailability per operation the TPP used: the period's minutes, of which a minute is
 * unplanned downtime when the operation answered this TPP a 5xx in it. The sandbox plans no
 * downtime.
 */
function ofpAvailability(calls: readonly Reportable[], period: ReportPeriod, lfi: ReportedLfi): AEAvailability[] {
  const total = Math.round((period.to.getTime() - period.from.getTime()) / 60_000);
  return groupBy(calls, operationKey).map(([, group]) => {
    const unplanned = new Set(group.filter((c) => c.group === '5xx').map((c) => c.at.slice(0, 16))).size;
    const planned = 0;
    const down = planned + unplanned;
    return {
      Type: 'OFP Availability',
      PeriodStartDate: period.start,
      PeriodEndDate: period.end,
      ...lfiMembers(lfi),
      ...group[0].operation,
      TotalTimeMinutes: total,
      TotalUptimeMinutes: total - down,
      PlannedDowntimeMinutes: planned,
      UnplannedDowntimeMinutes: unplanned,
      TotalDowntimeMinutes: down,
      UptimePercentage: 100 - percent(down, total),
      DowntimePercentage: percent(down, total),
      UnplannedDowntimePercentage: percent(unplanned, total - planned),
    };
  });
}

/** The document's percentages are integers. */
function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 100) / whole);
}
