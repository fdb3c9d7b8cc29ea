import { importPKCS8 } from 'jose';
import { readFileSync } from 'node:fs';
import * as client from 'openid-client';
import { Agent, fetch as undiciFetch } from 'undici';

type SigningKey = Parameters<typeof client.PrivateKeyJwt>[0];

export interface TppCredentials {
  clientId: string;
  transportCertFile: string;
  transportKeyFile: string;
  signingKeyFile: string;
  signingKid: string;
}

export interface TppClient {
  config: client.Configuration;
  /** The raw JSON bodies the token endpoint answered, newest last (for conformance checks). */
  tokenResponses: unknown[];
  signingKey: SigningKey;
  /** A fetch that presents the TPP's transport certificate (mTLS). */
  fetch: typeof undiciFetch;
  close(): Promise<void>;
}

/**
 * An independent FAPI 2.0 TPP built on openid-client: discovery, private_key_jwt (PS256), PAR with
 * a signed request object, PKCE, mTLS through an undici Agent holding the TPP's certificate.
 */
export async function tppClient(issuer: string, creds: TppCredentials, caFile: string): Promise<TppClient> {
  const agent = new Agent({ connect: { cert: readFileSync(creds.transportCertFile), key: readFileSync(creds.transportKeyFile), ca: readFileSync(caFile) } });
  const tokenResponses: unknown[] = [];
  const mtlsFetch = (async (url: string, options: Parameters<typeof undiciFetch>[1]) => {
    const res = await undiciFetch(url, { ...options, dispatcher: agent });
    if (new URL(url).pathname.endsWith('/token') && res.ok) tokenResponses.push(await res.clone().json());
    return res;
  }) as typeof undiciFetch;
  const key = await importPKCS8(readFileSync(creds.signingKeyFile, 'utf8'), 'PS256');
  const signingKey = { key, kid: creds.signingKid } as SigningKey;
  const config = await client.discovery(
    new URL(issuer),
    creds.clientId,
    { id_token_signed_response_alg: 'PS256', use_mtls_endpoint_aliases: true },
    client.PrivateKeyJwt(signingKey),
    { [client.customFetch]: mtlsFetch as never, execute: [] },
  );
  config[client.customFetch] = mtlsFetch as never;
  return { config, tokenResponses, signingKey, fetch: mtlsFetch, close: () => agent.close() };
}

export interface PushedRequest {
  authorizationUrl: URL;
  codeVerifier: string;
  state: string;
  nonce: string;
}

/** PAR with a PS256 request object carrying the RAR entry; returns the LFI authorization URL to send the user to. */
export async function pushAuthorizationRequest(tpp: TppClient, o: { redirectUri: string; scope: string; authorizationDetails: unknown[] }): Promise<PushedRequest> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const { searchParams } = await client.buildAuthorizationUrlWithJAR(
    tpp.config,
    {
      redirect_uri: o.redirectUri,
      scope: o.scope,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      authorization_details: JSON.stringify(o.authorizationDetails),
    },
    tpp.signingKey,
  );
  const authorizationUrl = await client.buildAuthorizationUrlWithPAR(tpp.config, searchParams).catch(withOAuthError);
  return { authorizationUrl, codeVerifier, state, nonce };
}

/** openid-client's ResponseBodyError keeps the OAuth error apart from its message: put it in the message. */
export function withOAuthError(e: unknown): never {
  const body = e as { error?: string; error_description?: string; status?: number };
  if (body?.error) throw Object.assign(new Error(`${body.status ?? ''} ${body.error}: ${body.error_description ?? ''}`.trim()), { error: body.error, status: body.status });
  throw e;
}
