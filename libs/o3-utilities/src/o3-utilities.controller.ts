import { Tenant, TenantPipe } from '@hub/kernel';
import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { encryptionKeyOf, encryptMessage } from './message-encryption';
import { signMessage } from './message-signature';
import { MessageEncryptionRequestDto, MessageSignatureRequestDto } from './o3-utilities.dto';
import { SandboxJwks } from './sandbox-jwks';

const SANDBOX_ONLY =
  'Sandbox only: a convenience of the sandbox for the official Postman collections, which cannot sign or encrypt by themselves. ' +
  'A real API Hub never handles a participant\'s private key. The key and the message are used for this one answer and are neither stored nor logged. ' +
  'A deployment switches these helpers off with `sandbox.o3Utilities: false` (they then answer 404). No client certificate is needed. ' +
  'The collections send the JSON body with GET; POST takes the same body.';

const SIGNATURE = {
  summary: 'Sign claims as a compact JWS (PS256) with the key sent (sandbox only)',
  description: `Answers the compact JWS as text/plain (the collection reads the response body as the token). ${SANDBOX_ONLY}`,
};
const ENCRYPTION = {
  summary: 'Sign claims (PS256), then encrypt them (RSA-OAEP-256 / A256GCM) to a sandbox JWKS (sandbox only)',
  description: `Answers the compact JWE as text/plain: used for an encrypted login_hint and payment PII. The JWE is encrypted to the use: enc key of jwksUrl, which must be a JWKS of this sandbox's trust framework. ${SANDBOX_ONLY}`,
};
const JWS_ANSWER = { description: 'The compact JWS', schema: { type: 'string', example: 'eyJhbGciOiJQUzI1NiIsImtpZCI6Ii4uLiJ9.eyJpc3MiOiIuLi4ifQ.c2lnbmF0dXJl' } };
const JWE_ANSWER = { description: 'The compact JWE (header alg RSA-OAEP-256, enc A256GCM, kid of the encryption key, cty JWT)', schema: { type: 'string' } };
const REFUSED = { description: 'Body.InvalidFormat (a member missing, the key not an RSA private key of ≥2048 bits, jwksUrl outside the sandbox or without an encryption key) or JWS.InvalidHeader (alg not PS256, no kid)' };

/**
 * The collections' `o3` message helpers on every tenant's resource server. Each handler signs (and
 * encrypts) and forgets: nothing received is kept, and the request log records method and URL only.
 */
@ApiTags('o3 utilities (sandbox only)')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@ApiNotFoundResponse({ description: 'No such tenant, or the helpers are switched off (sandbox.o3Utilities: false)' })
@Controller(':tenant/rs/o3/v1.0')
export class O3UtilitiesController {
  constructor(private readonly jwks: SandboxJwks) {}

  @Get('message-signature')
  @ApiOperation(SIGNATURE)
  @ApiBody({ type: MessageSignatureRequestDto })
  @ApiProduces('text/plain')
  @ApiOkResponse(JWS_ANSWER)
  @ApiBadRequestResponse(REFUSED)
  signWithGet(@Param('tenant', TenantPipe) _tenant: Tenant, @Body() message: MessageSignatureRequestDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    return asText(res, signMessage(message));
  }

  @Post('message-signature')
  @HttpCode(200)
  @ApiOperation(SIGNATURE)
  @ApiBody({ type: MessageSignatureRequestDto })
  @ApiProduces('text/plain')
  @ApiOkResponse(JWS_ANSWER)
  @ApiBadRequestResponse(REFUSED)
  signWithPost(@Param('tenant', TenantPipe) _tenant: Tenant, @Body() message: MessageSignatureRequestDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    return asText(res, signMessage(message));
  }

  @Get('message-encryption')
  @ApiOperation(ENCRYPTION)
  @ApiBody({ type: MessageEncryptionRequestDto })
  @ApiProduces('text/plain')
  @ApiOkResponse(JWE_ANSWER)
  @ApiBadRequestResponse(REFUSED)
  encryptWithGet(@Param('tenant', TenantPipe) _tenant: Tenant, @Body() message: MessageEncryptionRequestDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    return asText(res, this.encrypt(message));
  }

  @Post('message-encryption')
  @HttpCode(200)
  @ApiOperation(ENCRYPTION)
  @ApiBody({ type: MessageEncryptionRequestDto })
  @ApiProduces('text/plain')
  @ApiOkResponse(JWE_ANSWER)
  @ApiBadRequestResponse(REFUSED)
  encryptWithPost(@Param('tenant', TenantPipe) _tenant: Tenant, @Body() message: MessageEncryptionRequestDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    return asText(res, this.encrypt(message));
  }

  private async encrypt(message: MessageEncryptionRequestDto): Promise<string> {
    // The JWKS first: an unusable jwksUrl is refused before anything is signed.
    const key = encryptionKeyOf(this.jwks.keysAt(message.jwksUrl));
    return encryptMessage(await signMessage(message), key);
  }
}

/** text/plain once the token exists: set before, it would also label the JSON of a refusal. */
async function asText(res: Response, token: Promise<string>): Promise<string> {
  const text = await token;
  res.type('text/plain; charset=utf-8');
  return text;
}
