import type { SandboxConfig } from '@hub/kernel';
import type { TrustDirectory } from '@hub/trust-framework';
import { importPKCS8, type JWK } from 'jose';
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent } from 'undici';
import type { HubSigner } from '../message/seal-webhook';

/**
 * What sealing and sending a tenant's webhooks takes: the hub's signing key and client
 * certificate of that tenant (the ones its JWKS and Ozone Connect calls use), the receiver's
 * trust (the sandbox CA, plus the system CAs when configured), and each TPP's encryption key
 * from its keystore JWKS. Kept per tenant: keys are read once, connections kept alive.
 */
export class WebhookCredentials {
  private readonly signers = new Map<string, Promise<HubSigner>>();
  private readonly agents = new Map<string, Agent>();

  constructor(
    private readonly directory: TrustDirectory,
    private readonly config: SandboxConfig,
  ) {}

  signer(tenantId: string): Promise<HubSigner> {
    let signer = this.signers.get(tenantId);
    if (!signer) {
      const app = this.hubApplication(tenantId);
      signer = importPKCS8(readFileSync(app.signingKeyFile, 'utf8'), 'PS256').then((key) => ({ key, kid: app.signingKid, clientId: app.clientId }));
      this.signers.set(tenantId, signer);
    }
    return signer;
  }

  agent(tenantId: string): Agent {
    let agent = this.agents.get(tenantId);
    if (!agent) {
      const app = this.hubApplication(tenantId);
      const sandboxCa = readFileSync(this.directory.current().caBundleFile, 'utf8');
      agent = new Agent({
        connect: {
          ca: this.config.webhooks.trustSystemCas ? [...rootCertificates, sandboxCa] : sandboxCa,
          cert: readFileSync(app.transportCertFile),
          key: readFileSync(app.transportKeyFile),
          rejectUnauthorized: true,
        },
        keepAliveTimeout: 10_000,
      });
      this.agents.set(tenantId, agent);
    }
    return agent;
  }

  /** The TPP's current encryption key (`use: enc`) from its keystore JWKS; undefined if it has none. */
  tppEncryptionKey(clientId: string): JWK | undefined {
    const app = this.directory.current().tppApplications.find((a) => a.clientId === clientId);
    if (!app) return undefined;
    const jwks = this.directory.applicationJwks(app.organisationId, app.softwareStatementId);
    return (jwks?.keys as JWK[] | undefined)?.find((k) => k.use === 'enc' && k.kty === 'RSA');
  }

  async close(): Promise<void> {
    await Promise.all([...this.agents.values()].map((a) => a.close()));
    this.agents.clear();
  }

  private hubApplication(tenantId: string) {
    const app = this.directory.current().hubApplications.find((a) => a.tenantId === tenantId);
    if (!app) throw new Error(`the trust framework has no hub application for tenant ${tenantId}`);
    return app;
  }
}
