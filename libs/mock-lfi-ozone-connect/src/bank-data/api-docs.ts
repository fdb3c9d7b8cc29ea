import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiHeader, ApiParam, ApiQuery, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { REQUIRED_O3_HEADERS } from '../guards/o3-headers.guard';

/** Swagger entries shared by every bank data sharing operation of the mock LFI. */
export function ApiBankDataSharing(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiParam({ name: 'tenant', description: 'LFI tenant id' }),
    ...REQUIRED_O3_HEADERS.map((name) => ApiHeader({ name, required: true })),
    ApiHeader({ name: 'o3-psu-identifier', required: true, description: 'base64 of the psuIdentifiers JSON, e.g. {"userId":"psu-…"}' }),
    ApiHeader({ name: 'o3-caller-interaction-id', required: false }),
    ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' }),
    ApiForbiddenResponse({ description: 'Another certificate, or the account is Suspended (Consent.AccountTemporarilyBlocked) or Closed (Consent.PermanentAccountAccessFailure)' }),
    ApiBadRequestResponse({ description: 'A required o3 header or parameter is missing or wrong, or the account is not one of the PSU (Consent.Invalid)' }),
  );
}

export const AUTH =
  'Requires the hub client certificate of the tenant (mTLS) and Ozone Connect JWT auth (PS256 bearer signed with the hub application key).';

/** `page` (1-based, default 1) and `page-size` (default 100), as the document names them. */
export function ApiPaging(): MethodDecorator & ClassDecorator {
  return applyDecorators(ApiQuery({ name: 'page', required: false }), ApiQuery({ name: 'page-size', required: false }));
}
