import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const FAPI_INTERACTION_ID = 'x-fapi-interaction-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The standard asks the hub to echo the caller's x-fapi-interaction-id, or to create one; every
 * response carries it and every log line of the request names it.
 */
export function interactionIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const existing = (req as IncomingMessage & { id?: unknown }).id;
  if (typeof existing === 'string') return existing;
  const sent = req.headers[FAPI_INTERACTION_ID];
  const id = typeof sent === 'string' && UUID.test(sent) ? sent : randomUUID();
  res?.setHeader(FAPI_INTERACTION_ID, id);
  return id;
}
