import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiParam, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { REQUIRED_O3_HEADERS } from '../guards/o3-headers.guard';

export const AUTH =
  'Requires the hub client certificate of the tenant (mTLS) and Ozone Connect JWT auth (PS256 bearer signed with the hub application key). ' +
  'Failures and their codes: docs/payments-failures.md.';

/** Swagger entries shared by the payment operations: the o3 headers of a consented call and the common refusals. */
export function ApiPayments(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank: insurers make no payments)' }),
    ...REQUIRED_O3_HEADERS.map((name) => ApiHeader({ name, required: true })),
    ApiHeader({ name: 'o3-psu-identifier', required: false, description: 'base64 of the consent\'s psuIdentifiers JSON, e.g. {"userId":"psu-…"}; required by POST /payments' }),
    ApiHeader({ name: 'o3-caller-interaction-id', required: false }),
    ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' }),
    ApiForbiddenResponse({ description: 'Another certificate; or the debtor account is Suspended (Consent.AccountTemporarilyBlocked) or Closed (Consent.PermanentAccountAccessFailure)' }),
    ApiNotFoundResponse({ description: 'The tenant is not a bank, or the payment is not one of the calling TPP (o3-caller-client-id)' }),
    ApiBadRequestResponse({ description: 'A malformed body or header (Body.InvalidFormat), the consent (Consent.Invalid, Consent.InvalidUserIdentifier), the failure table (AANI.AM04, AANI.AC03 …)' }),
  );
}
