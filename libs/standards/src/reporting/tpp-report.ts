import type { TppReportApiSet, TppReportCodeGroup, TppReportHttpMethod } from './tpp-report-codes';

/**
 * The report entries of the TPP Reports document (AEReportType's five members), written out by
 * hand: the api-hub documents are not among the generated wire types.
 */
interface AEReportedOperation {
  LfiId: string;
  LfiName: string;
  ApiSet: TppReportApiSet;
  HttpMethod: TppReportHttpMethod;
  Url: string;
}

/** AEApiCallVolume: calls of one day. */
export interface AEApiCallVolume extends AEReportedOperation {
  Type: 'API Call Volume';
  ReportingPeriodDate: string;
  HttpResponseCodeGroup: TppReportCodeGroup;
  TotalCalls: number;
}

/** AELfiPerformance / AEOfpPerformance: response times over the period. */
export interface AEPerformance extends AEReportedOperation {
  Type: 'LFI Performance' | 'OFP Performance';
  PeriodStartDate: string;
  PeriodEndDate: string;
  HttpResponseCodeGroup: TppReportCodeGroup;
  MaximumResponseTimeMicroseconds: number;
  MinimumResponseTimeMicroseconds: number;
  AverageResponseTimeMicroseconds: number;
  TotalCalls: number;
  ErrorRatePercentage: number;
}

/** AELfiAvailability / AEOfpAvailability: up and down time over the period. */
export interface AEAvailability extends AEReportedOperation {
  Type: 'LFI Availability' | 'OFP Availability';
  PeriodStartDate: string;
  PeriodEndDate: string;
  TotalTimeMinutes: number;
  TotalUptimeMinutes: number;
  PlannedDowntimeMinutes: number;
  UnplannedDowntimeMinutes: number;
  TotalDowntimeMinutes: number;
  UptimePercentage: number;
  DowntimePercentage: number;
  UnplannedDowntimePercentage: number;
}

export type AEReportType = AEApiCallVolume | AEPerformance | AEAvailability;

/** AEReportResponse */
export interface AEReportResponse {
  Data: AEReportType[];
  Links: { Self: string };
  Meta: Record<string, never>;
}
