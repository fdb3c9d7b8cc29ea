import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FullDate } from '../common/validation/format-decorators';
import { OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { TPP_REPORT_TYPES, type TppReportType } from './tpp-report-codes';

/** The query of `GET /tpp-reports` (TppReports_read): the reporting period and, optionally, one report type. */
export class TppReportQueryDto {
  /** AETppReportPeriodStartDateParameter */
  @ApiProperty({ format: 'date', example: '2026-01-01', description: 'The start date of the reporting period (inclusive)' })
  @Required()
  @FullDate()
  ReportingPeriodStartDate: string;

  /** AETppReportPeriodEndDateParameter */
  @ApiProperty({ format: 'date', example: '2026-01-31', description: 'The end date of the reporting period (inclusive)' })
  @Required()
  @FullDate()
  ReportingPeriodEndDate: string;

  /** AETppReportTypeParameter: all types when absent. */
  @ApiPropertyOptional({ enum: TPP_REPORT_TYPES, description: 'The report type; every type when absent' })
  @Optional()
  @OneOf(TPP_REPORT_TYPES, 'AETppReportTypeValues')
  ReportType?: TppReportType;
}
