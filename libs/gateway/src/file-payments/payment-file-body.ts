import { ApiError } from '@hub/kernel';
import type { NextFunction, Request, Response } from 'express';
import type { TLSSocket } from 'node:tls';

/**
 * The body of `POST /payment-consents/{ConsentId}/file` (UploadFilePaymentConsent): any media type, the
 * payment file exactly as the TPP hashed it for the consent's FileHash. The hub keeps it in memory
 * only while it checks the hash and passes it on to the LFI.
 *
 * Hub limit: 10 MiB. The document sets none; a payroll of 50,000 CSV lines is about 5 MiB, and
 * a larger body is refused (400 Body.InvalidFormat, the document lists no 413) after it has been
 * read to its end, so the TPP gets the signed error instead of a reset connection.
 */
export const MAX_PAYMENT_FILE_BYTES = 10 * 1024 * 1024;

/** The upload route in any tenant (path or host routing), with or without a trailing slash. */
const UPLOAD_PATH = /\/rs\/open-finance\/payment\/v2\.1\/payment-consents\/[^/]+\/file\/?$/;

/** Marks a request whose file was over the limit (read to its end and dropped). */
const TOO_LARGE = Symbol('payment file over the limit');

type FileRequest = Request & { [TOO_LARGE]?: boolean; _body?: boolean; rawBody?: unknown };

/**
 * The hub app parses `application/json` and form bodies before any route runs (Nest's default
 * parsers), which would turn a file sent with those media types into an object whose bytes, and
 * so whose hash, are lost. Mounted with `app.use` ahead of them, this reads the upload route's body
 * as raw bytes whatever its media type, up to MAX_PAYMENT_FILE_BYTES; the parsers then skip the
 * finished request. Every other request passes untouched, and so does an upload over a TLS
 * connection without a verified client certificate: the certificate guard refuses it, and a
 * caller the trust framework does not know must not make the hub read megabytes first.
 */
export function paymentFileUploadBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.method !== 'POST' || !UPLOAD_PATH.test(req.path) || withoutVerifiedCertificate(req)) return next();
  readAll(req as FileRequest).then(() => next(), next);
}

/**
 * The uploaded file's bytes: what `paymentFileUploadBody` read, else the request stream itself
 * (a media type the hub's parsers leave alone, e.g. text/csv). A body a parser has already
 * turned into an object is 415: its bytes are gone.
 */
export async function paymentFileOf(req: Request): Promise<Buffer> {
  const r = req as FileRequest;
  if (!Buffer.isBuffer(r.body) && !r[TOO_LARGE]) {
    if (Buffer.isBuffer(r.rawBody)) r.body = r.rawBody;
    else if (consumed(r)) throw new ApiError(415, 'Body.InvalidFormat', 'the file could not be read as sent: upload it with its own media type, e.g. text/csv or application/octet-stream');
    else await readAll(r);
  }
  if (r[TOO_LARGE]) throw ApiError.badRequest(`the file is larger than the ${MAX_PAYMENT_FILE_BYTES} bytes the hub accepts`, undefined, 'Body.InvalidFormat');
  return r.body as Buffer;
}

/** TLS whose client certificate was not verified against the sandbox CA (plain HTTP only in tests). */
function withoutVerifiedCertificate(req: Request): boolean {
  const socket = req.socket as Partial<TLSSocket>;
  return socket.encrypted === true && socket.authorized !== true;
}

/** The stream has been read by someone else (IncomingMessage.complete and no longer readable). */
function consumed(req: FileRequest): boolean {
  return req._body === true || (req.complete && !req.readable);
}

async function readAll(req: FileRequest): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Past the limit the rest is read and dropped: answering mid-upload would reset the connection.
    if (size <= MAX_PAYMENT_FILE_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_PAYMENT_FILE_BYTES) req[TOO_LARGE] = true;
  else req.body = Buffer.concat(chunks, size);
  req._body = true;
}
