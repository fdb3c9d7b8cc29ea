import { ApiError } from '@hub/kernel';
import type { Request } from 'express';
import { headerOf } from '../guards/o3-headers.guard';
import type { PaymentCaller } from './payment-desk';

/** Who calls, from the o3 headers the guards checked (o3-psu-identifier is base64 JSON when present). */
export function paymentCallerOf(req: Request): PaymentCaller {
  const psu = headerOf(req, 'o3-psu-identifier');
  const userId = psu ? (JSON.parse(Buffer.from(psu, 'base64').toString('utf8')) as { userId?: unknown }).userId : undefined;
  return {
    tenantId: String(req.params.tenant),
    callerOrgId: headerOf(req, 'o3-caller-org-id')!,
    callerClientId: headerOf(req, 'o3-caller-client-id')!,
    consentId: headerOf(req, 'o3-consent-id')!,
    ...(typeof userId === 'string' && userId ? { psuUserId: userId } : {}),
    interactionId: headerOf(req, 'o3-ozone-interaction-id')!,
  };
}

/** A payment is made for the user who approved the consent: the hub must name that user. */
export function requirePsu(caller: PaymentCaller): void {
  if (!caller.psuUserId) throw ApiError.badRequest('o3-psu-identifier naming the userId is required to make a payment', 'o3-psu-identifier');
}

/** A payroll of 10,000 lines is well under this. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The uploaded file, byte for byte (its hash is checked). The app parses JSON and form bodies
 * only, so any other media type is still unread on the request stream; a JSON body would reach
 * here re-serialised, with other bytes, so it is refused (415).
 */
export async function rawBodyOf(req: Request): Promise<Buffer> {
  if (Buffer.isBuffer(req.body)) return req.body;
  if (typeof req.body === 'string') return Buffer.from(req.body, 'utf8');
  if (req.readableEnded || (req.body && Object.keys(req.body as object).length)) {
    throw new ApiError(415, 'Body.InvalidFormat', 'Send the payment file with its own media type (text/csv for sandbox.payroll.csv.v1), not as JSON or a form');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) throw ApiError.badRequest(`The file is larger than ${MAX_FILE_BYTES} bytes`, 'file');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
