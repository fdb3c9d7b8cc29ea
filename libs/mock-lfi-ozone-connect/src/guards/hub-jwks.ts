import { ApiError, httpsGetJson } from '@hub/kernel';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Inject, Injectable } from '@nestjs/common';
import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey, type JWTVerifyOptions, type JWTVerifyResult } from 'jose';
import { readFileSync } from 'node:fs';

/** The standard lets a receiver cache the sender's JWKS for at most 10 minutes. */
export const JWKS_MAX_AGE_MS = 10 * 60_000;
/** A kid not in the cached set triggers one refetch (key rotation), but never more often than this. */
export const JWKS_MIN_REFRESH_MS = 30_000;
const FETCH_TIMEOUT_MS = 3000;

interface CachedJwks {
  keys: JWTVerifyGetKey;
  fetchedAt: number;
}

/**
 * The hub application's public keys, fetched from the trust framework keystore. The keystore is
 * served by the hub over HTTPS with the sandbox CA, which jose's remote JWKS cannot be told to
 * trust, so the set is fetched here with that CA and verified as a local set.
 */
@Injectable()
export class HubJwks {
  private readonly cache = new Map<string, Promise<CachedJwks>>();
  private readonly ca: Buffer;

  constructor(@Inject(LFI_PROFILE) profile: LfiProfile) {
    this.ca = readFileSync(profile.caFile);
  }

  async verify(token: string, jwksUrl: string, options: JWTVerifyOptions): Promise<JWTVerifyResult> {
    const cached = await this.current(jwksUrl);
    try {
      return await jwtVerify(token, cached.keys, options);
    } catch (e) {
      if (!(e instanceof errors.JWKSNoMatchingKey) || Date.now() - cached.fetchedAt < JWKS_MIN_REFRESH_MS) throw e;
      return jwtVerify(token, (await this.load(jwksUrl)).keys, options);
    }
  }

  private current(url: string): Promise<CachedJwks> {
    const cached = this.cache.get(url);
    if (!cached) return this.load(url);
    return cached.then((c) => (Date.now() - c.fetchedAt < JWKS_MAX_AGE_MS ? c : this.load(url)));
  }

  /** Concurrent requests share one fetch; a failed fetch is not cached, the next request retries. */
  private load(url: string): Promise<CachedJwks> {
    const pending = this.fetch(url);
    this.cache.set(url, pending);
    pending.catch(() => {
      if (this.cache.get(url) === pending) this.cache.delete(url);
    });
    return pending;
  }

  private async fetch(url: string): Promise<CachedJwks> {
    let res;
    try {
      res = await httpsGetJson(url, { ca: this.ca, rejectUnauthorized: true }, FETCH_TIMEOUT_MS);
    } catch (e) {
      throw unavailable(`the hub JWKS ${url} could not be fetched: ${(e as Error).message}`);
    }
    const keys = (res.body as JSONWebKeySet | undefined)?.keys;
    if (res.status !== 200 || !Array.isArray(keys)) throw unavailable(`the hub JWKS ${url} answered ${res.status} without a key set`);
    return { keys: createLocalJWKSet({ keys }), fetchedAt: Date.now() };
  }
}

/** The LFI cannot verify right now, which a later attempt may fix: not the caller's fault. */
function unavailable(reason: string): ApiError {
  return new ApiError(503, 'GenericRecoverableError', `JWT auth cannot be verified now: ${reason}`);
}
