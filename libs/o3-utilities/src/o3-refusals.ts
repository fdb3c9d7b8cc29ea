import { ApiError } from '@hub/kernel';

/**
 * Every refusal of the message helpers, in one table: status 400 and the standard's error codes
 * (`Body.InvalidFormat` for what the body carries, `JWS.InvalidHeader` for the header to sign).
 * Messages never quote the key or the claims they were given.
 */
export const O3_REFUSALS = {
  algorithm: (alg: unknown) =>
    new ApiError(400, 'JWS.InvalidHeader', `header.alg must be PS256 (the only signing algorithm of the UAE security profile); got ${JSON.stringify(alg) ?? 'nothing'}`, 'header.alg'),
  kid: () => new ApiError(400, 'JWS.InvalidHeader', 'header.kid must name the signing key (its kid in your JWKS)', 'header.kid'),
  header: (reason: string) => new ApiError(400, 'JWS.InvalidHeader', `header cannot be used: ${reason}`, 'header'),
  notAPrivateKey: () =>
    new ApiError(400, 'Body.InvalidFormat', 'signingKeyPEM must be an unencrypted PEM private key (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)', 'signingKeyPEM'),
  notRsa: (type: string | undefined) => new ApiError(400, 'Body.InvalidFormat', `signingKeyPEM must be an RSA key for PS256; got ${type ?? 'an unknown'} key`, 'signingKeyPEM'),
  tooSmall: (bits: number) => new ApiError(400, 'Body.InvalidFormat', `signingKeyPEM must be an RSA key of at least 2048 bits; got ${bits}`, 'signingKeyPEM'),
  notAUrl: () => new ApiError(400, 'Body.InvalidFormat', 'jwksUrl must be an https URL', 'jwksUrl'),
  outsideSandbox: (accepted: string) =>
    new ApiError(400, 'Body.InvalidFormat', `jwksUrl must be a JWKS of this sandbox's trust framework (${accepted}); the sandbox fetches no other host`, 'jwksUrl'),
  unknownApplication: () => new ApiError(400, 'Body.InvalidFormat', "jwksUrl names no application of this sandbox's trust framework", 'jwksUrl'),
  noEncryptionKey: (hint = '') => new ApiError(400, 'Body.InvalidFormat', `jwksUrl publishes no RSA encryption key (use: enc)${hint}`, 'jwksUrl'),
} as const;
