import { importPKCS8, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import * as client from 'openid-client';
import type { TppCredentials, TppClient } from './tpp-client';

export interface ServiceReply {
  status: number;
  type: string;
  text: string;
  /** The parsed body when it is JSON. */
  json?: any;
}

export interface ServiceCallOptions {
  json?: unknown;
  jwt?: string;
  accept?: string;
  /** An access token to use instead of a fresh client-credentials one. */
  token?: string;
  headers?: Record<string, string>;
}

/** A client-credentials access token with `scope`, as a TPP gets it (private_key_jwt over mTLS). */
export async function clientCredentialsToken(tpp: TppClient, scope: string): Promise<string> {
  return (await client.clientCredentialsGrant(tpp.config, { scope })).access_token;
}

/**
 * One call of a client-credentials service (FX, account opening, insurance quotes) as a TPP makes
 * it: mTLS with its certificate, a fresh token of `scope`, a JSON or signed JWT body.
 */
export async function serviceCall(tpp: TppClient, method: string, url: string, scope: string, o: ServiceCallOptions = {}): Promise<ServiceReply> {
  const headers: Record<string, string> = { authorization: `Bearer ${o.token ?? (await clientCredentialsToken(tpp, scope))}`, ...o.headers };
  if (o.accept) headers.accept = o.accept;
  if (o.json !== undefined) headers['content-type'] = 'application/json';
  if (o.jwt !== undefined) headers['content-type'] = 'application/jwt';
  const res = await tpp.fetch(url, { method, headers, body: o.jwt ?? (o.json !== undefined ? JSON.stringify(o.json) : undefined) });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, text, ...(type.startsWith('application/json') && text ? { json: JSON.parse(text) } : {}) };
}

/**
 * A signed request body (`{iss, exp, nbf, aud, iat, message}`, PS256 with the TPP's signing key
 * unless another `key` is given) addressed to an LFI's issuer.
 */
export async function signTppMessage(creds: TppCredentials, audience: string, message: unknown, key?: Awaited<ReturnType<typeof importPKCS8>>): Promise<string> {
  return new SignJWT({ message: message as Record<string, unknown> })
    .setProtectedHeader({ alg: 'PS256', kid: creds.signingKid, typ: 'JWT' })
    .setIssuer(creds.clientId)
    .setAudience([audience])
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime('5m')
    .sign(key ?? (await importPKCS8(readFileSync(creds.signingKeyFile, 'utf8'), 'PS256')));
}
