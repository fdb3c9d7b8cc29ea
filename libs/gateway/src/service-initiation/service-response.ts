import type { Request, Response } from 'express';
import type { HubResponseSigner } from '../payment-consents/hub-response-signer';

/** The TPP asked for the signed form: `Accept: application/jwt` (the documents offer both). */
export function wantsJwt(req: Request): boolean {
  const accept = String(req.headers.accept ?? '').toLowerCase();
  return accept.includes('application/jwt') && !accept.includes('application/json');
}

/**
 * Sends a resource as JSON, or as the hub-signed Jwt envelope when the TPP asks for it or the
 * operation has only the signed form (`jwtOnly`).
 */
export async function sendResource(req: Request, res: Response, status: number, body: unknown, s: { signer: HubResponseSigner; tenantId: string; clientId: string; jwtOnly?: boolean }): Promise<void> {
  if (s.jwtOnly || wantsJwt(req)) {
    res.status(status).type('application/jwt').send(await s.signer.sign(s.tenantId, body, s.clientId));
    return;
  }
  res.status(status).json(body);
}
