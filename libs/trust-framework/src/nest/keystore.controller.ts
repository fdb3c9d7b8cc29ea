import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiError } from '@hub/kernel';
import { TrustDirectory } from '../caller/trust-directory';
import { applicationLogoSvg } from './application-logo';

const JWKS_SCHEMA = {
  type: 'object',
  required: ['keys'],
  properties: {
    keys: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kty', 'kid', 'use', 'alg'],
        properties: {
          kty: { type: 'string', example: 'RSA' },
          kid: { type: 'string', description: 'RFC 7638 JWK thumbprint' },
          use: { type: 'string', enum: ['sig', 'enc'] },
          alg: { type: 'string', enum: ['PS256', 'RSA-OAEP-256'] },
          n: { type: 'string' },
          e: { type: 'string' },
        },
      },
    },
  },
};

/** Public like the real directory's keystore: relying parties fetch keys without a client certificate. */
@ApiTags('trust-framework')
@Controller('trust-framework/keystore')
export class KeystoreController {
  constructor(private readonly directory: TrustDirectory) {}

  @Get(':organisationId/:softwareStatementId/application.jwks')
  @Header('Content-Type', 'application/json')
  @Header('Cache-Control', 'max-age=60')
  @ApiOperation({ summary: "An application's public signing and encryption keys (JWKS)" })
  @ApiParam({ name: 'organisationId', description: 'Organisation ID in the trust framework' })
  @ApiParam({ name: 'softwareStatementId', description: 'Software statement ID of the application' })
  @ApiOkResponse({ description: 'The JWKS', schema: JWKS_SCHEMA })
  @ApiNotFoundResponse({ description: 'No such application in the trust framework' })
  applicationJwks(@Param('organisationId') organisationId: string, @Param('softwareStatementId') softwareStatementId: string): { keys: object[] } {
    const jwks = this.directory.applicationJwks(organisationId, softwareStatementId);
    if (!jwks) {
      throw ApiError.notFound(`No application with organisation ${organisationId} and software statement ${softwareStatementId} in the trust framework`);
    }
    return jwks;
  }

  @Get(':organisationId/:softwareStatementId/logo.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'max-age=3600')
  @ApiOperation({ summary: "An application's logo (the software statement's logo_uri)" })
  @ApiParam({ name: 'organisationId', description: 'Organisation ID in the trust framework' })
  @ApiParam({ name: 'softwareStatementId', description: 'Software statement ID of the application' })
  @ApiOkResponse({ description: 'An SVG image' })
  @ApiNotFoundResponse({ description: 'No such application in the trust framework' })
  applicationLogo(@Param('organisationId') organisationId: string, @Param('softwareStatementId') softwareStatementId: string): string {
    const name = this.directory.applicationName(organisationId, softwareStatementId);
    if (!name) throw ApiError.notFound(`No application with organisation ${organisationId} and software statement ${softwareStatementId} in the trust framework`);
    return applicationLogoSvg(name);
  }
}
