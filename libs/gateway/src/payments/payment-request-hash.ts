import { canonicalJson } from '@hub/consent';
import { createHash } from 'node:crypto';

/**
 * What makes two POST /payments "the same request" for idempotency: the SHA-256 (hex) of the
 * canonical JSON of the message's Data. Not of the JWT: a TPP retrying signs its message again
 * (new iat, exp, perhaps jti), and not of the members' order, which JSON does not fix.
 */
export function paymentRequestHash(message: { Data: unknown }): string {
  return createHash('sha256').update(canonicalJson(message.Data), 'utf8').digest('hex');
}
