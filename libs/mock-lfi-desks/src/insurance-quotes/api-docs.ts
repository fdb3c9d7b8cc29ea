import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiParam, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { REQUIRED_SERVICE_O3_HEADERS } from '@hub/mock-lfi-ozone-connect';

/** Swagger entries shared by the quote desk's operations: consent-less o3 headers and the common refusals. */
export function ApiInsuranceQuoteDesk(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiParam({ name: 'tenant', description: 'LFI tenant id (an insurer: banks have no quote desk)' }),
    ...REQUIRED_SERVICE_O3_HEADERS.map((name) => ApiHeader({ name, required: true })),
    ApiHeader({ name: 'o3-caller-interaction-id', required: false }),
    ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' }),
    ApiForbiddenResponse({ description: 'A client certificate other than the hub client of this tenant' }),
    ApiNotFoundResponse({ description: 'The tenant is not an insurer, or the quote is not one of the calling TPP (o3-caller-client-id) on this line' }),
    ApiBadRequestResponse({ description: 'A missing or malformed member, named in errorMessage (Body.InvalidFormat), or a rule of the insurer (Consent.BusinessRuleViolation)' }),
  );
}

export const QUOTE_DESK_DESCRIPTION =
  'Requires the hub client certificate of the tenant (mTLS) and Ozone Connect JWT auth. Quotes belong to the calling TPP (o3-caller-client-id).';
