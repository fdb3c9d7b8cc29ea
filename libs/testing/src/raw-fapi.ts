import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importPKCS8, SignJWT, UnsecuredJWT } from 'jose';
import { Agent, request } from 'undici';

/**
 * Hand-made FAPI requests for negative tests: every claim and header of a client assertion or a
 * request object can be bent, which a well-behaved client library would never do.
 */
export interface RawTpp {
  clientId: string;
  signingKeyFile: string;
  signingKid: string;
  transportCertFile: string;
  transportKeyFile: string;
}

export interface RawResponse {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

export function mtlsAgent(tpp: Pick<RawTpp, 'transportCertFile' | 'transportKeyFile'>, caFile: string): Agent {
  return new Agent({ connect: { cert: readFileSync(tpp.transportCertFile), key: readFileSync(tpp.transportKeyFile), ca: readFileSync(caFile) } });
}

export async function postForm(url: string, form: Record<string, string>, agent: Agent): Promise<RawResponse> {
  const res = await request(url, { method: 'POST', dispatcher: agent, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  const text = await res.body.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep text
  }
  return { status: res.statusCode, body, headers: res.headers as RawResponse['headers'] };
}

type Claims = Record<string, unknown>;

export interface SignOptions {
  alg?: 'PS256' | 'RS256' | 'none';
  kid?: string;
}

export async function signWithTppKey(tpp: RawTpp, claims: Claims, o: SignOptions = {}): Promise<string> {
  if (o.alg === 'none') return new UnsecuredJWT(claims).encode();
  const alg = o.alg ?? 'PS256';
  const key = await importPKCS8(readFileSync(tpp.signingKeyFile, 'utf8'), alg);
  return new SignJWT(claims).setProtectedHeader({ alg, kid: o.kid ?? tpp.signingKid, typ: alg === 'PS256' ? 'JWT' : 'JWT' }).sign(key);
}

const now = () => Math.floor(Date.now() / 1000);

/** A client assertion for `aud` (the issuer); override any claim, or drop one with `undefined`. */
export function clientAssertionClaims(tpp: RawTpp, aud: string, over: Claims = {}): Claims {
  const t = now();
  return strip({ iss: tpp.clientId, sub: tpp.clientId, aud, iat: t, exp: t + 120, jti: randomUUID(), ...over });
}

/** A FAPI 2.0 request object; override any claim, or drop one with `undefined`. */
export function requestObjectClaims(tpp: RawTpp, aud: string, params: Claims, over: Claims = {}): Claims {
  const t = now();
  return strip({ iss: tpp.clientId, aud, client_id: tpp.clientId, nbf: t, iat: t, exp: t + 300, jti: randomUUID(), response_type: 'code', ...params, ...over });
}

function strip(c: Claims): Claims {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
}

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
