import { ApiError } from '@hub/kernel';
import type { Readable } from 'node:stream';

/** A sealed consent notification is a few kilobytes; far larger is not one. */
export const MAX_JWE_BYTES = 512 * 1024;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** `application/jwe` (parameters allowed), else 415 in the standard's format. */
export function checkJweMediaType(contentType: string | undefined): void {
  const mediaType = String(contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/jwe') {
    throw new ApiError(415, 'Body.InvalidFormat', `the body must be application/jwe (a webhook notification), not ${mediaType || 'without a Content-Type'}`);
  }
}

/**
 * Why a body is not a compact JWE (RFC 7516 §7.1: header.key.iv.ciphertext.tag, base64url, a
 * protected header naming `enc`), or undefined when it looks like one. Nothing is decrypted.
 */
export function compactJweProblem(body: string): string | undefined {
  if (!body) return 'the body is empty; a webhook notification is a compact JWE';
  const parts = body.split('.');
  if (parts.length !== 5) return `a compact JWE has 5 dot-separated parts; the body has ${parts.length}`;
  if (!parts.every((p) => BASE64URL.test(p))) return 'every part of a compact JWE is base64url';
  const [header, , iv, ciphertext, tag] = parts;
  if (!header || !iv || !ciphertext || !tag) return 'the protected header, IV, ciphertext and tag of a compact JWE are not empty';
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  } catch {
    return 'the protected header of the JWE is not base64url JSON';
  }
  const enc = (decoded as { enc?: unknown } | null)?.enc;
  return typeof decoded === 'object' && decoded !== null && typeof enc === 'string' ? undefined : 'the protected header of the JWE names no `enc`';
}

/** The hub parses JSON bodies only, so an `application/jwe` body is read here, bounded. */
export async function readBodyText(req: Readable & { body?: unknown }): Promise<string> {
  if (typeof req.body === 'string') return req.body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JWE_BYTES) throw ApiError.badRequest(`the body is larger than ${MAX_JWE_BYTES} bytes; a webhook notification is not`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8').trim();
}
