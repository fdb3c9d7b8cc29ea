import type { X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';

/** The client certificate of the call, only when its chain was verified against the sandbox CA. */
export function peerCertificate(ctx: { req: { socket: unknown } }): X509Certificate | undefined {
  const socket = ctx.req.socket as TLSSocket;
  if (!socket?.authorized || typeof socket.getPeerX509Certificate !== 'function') return undefined;
  return socket.getPeerX509Certificate();
}
