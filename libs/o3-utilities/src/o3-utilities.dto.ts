import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNotEmpty, IsObject, IsString } from 'class-validator';

/** `{header, body, signingKeyPEM}`, as the official Postman collections send it (with GET or POST). */
export class MessageSignatureRequestDto {
  @ApiProperty({
    description: 'The JWS protected header: `alg` PS256 (the only one accepted) and the `kid` of the signing key; other members (typ, cty…) are signed as given.',
    type: 'object',
    additionalProperties: true,
    example: { alg: 'PS256', kid: 'your-signing-kid' },
  })
  @IsDefined()
  @IsObject()
  header: Record<string, unknown>;

  @ApiProperty({
    description: 'The claims (the JWS payload), signed as given.',
    type: 'object',
    additionalProperties: true,
    example: { iss: 'your-client-id', sub: 'your-client-id', aud: 'https://localhost:8443/falcon-bank/as', jti: '6f1c…', iat: 1767225600, exp: 1767225900 },
  })
  @IsDefined()
  @IsObject()
  body: Record<string, unknown>;

  @ApiProperty({
    description: 'Your RSA private key (PEM, PKCS#8 or PKCS#1, at least 2048 bits); `\\n` escapes are accepted. Used for this one signature: never stored or logged.',
    example: '-----BEGIN PRIVATE KEY-----\\nMIIEv…\\n-----END PRIVATE KEY-----',
  })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  signingKeyPEM: string;
}

/** The signature request plus the JWKS whose encryption key the signed message is encrypted to. */
export class MessageEncryptionRequestDto extends MessageSignatureRequestDto {
  @ApiProperty({
    description:
      "A JWKS of this sandbox's trust framework (e.g. an LFI's `lfiJwksUrl` from the manifest): `{hub}/trust-framework/keystore/{organisationId}/{softwareStatementId}/application.jwks`. Read locally; the sandbox fetches no other URL.",
    example: 'https://localhost:8443/trust-framework/keystore/{organisationId}/{softwareStatementId}/application.jwks',
  })
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  jwksUrl: string;
}
