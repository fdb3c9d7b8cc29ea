import { hubBaseUrl, InjectConfig, keystoreUrl, SandboxConfig, tenantUrls } from '@hub/kernel';
import { TrustDirectory } from '@hub/trust-framework';
import { Injectable } from '@nestjs/common';
import type { JWK } from 'jose';
import { O3_REFUSALS } from './o3-refusals';

const KEYSTORE_PATH = /^\/trust-framework\/keystore\/([^/]+)\/([^/]+)\/application\.jwks$/;

/**
 * The JWKS a `jwksUrl` names, read from the local trust framework: the sandbox never fetches a
 * URL it is sent (no request to an arbitrary host on a caller's behalf). Accepted: the keystore
 * URLs of the trust framework's applications (`{hub}/trust-framework/keystore/{org}/{ss}/application.jwks`),
 * the same the manifest lists as `lfiJwksUrl`, `hubJwksUrl` and `tpps[].jwksUrl`.
 */
@Injectable()
export class SandboxJwks {
  constructor(
    private readonly directory: TrustDirectory,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  keysAt(jwksUrl: string): { keys: JWK[] } {
    const url = httpsUrl(jwksUrl);
    const at = `${url.origin}${url.pathname}`;
    const tenant = this.config.tenants.find((t) => at === `${tenantUrls(this.config, t).issuer}/jwks`);
    if (tenant) throw O3_REFUSALS.noEncryptionKey(`: it is the authorization server's signing JWKS; encrypt to the LFI's keystore, ${this.lfiKeystoreOf(tenant.id)}`);
    const match = url.origin === new URL(hubBaseUrl(this.config)).origin ? KEYSTORE_PATH.exec(url.pathname) : null;
    if (!match) throw O3_REFUSALS.outsideSandbox(keystoreUrl(this.config, '{organisationId}', '{softwareStatementId}'));
    const jwks = this.directory.applicationJwks(decodeURIComponent(match[1]), decodeURIComponent(match[2]));
    if (!jwks) throw O3_REFUSALS.unknownApplication();
    return jwks as { keys: JWK[] };
  }

  private lfiKeystoreOf(tenantId: string): string {
    const lfi = this.directory.current().lfiApplications.find((a) => a.tenantId === tenantId);
    return lfi ? keystoreUrl(this.config, lfi.organisationId, lfi.softwareStatementId) : 'the lfiJwksUrl of the manifest';
  }
}

function httpsUrl(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return url;
  } catch {
    // refused below, without echoing what was sent
  }
  throw O3_REFUSALS.notAUrl();
}
