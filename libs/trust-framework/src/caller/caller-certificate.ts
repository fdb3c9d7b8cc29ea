import type { X509Certificate } from 'node:crypto';

/** A TLS-terminating proxy the deployment trusts to name the caller (config `trustedProxy`). */
export interface TrustedProxy {
  /** SHA-256 fingerprint of the proxy's own client certificate, `AB:CD:…` (case and colons as openssl prints). */
  certificateFingerprint256: string;
  /** Header with the caller's subject DN; default `x-cert-dn` (what the official Postman collections send). */
  dnHeader?: string;
  /** Header with the caller's URL-encoded PEM certificate; when configured and present it wins over the DN. */
  certificateHeader?: string;
}

export const DEFAULT_DN_HEADER = 'x-cert-dn';

/** Who is at the other end of the TLS connection, as far as this rule cares. */
export type TlsPeer = 'none' | 'unverified' | 'trusted-proxy' | 'other';

/** Where the caller's certificate comes from, or why there is none. */
export type CertificateSource =
  | { from: 'tls' }
  | { from: 'forwarded-certificate'; pem: string }
  | { from: 'forwarded-dn'; dn: string }
  | { rejection: string };

type Headers = Record<string, string | string[] | undefined>;

/**
 * The one rule for whose certificate a request carries (cases in caller-certificate.spec.ts):
 *
 * | TLS peer                  | forwarded headers            | the caller's certificate           |
 * |---------------------------|------------------------------|------------------------------------|
 * | none                      | any                          | none: 401                          |
 * | not issued by the CA      | any                          | none: 401                          |
 * | any other certificate     | any (ignored)                | the TLS certificate                |
 * | the trusted proxy         | certificate header (if set)  | the forwarded certificate          |
 * | the trusted proxy         | DN header only               | the registered certificate of DN   |
 * | the trusted proxy         | none, or either one repeated | none: 401                          |
 *
 * Without `trustedProxy` no peer is the trusted proxy, so forwarded headers never count: the
 * official collections send `x-cert-dn` naming someone else, and a header anyone can write
 * must not choose the caller.
 */
export function certificateSource(peer: TlsPeer, headers: Headers, proxy: TrustedProxy | undefined): CertificateSource {
  if (peer === 'none') return { rejection: 'a client (transport) certificate is required: call this API over mTLS' };
  if (peer === 'unverified') return { rejection: 'the client certificate does not chain to the sandbox CA' };
  if (peer === 'other' || !proxy) return { from: 'tls' };
  const dnHeader = proxy.dnHeader ?? DEFAULT_DN_HEADER;
  const pem = proxy.certificateHeader ? headers[proxy.certificateHeader] : undefined;
  const dn = headers[dnHeader];
  if (Array.isArray(pem) || Array.isArray(dn)) return { rejection: 'the trusted proxy forwarded the caller more than once' };
  if (pem) return { from: 'forwarded-certificate', pem };
  if (dn) return { from: 'forwarded-dn', dn };
  return { rejection: `the trusted proxy forwarded no caller (${[proxy.certificateHeader, dnHeader].filter(Boolean).join(' or ')} header)` };
}

/** Classifies the TLS peer; the proxy must be both issued by the sandbox CA (authorized) and the pinned certificate. */
export function tlsPeer(cert: X509Certificate | undefined, authorized: boolean, proxy: TrustedProxy | undefined): TlsPeer {
  if (!cert) return 'none';
  if (!authorized) return 'unverified';
  return proxy && sameFingerprint(cert.fingerprint256, proxy.certificateFingerprint256) ? 'trusted-proxy' : 'other';
}

function sameFingerprint(a: string, b: string): boolean {
  const normal = (f: string) => f.replace(/:/g, '').toUpperCase();
  return normal(a) === normal(b);
}

/**
 * Organisation id (OU) and client id (CN) of an RFC 4514 DN such as nginx's `$ssl_client_s_dn` or
 * the collections' `CN=…,OU=…,O=…,C=…`, in any order; `\,` escapes a comma inside a value.
 */
export function dnSubject(dn: string): { organisationId?: string; clientId?: string } {
  const attributes: Record<string, string> = {};
  for (const part of dn.split(/(?<!\\),/)) {
    const at = part.indexOf('=');
    if (at > 0) attributes[part.slice(0, at).trim().toUpperCase()] ??= part.slice(at + 1).trim();
  }
  return { organisationId: attributes.OU, clientId: attributes.CN };
}
