import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller, TrustDirectory } from '@hub/trust-framework';
import { Controller, Get, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { POSTMAN_VARIABLES, postmanEnvironment, type PostmanEnvironment } from './postman-environment';

export class PostmanEnvironmentQueryDto {
  @ApiProperty({ required: false, description: 'The client id of the calling certificate (optional: the environment is always that application\'s own)' })
  @IsOptional()
  @IsString()
  client_id?: string;
}

const ENVIRONMENT_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'values'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    values: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'value', 'type', 'enabled'],
        properties: { key: { type: 'string', enum: [...POSTMAN_VARIABLES] }, value: { type: 'string' }, type: { type: 'string', enum: ['default', 'secret'] }, enabled: { type: 'boolean' } },
      },
    },
    _postman_variable_scope: { type: 'string', enum: ['environment'] },
  },
};

/** A stable id per application and tenant, shaped like Postman's UUIDs. */
function environmentId(tenantId: string, clientId: string): string {
  const h = createHash('sha256').update(`${tenantId}\n${clientId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * The collections' `GET {rs}/o3/v1.0/postman/environment`: a Postman environment for the calling
 * TPP at this tenant, with its own signing key (the hosted sandbox does the same) and, for the
 * steps where the collection plays the LFI, the tenant's LFI key. Only the application itself,
 * by its certificate, receives it.
 */
@ApiTags('o3 utilities (sandbox only)')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@Controller(':tenant/rs/o3/v1.0/postman')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
export class PostmanEnvironmentController {
  constructor(
    private readonly directory: TrustDirectory,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Get('environment')
  @ApiOperation({
    summary: 'A Postman environment for the calling TPP at this tenant (sandbox only)',
    description:
      'Sandbox only: every variable the official Postman collections read and do not set themselves (rs, issuer, cs, tokenEndpoint, authEndpoint, _clientId, redirectUrl, kid-local, pem-local, kid-local-ozone, pem-local-ozone, userId, basicToken, …). ' +
      "It carries the calling application's own signing key (pem-local) and the tenant LFI's (pem-local-ozone, for the steps where the collection plays the LFI): a real API Hub hands out no keys. " +
      'Import it in Postman or pass it to newman with -e. userId is empty: pick a user of the tenant from the manifest (psus). Switched off with sandbox.o3Utilities: false (404).',
  })
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The environment (Postman v2.1 export format)', schema: ENVIRONMENT_SCHEMA })
  @ApiUnauthorizedResponse({ description: 'No client certificate, or one the trust framework did not issue' })
  @ApiForbiddenResponse({ description: 'Not a TPP certificate, or client_id names another application' })
  @ApiNotFoundResponse({ description: 'No such tenant, or the helpers are switched off' })
  environment(@Param('tenant', TenantPipe) tenant: Tenant, @Query() query: PostmanEnvironmentQueryDto, @Caller() caller: CallerIdentity, @Res({ passthrough: true }) res: Response): PostmanEnvironment {
    if (query.client_id !== undefined && query.client_id !== caller.clientId) {
      throw ApiError.forbidden("client_id must be the calling certificate's own: the environment carries that application's signing key");
    }
    const directory = this.directory.current();
    const tpp = directory.tppApplications.find((a) => a.clientId === caller.clientId && a.organisationId === caller.organisationId);
    const lfi = directory.lfiApplications.find((a) => a.tenantId === tenant.id);
    if (!tpp || !lfi) throw ApiError.notFound(`No trust framework application of this TPP or of the LFI at '${tenant.id}'`);
    res.setHeader('Content-Disposition', `attachment; filename="${tenant.id}.${tpp.clientId}.postman_environment.json"`);
    return postmanEnvironment({
      id: environmentId(tenant.id, tpp.clientId),
      name: `${tenant.name} — ${tpp.name} (UAE Open Finance sandbox)`,
      urls: tenantUrls(this.config, tenant as TenantConfig),
      tpp: { clientId: tpp.clientId, signingKid: tpp.signingKid, signingKeyPem: readFileSync(tpp.signingKeyFile, 'utf8'), redirectUri: tpp.redirectUris[0] },
      lfi: { clientId: lfi.clientId, signingKid: lfi.signingKid, signingKeyPem: readFileSync(lfi.signingKeyFile, 'utf8') },
    });
  }
}
