import type { TenantUrls } from '@hub/kernel';

/** A Postman environment as Postman exports it and newman reads it (`-e file`). */
export interface PostmanEnvironment {
  id: string;
  name: string;
  values: { key: string; value: string; type: 'default' | 'secret'; enabled: true }[];
  _postman_variable_scope: 'environment';
}

/** The application a set of variables speaks for: its client id and its own signing key. */
export interface PostmanSigner {
  clientId: string;
  signingKid: string;
  signingKeyPem: string;
}

export interface PostmanEnvironmentInput {
  /** Stable per TPP and tenant, so a re-import replaces the environment instead of adding one. */
  id: string;
  name: string;
  urls: TenantUrls;
  tpp: PostmanSigner & { redirectUri: string };
  /** The tenant's LFI, for the steps where the collection plays the LFI (Headless Heimdall, Consent Manager). */
  lfi: PostmanSigner;
  /** A user of the LFI, when the caller knows one (the hub does not know the LFI's users). */
  userId?: string;
}

/**
 * The variables the official collections read and never set themselves (their scripts set the
 * rest from the answers: tokens, consent ids, par-endpoint…), in the collections' own names.
 * `o3-utilities` tests derive this list from insurance.postman_collection.json.
 */
export const POSTMAN_VARIABLES = [
  'rs',
  'issuer',
  'cs',
  'tokenEndpoint',
  'authEndpoint',
  '_clientId',
  'redirectUrl',
  'kid-local',
  'pem-local',
  'kid-local-ozone',
  'pem-local-ozone',
  'userId',
  'basicToken',
  'token-from-client-credentials-grant-accounts',
] as const;

type PostmanVariable = (typeof POSTMAN_VARIABLES)[number];

/**
 * A PEM as the collections use it: pasted inside the JSON string of a raw body
 * (`"signingKeyPEM": "{{pem-local}}"`), so its newlines must be `\n` escapes.
 */
export function pemForJsonBody(pem: string): string {
  return JSON.stringify(pem.trim()).slice(1, -1);
}

const SECRET: ReadonlySet<PostmanVariable> = new Set(['pem-local', 'pem-local-ozone']);

/** The environment of one TPP at one tenant: every value the collections need and nothing else. */
export function postmanEnvironment(input: PostmanEnvironmentInput): PostmanEnvironment {
  const { urls, tpp, lfi } = input;
  const value: Record<PostmanVariable, string> = {
    rs: urls.resourceServerUrl,
    issuer: urls.issuer,
    cs: urls.consentManagerUrl,
    tokenEndpoint: `${urls.issuer}/token`,
    // `{{authEndpoint}}/{{interaction-id}}/doConfirm`: Headless Heimdall's /auth, where the collection plays the LFI.
    authEndpoint: `${urls.headlessHeimdallUrl}/auth`,
    _clientId: tpp.clientId,
    redirectUrl: tpp.redirectUri,
    'kid-local': tpp.signingKid,
    'pem-local': pemForJsonBody(tpp.signingKeyPem),
    'kid-local-ozone': lfi.signingKid,
    'pem-local-ozone': pemForJsonBody(lfi.signingKeyPem),
    userId: input.userId ?? '',
    // Sent (in most requests disabled) as `Authorization: Basic`: the hub authenticates clients by private_key_jwt and mTLS only.
    basicToken: Buffer.from(`${tpp.clientId}:`).toString('base64'),
    // Read by the collection's review-emitted-events step and never set by it; the hub identifies that caller by its certificate.
    'token-from-client-credentials-grant-accounts': '',
  };
  return {
    id: input.id,
    name: input.name,
    values: POSTMAN_VARIABLES.map((key) => ({ key, value: value[key], type: SECRET.has(key) ? 'secret' : 'default', enabled: true })),
    _postman_variable_scope: 'environment',
  };
}
