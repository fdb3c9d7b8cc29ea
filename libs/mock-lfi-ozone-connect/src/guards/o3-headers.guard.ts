import { ApiError } from '@hub/kernel';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { O3_HEADER, REQUIRED_O3_HEADERS, REQUIRED_SERVICE_O3_HEADERS } from '@hub/ozone-connect';

// The required sets are the wire's, defined once beside the hub's client; re-exported for this app's docs.
export { REQUIRED_O3_HEADERS, REQUIRED_SERVICE_O3_HEADERS };

export function headerOf(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The o3 headers tell the LFI which TPP call a request stems from; an LFI attributes and audits
 * by them, so a call without them, or addressed to another provider, is refused before any work.
 */
@Injectable()
export class O3HeadersGuard implements CanActivate {
  protected readonly required: readonly string[] = REQUIRED_O3_HEADERS;

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    for (const name of this.required) {
      if (!headerOf(req, name)) throw ApiError.badRequest(`${name} is required`, name);
    }
    const tenantId = String(req.params.tenant);
    const providerId = headerOf(req, O3_HEADER.providerId);
    if (providerId !== tenantId) throw ApiError.badRequest(`o3-provider-id '${providerId}' is not this LFI ('${tenantId}')`, 'o3-provider-id');
    const aspspId = headerOf(req, O3_HEADER.aspspId);
    if (aspspId !== undefined && aspspId !== providerId) throw ApiError.badRequest(`o3-aspsp-id '${aspspId}' differs from o3-provider-id '${providerId}'`, 'o3-aspsp-id');
    const psuIdentifier = headerOf(req, O3_HEADER.psuIdentifier);
    if (psuIdentifier !== undefined && !isBase64JsonObject(psuIdentifier)) {
      throw ApiError.badRequest('o3-psu-identifier must be the base64 encoding of a JSON object', 'o3-psu-identifier');
    }
    return true;
  }
}

function isBase64JsonObject(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded);
  } catch {
    return false;
  }
}

/** The o3 header check of the consent-less service operations (no o3-consent-id needed). */
@Injectable()
export class O3ServiceHeadersGuard extends O3HeadersGuard {
  protected override readonly required: readonly string[] = REQUIRED_SERVICE_O3_HEADERS;
}
