import { findRootDir, loadConfig } from '../config/load-config';
import { databaseFor, keystoreUrl, tenantUrls } from './topology';

describe('topology', () => {
  const config = loadConfig({}, findRootDir());
  const falcon = config.tenants[0];

  it('derives every tenant URL from one base, path-routed by default', () => {
    expect(tenantUrls(config, falcon)).toEqual({
      base: 'https://localhost:8443/falcon-bank',
      issuer: 'https://localhost:8443/falcon-bank/as',
      discoveryUrl: 'https://localhost:8443/falcon-bank/as/.well-known/openid-configuration',
      resourceServerUrl: 'https://localhost:8443/falcon-bank/rs',
      headlessHeimdallUrl: 'https://localhost:8443/falcon-bank/hh',
      consentManagerUrl: 'https://localhost:8443/falcon-bank/cm',
      authorizationEndpoint: 'https://localhost:9443/falcon-bank/authorize',
      ozoneConnectUrl: 'https://localhost:9443/falcon-bank/ozone-connect',
    });
  });

  it('uses one host per tenant with host routing, and the LFI’s own URLs when configured', () => {
    const hosted = { ...config, tenantRouting: 'host' as const };
    const own = { ...falcon, ozoneConnectUrl: 'https://oc.bank.example', authorizationEndpoint: 'https://bank.example/authorize' };
    const urls = tenantUrls(hosted, own);
    expect(urls.issuer).toBe('https://falcon-bank.localhost:8443/as');
    expect(urls.ozoneConnectUrl).toBe('https://oc.bank.example');
    expect(urls.authorizationEndpoint).toBe('https://bank.example/authorize');
  });

  it('publishes Headless Heimdall /auth as a headless tenant’s authorization_endpoint, on both routings', () => {
    const modelBank = config.tenants.find((t) => t.id === 'model-bank')!;
    expect(tenantUrls(config, modelBank).authorizationEndpoint).toBe('https://localhost:8443/model-bank/hh/auth');
    expect(tenantUrls({ ...config, tenantRouting: 'host' }, modelBank).authorizationEndpoint).toBe('https://model-bank.localhost:8443/hh/auth');
    expect(tenantUrls(config, { ...modelBank, headless: false }).authorizationEndpoint).toBe('https://localhost:9443/model-bank/authorize');
  });

  it('follows the trust framework keystore path shape', () => {
    expect(keystoreUrl(config, 'org', 'ss')).toBe('https://localhost:8443/trust-framework/keystore/org/ss/application.jwks');
  });

  it('gives each app its own SQLite file or PostgreSQL schema', () => {
    expect(databaseFor(config, 'mock_lfi')).toEqual({ url: undefined, sqliteFile: `${config.dataDir}/mock-lfi.sqlite`, schema: 'mock_lfi' });
    const pg = { ...config, database: { url: 'postgres://h/db', schemaPrefix: 'ci_' } };
    expect(databaseFor(pg, 'hub').schema).toBe('ci_hub');
  });
});
