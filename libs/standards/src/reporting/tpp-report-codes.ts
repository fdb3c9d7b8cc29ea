/**
 * Code lists of the API Hub TPP Reports document (uae-api-hub-tpp-reports-openapi.yaml,
 * v2.1-draft1), spelled as it spells them (`BankServiceInitation` included).
 */
export const TPP_REPORT_TYPES = ['API Call Volume', 'LFI Availability', 'OFP Availability', 'LFI Performance', 'OFP Performance'] as const;
export type TppReportType = (typeof TPP_REPORT_TYPES)[number];

export const TPP_REPORT_API_SETS = ['BankDataSharing', 'BankServiceInitation', 'InsuranceDataSharing', 'InsuranceServiceInitation'] as const;
export type TppReportApiSet = (typeof TPP_REPORT_API_SETS)[number];

export const TPP_REPORT_HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE'] as const;
export type TppReportHttpMethod = (typeof TPP_REPORT_HTTP_METHODS)[number];

export const TPP_REPORT_CODE_GROUPS = ['2xx', '4xx', '5xx'] as const;
export type TppReportCodeGroup = (typeof TPP_REPORT_CODE_GROUPS)[number];
