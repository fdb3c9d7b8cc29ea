export type CallerKind = 'tpp' | 'lfi' | 'hub';

interface CallerBase {
  clientId: string;
  organisationId: string;
  softwareStatementId: string;
  /** base64url SHA-256 of the presented certificate's DER: what certificate-bound tokens carry as x5t#S256. */
  certificateSha256: string;
}

export interface TppCaller extends CallerBase {
  kind: 'tpp';
  organisationName: string;
  roles: string[];
}

export interface LfiCaller extends CallerBase {
  kind: 'lfi';
  tenantId: string;
  organisationName: string;
}

export interface HubCaller extends CallerBase {
  kind: 'hub';
  tenantId: string;
}

export type CallerIdentity = TppCaller | LfiCaller | HubCaller;

/** Identification either names the caller or says why it could not, for a useful 401 message. */
export type Identification = { identity: CallerIdentity } | { rejection: string };
