/** One item of `GET /consents/{consentId}/audit` (Consent Manager v2.1.9). */
export interface ConsentAuditEntry {
  providerId: string;
  operation: 'create' | 'patch';
  /** Epoch milliseconds. */
  timestamp: number;
  /** The audit row's id (the spec's "identifier for the audit log in mongodb"). */
  fkMongoId: string;
  /** The consent id. */
  fkId: string;
  id: string;
  ozoneInteractionId: string;
  callerDetails: { callerOrgId?: string; callerClientId?: string; callerSoftwareStatementId?: string };
  /** JSON text, e.g. `{"id":"<consentId>"}`. */
  patchFilter: string;
  /** JSON text of what the change wrote: `{"$set":{<dotted path>:<value>}, "requestBody"?: <body as received>}`. */
  patch: string;
}
