import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** `HealthCheckCertResponse` of the Ozone Connect and Consent Manager health-check documents. */
export interface HealthCheckCertResponse {
  connectionEstablished: boolean;
  mtlsStatus: 'established' | 'not-established';
  hostName: string;
  clientCertificate: { subject: string; issuer: string };
}

/** X.509 names as one line (`C=AE, O=…, OU=…, CN=…`), the way the documents' examples show them. */
function oneLine(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

/** What the server saw of the caller's certificate; only a chain verified against the sandbox CA counts as established. */
export function describePeerCertificate(req: IncomingMessage): HealthCheckCertResponse {
  const socket = req.socket as TLSSocket;
  const cert = typeof socket.getPeerX509Certificate === 'function' ? socket.getPeerX509Certificate() : undefined;
  const established = Boolean(cert && socket.authorized);
  return {
    connectionEstablished: true,
    mtlsStatus: established ? 'established' : 'not-established',
    hostName: String(req.headers.host ?? '').replace(/:\d+$/, ''),
    clientCertificate: { subject: cert ? oneLine(cert.subject) : '', issuer: cert ? oneLine(cert.issuer) : '' },
  };
}
