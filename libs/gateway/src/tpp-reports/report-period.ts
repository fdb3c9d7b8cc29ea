import { ApiError } from '@hub/kernel';
import { TPP_REPORT_TYPES, TppReportQueryDto, type TppReportType } from '@hub/standards';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/** The UAE keeps UTC+4 all year: a reporting day is a Dubai calendar day. */
export const UAE_OFFSET_MS = 4 * 3_600_000;
const DAY_MS = 86_400_000;

/** The period a report covers: Dubai calendar days `start`…`end` (both inclusive) and the instants that bound them. */
export interface ReportPeriod {
  start: string;
  end: string;
  /** First instant of `start` in Dubai. */
  from: Date;
  /** First instant after `end` in Dubai (exclusive). */
  to: Date;
  types: readonly TppReportType[];
}

/**
 * The query of `GET /tpp-reports`, checked against the DTO that documents it: a bad or missing
 * date, an end before the start or an unknown ReportType is the document's 400 naming the
 * parameter (Resource.InvalidFormat). Unknown parameters are ignored.
 */
export function reportPeriodOf(raw: Record<string, unknown>): ReportPeriod {
  const picked = { ReportingPeriodStartDate: raw.ReportingPeriodStartDate, ReportingPeriodEndDate: raw.ReportingPeriodEndDate, ReportType: raw.ReportType };
  const [problem] = validateSync(plainToInstance(TppReportQueryDto, picked));
  if (problem) {
    const reason = Object.values(problem.constraints ?? {})[0] ?? 'is invalid';
    throw new ApiError(400, 'Resource.InvalidFormat', `${problem.property} ${reason}`, problem.property);
  }
  const start = picked.ReportingPeriodStartDate as string;
  const end = picked.ReportingPeriodEndDate as string;
  if (end < start) throw new ApiError(400, 'Resource.InvalidFormat', `ReportingPeriodEndDate (${end}) is before ReportingPeriodStartDate (${start})`, 'ReportingPeriodEndDate');
  const type = picked.ReportType as TppReportType | undefined;
  return { start, end, from: new Date(dubaiMidnight(start)), to: new Date(dubaiMidnight(end) + DAY_MS), types: type ? [type] : TPP_REPORT_TYPES };
}

function dubaiMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - UAE_OFFSET_MS;
}

/** The Dubai calendar day of an instant. */
export function dubaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + UAE_OFFSET_MS).toISOString().slice(0, 10);
}
