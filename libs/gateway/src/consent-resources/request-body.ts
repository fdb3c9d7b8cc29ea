import { ApiError } from '@hub/kernel';
import type { Request } from 'express';

/** The two ways the documents let a TPP send a PATCH body. */
export type PatchBody = { kind: 'json'; body: unknown } | { kind: 'jwt'; jws: string };

/** A signed consent patch is a few hundred bytes; anything far larger is not one. */
const MAX_JWS_BYTES = 64 * 1024;

/**
 * The hub's app parses JSON bodies only, so an `application/jwt` body is still unread on the
 * request stream and is read here. Any other media type is 415, as the PATCH operations list.
 */
export async function readPatchBody(req: Request): Promise<PatchBody> {
  const mediaType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return { kind: 'json', body: req.body };
  if (mediaType === 'application/jwt') return { kind: 'jwt', jws: (await readText(req)).trim() };
  throw new ApiError(415, 'Body.InvalidFormat', 'the body must be application/json or application/jwt');
}

async function readText(req: Request): Promise<string> {
  // Another parser got there first (e.g. a text parser added later): use what it read.
  if (typeof req.body === 'string') return req.body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JWS_BYTES) throw ApiError.badRequest('the signed body is too large', undefined, 'JWS.Malformed');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
