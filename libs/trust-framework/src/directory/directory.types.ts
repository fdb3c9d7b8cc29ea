/** The registry of the local trust framework, as returned to callers (every path absolute). */
export interface Directory {
  version: 1;
  certsDir: string;
  /** Issuing CA + root CA: the `ca` of every sandbox TLS server and client. */
  caBundleFile: string;
  rootCaCertFile: string;
  issuingCaCertFile: string;
  servers: Record<ServerName, TlsFiles>;
  hubApplications: HubApplication[];
  lfiApplications: LfiApplication[];
  tppApplications: TppApplication[];
}

export type ServerName = 'hub' | 'mock-lfi' | 'webhook-worker';

export const SERVER_NAMES: readonly ServerName[] = ['hub', 'mock-lfi', 'webhook-worker'];

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

/** What every application registered in the directory has, whoever operates it. */
export interface ApplicationBase {
  organisationId: string;
  organisationName: string;
  softwareStatementId: string;
  clientId: string;
  transportCertFile: string;
  transportKeyFile: string;
  signingKeyFile: string;
  signingKid: string;
  jwksFile: string;
  /** base64url SHA-256 of the transport certificate DER (the `x5t#S256` of certificate-bound tokens). */
  certificateSha256: string;
}

/** The hub's own application towards one LFI (C4: the hub calling that LFI's Ozone Connect). */
export interface HubApplication extends ApplicationBase {
  tenantId: string;
}

/** An LFI's application towards the hub (C3: the LFI calling Headless Heimdall / Consent Manager). */
export interface LfiApplication extends ApplicationBase {
  tenantId: string;
  encryptionKeyFile: string;
  encryptionKid: string;
}

export interface TppApplication extends ApplicationBase {
  name: string;
  roles: string[];
  redirectUris: string[];
  encryptionKeyFile: string;
  encryptionKid: string;
  webhookServerCertFile: string;
  webhookServerKeyFile: string;
  credentialsDir: string;
}

export type AnyApplication = HubApplication | LfiApplication | TppApplication;
