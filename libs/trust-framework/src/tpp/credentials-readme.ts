import { TppApplication } from '../directory/directory.types';

/** The one page a TPP developer reads before configuring a client; rewritten on every run, so the CA bundle path follows the folder. */
export function credentialsReadme(app: TppApplication, caBundleFile: string): string {
  return `# ${app.name} (${app.organisationName})

Credentials issued by the sandbox trust framework. Private keys (*.key) never leave this machine.

| | |
|---|---|
| Organisation ID | \`${app.organisationId}\` |
| Software statement ID | \`${app.softwareStatementId}\` |
| Client ID | \`${app.clientId}\` |
| Roles | ${app.roles.join(', ')} |
| Redirect URIs | ${app.redirectUris.join(', ')} |

## Files

- \`transport.pem\` / \`transport.key\`: the transport (mTLS client) certificate and its key. Present them on every
  call to the hub; the hub identifies this application from the certificate subject
  (C=AE, O=organisation name, OU=organisation ID, CN=client ID).
- \`signing.key\`: PS256 key for request objects (PAR), \`private_key_jwt\` client assertions and signed request
  bodies. Put its kid \`${app.signingKid}\` in the JWS header.
- \`encryption.key\`: RSA-OAEP-256 key that decrypts the webhooks the hub encrypts to this application
  (kid \`${app.encryptionKid}\`).
- \`webhook-server.pem\` / \`webhook-server.key\`: TLS server certificate for an HTTPS webhook receiver on
  localhost; the hub trusts it because it is issued by the sandbox CA.
- \`application.jwks\`: the public signing and encryption keys. The hub serves the same JWKS at
  \`/trust-framework/keystore/${app.organisationId}/${app.softwareStatementId}/application.jwks\`.
- CA bundle (trust it to call the hub and to verify its certificates): \`${caBundleFile}\`
`;
}
