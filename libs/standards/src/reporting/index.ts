export * from './tpp-report-codes';
export { TppReportQueryDto } from './tpp-report-query.dto';
export type { AEApiCallVolume, AEAvailability, AEPerformance, AEReportResponse, AEReportType } from './tpp-report';
