import { ConsentRevocationHooks, ConsentService, ConsentStatus, tokenAuthorizationDetails } from '@hub/consent';
import { Clock, keystoreUrl, SANDBOX_CONFIG, SandboxConfig, TenantConfig, tenantUrls } from '@hub/kernel';
import { consentResourceNow } from '@hub/payments';
import { inTurn } from '@hub/persistence';
import { TrustDirectory } from '@hub/trust-framework';
import type { FactoryProvider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type Provider from 'oidc-provider';
import type { DataSource } from 'typeorm';
import { typeOrmAdapterFactory } from '../oidc-adapter/index-internal';
import { TppRegistrationService } from '../tpp-registration/tpp-registration.service';
import { rarTypesOfSector } from './client-policy';
import { consentGrantDetail } from './consent-grant';
import { discoveryOverrides } from './discovery-overrides';
import { explainClientAuthFailures } from './explain-client-auth-failures';
import { fapiInteractionId } from './interaction-id.middleware';
import { parCreatesConsent } from './par-creates-consent';
import { rarConsentTypes } from './rar-consent-types';
import { refreshResponseWithoutRefreshToken } from './refresh-response.middleware';
import { signingJwk } from './tenant-signing-keys';
import { createTenantProvider } from './tenant-provider';
import { trustFrameworkClientAdapter } from './trust-framework-client-adapter';

/** Adapter model under which the hub remembers which grant stands for which consent. */
export const CONSENT_GRANT_MODEL = 'ConsentGrant';

/** The OpenID Provider of every tenant, built once at start. */
export class AuthorizationServers {
  constructor(private readonly providers: Map<string, Provider>) {}

  forTenant(tenantId: string): Provider {
    const provider = this.providers.get(tenantId);
    if (!provider) throw new Error(`no authorization server for tenant ${tenantId}`);
    return provider;
  }

  tenants(): string[] {
    return [...this.providers.keys()];
  }
}

function consentIdOf(rar: unknown): string | undefined {
  return consentGrantDetail(rar)?.consentId ?? (rar as { consent?: { Data?: { ConsentId?: string } } }[] | undefined)?.[0]?.consent?.Data?.ConsentId;
}

interface Deps {
  config: SandboxConfig;
  directory: TrustDirectory;
  consents: ConsentService;
  registrations: TppRegistrationService;
  ds: DataSource;
  clock: Clock;
}

async function buildTenant(d: Deps, tenant: TenantConfig): Promise<Provider> {
  const urls = tenantUrls(d.config, tenant);
  const hubApp = d.directory.current().hubApplications.find((a) => a.tenantId === tenant.id);
  if (!hubApp) throw new Error(`no hub signing key for tenant ${tenant.id}`);
  const models = typeOrmAdapterFactory(d.ds, tenant.id, () => d.clock.now());
  const provider = createTenantProvider({
    config: d.config,
    tenant,
    issuer: urls.issuer,
    resourceServerUrl: urls.resourceServerUrl,
    signingKey: await signingJwk(hubApp.signingKeyFile, hubApp.signingKid),
    directory: d.directory,
    adapter: (model) => (model === 'Client' ? trustFrameworkClientAdapter(d.config, tenant, d.directory, d.registrations) : models(model)),
    rarTypes: rarConsentTypes(tenant.id, rarTypesOfSector(tenant), d.consents, () => d.clock.now()),
    authorizationDetailsForToken: async (_ctx: KoaContextWithOIDC, rar: unknown) => {
      const consentId = consentIdOf(rar);
      if (!consentId) return undefined;
      const record = await d.consents.get(tenant.id, consentId);
      // A refreshed token of a payment consent shows what its payments have consumed so far.
      const resource = await consentResourceNow(tenant.id, record, (work) => inTurn(d.ds, () => work(d.ds.manager)), { resourceServerUrl: urls.resourceServerUrl, at: d.clock.now() });
      const details = tokenAuthorizationDetails(record, resource);
      // oidc-provider types an authorization detail as an open JSON object; a plain copy of ours is one.
      return details.map((detail) => ({ ...detail }));
    },
  });
  explainClientAuthFailures(provider);
  provider.use(fapiInteractionId);
  provider.use(refreshResponseWithoutRefreshToken);
  provider.use(discoveryOverrides({ authorizationEndpoint: urls.authorizationEndpoint, registrationEndpoint: `${urls.resourceServerUrl}/tpp-registration`, authorizationDetailsTypes: rarTypesOfSector(tenant) }));
  provider.use(parCreatesConsent({ tenantId: tenant.id, consents: d.consents, directory: d.directory, jwksUriOf: (org, ss) => keystoreUrl(d.config, org, ss) }));
  return provider;
}

/**
 * A consent that reaches a final status takes every token issued under it along, except a
 * Consumed payment consent's: the gateway refuses every call under it (the consent read rule)
 * but one, the retry of the payment that used it up, which must still find its token valid.
 */
function registerTokenRevocation(hooks: ConsentRevocationHooks, servers: AuthorizationServers, d: Deps): void {
  hooks.register(async (tenantId, consentId, status) => {
    if (status === ConsentStatus.Consumed) return;
    const models = typeOrmAdapterFactory(d.ds, tenantId, () => d.clock.now());
    const link = (await models(CONSENT_GRANT_MODEL).find(consentId)) as { grantId?: string } | undefined;
    if (!link?.grantId) return;
    await models('Grant').revokeByGrantId(link.grantId);
    await servers.forTenant(tenantId).Grant.adapter.destroy(link.grantId);
  });
}

export const authorizationServersProvider: FactoryProvider<Promise<AuthorizationServers>> = {
  provide: AuthorizationServers,
  inject: [SANDBOX_CONFIG, TrustDirectory, ConsentService, ConsentRevocationHooks, TppRegistrationService, getDataSourceToken(), Clock],
  useFactory: async (config: SandboxConfig, directory: TrustDirectory, consents: ConsentService, hooks: ConsentRevocationHooks, registrations: TppRegistrationService, ds: DataSource, clock: Clock) => {
    const d: Deps = { config, directory, consents, registrations, ds, clock };
    const providers = new Map<string, Provider>();
    for (const tenant of config.tenants) providers.set(tenant.id, await buildTenant(d, tenant));
    const servers = new AuthorizationServers(providers);
    registerTokenRevocation(hooks, servers, d);
    return servers;
  },
};
