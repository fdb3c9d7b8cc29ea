import { findRootDir, loadConfig } from '@hub/kernel';
import type { Request, Response } from 'express';
import { consentManagerReleaseAlias } from '@hub/consent-manager';
import { hubErrorFormat } from './error-format';
import { tenantHostRouting } from './tenant-host-routing';

function route(host: string, url: string): string {
  const config = { ...loadConfig({}, findRootDir()), tenantRouting: 'host' as const };
  const req = { headers: { host }, url } as Request;
  tenantHostRouting(config)(req, {} as Response, () => undefined);
  return req.url;
}

describe('hub routing', () => {
  it('maps a tenant host name onto the tenant path prefix', () => {
    expect(route('falcon-bank.localhost:8443', '/as/.well-known/openid-configuration')).toBe('/falcon-bank/as/.well-known/openid-configuration');
  });

  it('leaves path-routed, unknown-tenant and plain hosts alone', () => {
    expect(route('falcon-bank.localhost:8443', '/falcon-bank/cm/hello-mtls')).toBe('/falcon-bank/cm/hello-mtls');
    expect(route('evil-bank.localhost:8443', '/as/x')).toBe('/as/x');
    expect(route('localhost:8443', '/health/ready')).toBe('/health/ready');
  });

  it('answers the Consent Manager in the Ozone format, the AS and Headless Heimdall in OAuth and the rest in the standard format', () => {
    const format = (path: string) => hubErrorFormat({ path } as Request);
    expect(format('/falcon-bank/cm/consents')).toBe('ozone');
    expect(format('/falcon-bank/hh/auth')).toBe('oauth');
    expect(format('/falcon-bank/as/token')).toBe('oauth');
    expect(format('/falcon-bank/rs/tpp-registration')).toBe('standard');
  });

  it('serves the Consent Manager under an Ozone release tag too', () => {
    const alias = (url: string) => {
      const req = { url } as Request;
      consentManagerReleaseAlias(req, {} as Response, () => undefined);
      return req.url;
    };
    expect(alias('/falcon-bank/cm/v2025.32/consents/c1?x=1')).toBe('/falcon-bank/cm/consents/c1?x=1');
    expect(alias('/falcon-bank/cm/consents/v2025.32')).toBe('/falcon-bank/cm/consents/v2025.32');
    expect(alias('/falcon-bank/rs/v2025.32/accounts')).toBe('/falcon-bank/rs/v2025.32/accounts');
  });
});
