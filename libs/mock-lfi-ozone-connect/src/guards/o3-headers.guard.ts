import { ApiError } from '@hub/kernel';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Required on consent events and actions by ozone-connect v2.1.x. `o3-aspsp-id` is left out: it
 * is deprecated in favour of `o3-provider-id`, so an LFI should not depend on it.
 */
export const REQUIRED_O3_HEADERS = [
  'o3-provider-id',
  'o3-caller-org-id',
  'o3-caller-client-id',
  'o3-caller-software-statement-id',
  'o3-api-uri',
  'o3-api-operation',
  'o3-consent-id',
  'o3-ozone-interaction-id',
] as const;

/**
 * Calls that concern no consent (FX quotes, account opening, insurance quotes) carry the same set
 * without `o3-consent-id` and `o3-psu-identifier` (ozone-connect v2.1.x service initiation).
 */
export const REQUIRED_SERVICE_O3_HEADERS = REQUIRED_O3_HEADERS.filter((name) => name !== 'o3-consent-id');

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
    const providerId = headerOf(req, 'o3-provider-id');
    if (providerId !== tenantId) throw ApiError.badRequest(`o3-provider-id '${providerId}' is not this LFI ('${tenantId}')`, 'o3-provider-id');
    const aspspId = headerOf(req, 'o3-aspsp-id');
    if (aspspId !== undefined && aspspId !== providerId) throw ApiError.badRequest(`o3-aspsp-id '${aspspId}' differs from o3-provider-id '${providerId}'`, 'o3-aspsp-id');
    const psuIdentifier = headerOf(req, 'o3-psu-identifier');
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
