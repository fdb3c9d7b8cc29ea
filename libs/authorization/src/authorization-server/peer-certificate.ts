import type { X509Certificate } from 'node:crypto';
import type { TrustDirectory } from '@hub/trust-framework';

/**
 * The client certificate of the call, only when its chain was verified against the sandbox CA, or
 * what a configured trusted proxy forwarded (the one rule: trust-framework's caller-certificate.ts).
 * Certificate-bound tokens (cnf.x5t#S256) bind to this certificate.
 */
export function peerCertificate(ctx: { req: unknown }, directory: TrustDirectory): X509Certificate | undefined {
  const source = directory.callerCertificate(ctx.req as Parameters<TrustDirectory['callerCertificate']>[0]);
  return 'certificate' in source ? source.certificate : undefined;
}
