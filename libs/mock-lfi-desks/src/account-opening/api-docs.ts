import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiHeader, ApiParam, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { REQUIRED_SERVICE_O3_HEADERS } from '@hub/mock-lfi-ozone-connect';

/** Swagger entries shared by the consent-less service initiation operations of the mock LFI. */
export function ApiServiceInitiation(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' }),
    ...REQUIRED_SERVICE_O3_HEADERS.map((name) => ApiHeader({ name, required: true, description: name === 'o3-caller-client-id' ? 'The TPP: only it can read the opening' : undefined })),
    ApiHeader({ name: 'o3-caller-interaction-id', required: false }),
    ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' }),
    ApiForbiddenResponse({ description: 'A client certificate other than the hub client of this tenant' }),
    ApiBadRequestResponse({ description: 'A required o3 header is missing, or the body is not a valid request (Body.InvalidFormat naming every member at fault)' }),
  );
}

export const OC_AUTH = 'Requires the hub client certificate of the tenant (mTLS) and Ozone Connect JWT auth (PS256 bearer signed with the hub application key).';

/** A sketch of AECreateAccountRequestBody1 for the mock LFI's own docs (the official document is the reference). */
export const OPENING_REQUEST_SCHEMA = {
  type: 'object',
  required: ['data'],
  properties: {
    data: {
      type: 'object',
      properties: {
        LinkedOperations: { type: 'object', required: ['FxQuoteId'], properties: { FxQuoteId: { type: 'string', format: 'uuid' } } },
        Account: { type: 'object', description: "The user's account for deposits and withdrawals", properties: { SchemeName: { type: 'string' }, Identification: { type: 'string' }, Name: { type: 'string' } } },
        AnnualTransactionVolume: { type: 'integer' },
        Party: { type: 'object', required: ['Claims'], properties: { Verification: { type: 'object' }, Claims: { type: 'object', description: 'Person (FullName, GivenName, Surname, EmiratesId, EmiratesIdExpiryDate, ResidentialAddress required) or Business' } } },
        DataSharingAudit: { type: 'array', items: { type: 'object', required: ['JSONPath', 'Action'], properties: { JSONPath: { type: 'string' }, Action: { type: 'string', enum: ['Added', 'Updated', 'Removed'] }, OriginalValue: { type: 'string' } } } },
      },
    },
  },
};
