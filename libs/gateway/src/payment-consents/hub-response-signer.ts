import { InjectConfig, SandboxConfig, TenantConfig, tenantUrls } from '@hub/kernel';
import { TrustDirectory } from '@hub/trust-framework';
import { Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { importPKCS8, SignJWT } from 'jose';

/** The UAE profile signs with PS256 only. */
const ALGORITHM = 'PS256';
/** Long enough for a TPP to verify on a slow link, short enough not to be replayable for long. */
const LIFETIME_SECONDS = 300;

type SigningKey = Awaited<ReturnType<typeof importPKCS8>>;

/**
 * Signs the bodies of the hub's `application/jwt` operations as the Jwt envelope
 * `{iss, exp, nbf, aud, iat, message}`, with the tenant's hub signing key from the trust
 * directory, so the TPP can check them against the hub's JWKS of that LFI.
 */
@Injectable()
export class HubResponseSigner {
  /** Keys are read once per tenant: the directory's files do not change while the hub runs. */
  private readonly keys = new Map<string, Promise<{ key: SigningKey; kid: string }>>();

  constructor(
    private readonly directory: TrustDirectory,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  /**
   * `audience` is the TPP's client id; it is left out only when the caller is not known.
   * `singleAudience`: `aud` as one string, for documents that type it so (Confirmation of Payee).
   */
  async sign(tenantId: string, message: unknown, audience?: string, o: { singleAudience?: boolean } = {}): Promise<string> {
    const tenant = this.config.tenants.find((t) => t.id === tenantId);
    if (!tenant) throw new Error(`no tenant ${tenantId}`);
    const { key, kid } = await this.keyOf(tenantId);
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ message: message as Record<string, unknown> })
      .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
      .setIssuer(tenantUrls(this.config, tenant as TenantConfig).issuer)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + LIFETIME_SECONDS);
    // AEJwt types aud as an array of strings.
    if (audience) jwt.setAudience(o.singleAudience ? audience : [audience]);
    return jwt.sign(key);
  }

  private keyOf(tenantId: string): Promise<{ key: SigningKey; kid: string }> {
    let entry = this.keys.get(tenantId);
    if (!entry) {
      entry = this.load(tenantId);
      // A failed load (e.g. directory not yet written) is retried on the next call.
      entry.catch(() => this.keys.delete(tenantId));
      this.keys.set(tenantId, entry);
    }
    return entry;
  }

  private async load(tenantId: string): Promise<{ key: SigningKey; kid: string }> {
    const app = this.directory.current().hubApplications.find((a) => a.tenantId === tenantId);
    if (!app) throw new Error(`the trust directory has no hub application for tenant ${tenantId}`);
    return { key: await importPKCS8(await readFile(app.signingKeyFile, 'utf8'), ALGORITHM), kid: app.signingKid };
  }
}
