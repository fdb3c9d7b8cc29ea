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
  /** The LFI's part of it; null when the call never reached the LFI. */
  lfiLatencyMicros: number | null;
  lfiFailed: boolean;
  /** ISO instant */
  at: string;
}

export interface ReportedLfi {
  id: string;
  name: string;
}

/**
 * Whose view a performance or availability entry takes: the platform's (OFP: the whole call as the
 * hub answered it) or the LFI's (only the calls that reached its Ozone Connect, timed there, and
 * failed when the LFI failed).
 */
interface View {
  performance: 'OFP Performance' | 'LFI Performance';
  availability: 'OFP Availability' | 'LFI Availability';
  /** The calls this view covers. */
  covers: (c: Reportable) => boolean;
  micros: (c: Reportable) => number;
  failed: (c: Reportable) => boolean;
}

const OFP: View = { performance: 'OFP Performance', availability: 'OFP Availability', covers: () => true, micros: (c) => c.latencyMicros, failed: (c) => c.group === '5xx' };
const LFI_VIEW: View = { performance: 'LFI Performance', availability: 'LFI Availability', covers: (c) => c.lfiLatencyMicros !== null, micros: (c) => c.lfiLatencyMicros!, failed: (c) => c.lfiFailed };

/**
 * The TPP's report over the period from its own recorded calls at one LFI (the caller gives only
 * those), in the document's order of types.
 */
export function tppReport(calls: readonly ReportedCall[], period: ReportPeriod, lfi: ReportedLfi): AEReportType[] {
  const reported = calls.map(reportable).filter((c): c is Reportable => c !== undefined);
  const data: AEReportType[] = [];
  if (period.types.includes('API Call Volume')) data.push(...callVolume(reported, lfi));
  if (period.types.includes('LFI Availability')) data.push(...availability(LFI_VIEW, reported, period, lfi));
  if (period.types.includes('OFP Availability')) data.push(...availability(OFP, reported, period, lfi));
  if (period.types.includes('LFI Performance')) data.push(...performance(LFI_VIEW, reported, period, lfi));
  if (period.types.includes('OFP Performance')) data.push(...performance(OFP, reported, period, lfi));
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
 * AEOfpPerformance / AELfiPerformance: response times per operation and code group over the
 * period (the hub's whole answer, or the LFI's part of it). The error rate is the document's: the
 * operation's failures (5xx answers; for the LFI, its failed exchanges) over all its calls in the
 * view, so every code group of one operation shows the same rate.
 */
function performance(view: View, all: readonly Reportable[], period: ReportPeriod, lfi: ReportedLfi): AEPerformance[] {
  const calls = all.filter(view.covers);
  const errorRate = new Map(groupBy(calls, operationKey).map(([key, group]) => [key, percent(group.filter(view.failed).length, group.length)]));
  return groupBy(calls.filter((c) => c.group), (c) => `${operationKey(c)}|${c.group}`).map(([, group]) => {
    const times = group.map(view.micros);
    return {
      Type: view.performance,
      PeriodStartDate: period.start,
      PeriodEndDate: period.end,
      ...lfiMembers(lfi),
      ...group[0].operation,
      HttpResponseCodeGroup: group[0].group!,
      MaximumResponseTimeMicroseconds: Math.max(...times),
      MinimumResponseTimeMicroseconds: Math.min(...times),
      AverageResponseTimeMicroseconds: Math.round(times.reduce((x, y) => x + y, 0) / times.length),
      TotalCalls: group.length,
      ErrorRatePercentage: errorRate.get(operationKey(group[0]))!,
    };
  });
}

/**
 * AEOfpAvailability / AELfiAvailability per operation the TPP used (for the LFI: that reached
 * it): the period's minutes, of which a minute is unplanned downtime when one of these calls
 * failed in it. The sandbox plans no downtime.
 */
function availability(view: View, all: readonly Reportable[], period: ReportPeriod, lfi: ReportedLfi): AEAvailability[] {
  const total = Math.round((period.to.getTime() - period.from.getTime()) / 60_000);
  return groupBy(all.filter(view.covers), operationKey).map(([, group]) => {
    const unplanned = new Set(group.filter(view.failed).map((c) => c.at.slice(0, 16))).size;
    const planned = 0;
    const down = planned + unplanned;
    return {
      Type: view.availability,
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
