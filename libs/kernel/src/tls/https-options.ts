import { readFileSync } from 'node:fs';
import type { HttpsOptions } from '@nestjs/common/interfaces/external/https-options.interface';
import type { SecureContextOptions } from 'node:tls';

export interface TlsFiles {
  certFile: string;
  keyFile: string;
  caFile: string;
}

/**
 * HTTPS server options for every sandbox server. The client certificate is requested but not
 * required at the TLS layer, so health and discovery stay reachable without one; the routes that
 * need mTLS check the certificate themselves (and answer in the standard's error format instead
 * of a bare handshake failure).
 */
export function httpsServerOptions(files: TlsFiles): HttpsOptions {
  return {
    key: readFileSync(files.keyFile),
    cert: readFileSync(files.certFile),
    ca: readFileSync(files.caFile),
    requestCert: true,
    rejectUnauthorized: false,
  };
}

/** Options of an mTLS client: its certificate and key, trusting only the sandbox CA. */
export function mtlsClientOptions(files: TlsFiles): SecureContextOptions & { rejectUnauthorized: true } {
  return {
    key: readFileSync(files.keyFile),
    cert: readFileSync(files.certFile),
    ca: readFileSync(files.caFile),
    rejectUnauthorized: true,
  };
}
