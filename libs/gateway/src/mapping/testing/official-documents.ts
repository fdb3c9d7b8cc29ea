/** The two official documents the mapping joins (paths under third_party/uae-open-finance-specs/dist): what the LFI answers, and what the TPP must get. */
export const OZONE_CONNECT_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml';
export const STANDARD_DOC = 'standards/v2.1-errata2/uae-account-information-openapi.yaml';
