import { HealthCheck, httpsGetJson, mtlsClientOptions } from '@hub/kernel';
import type { LfiProfile } from '@hub/mock-lfi-data';

/** Each tenant's hub Headless Heimdall `/hello-mtls`, called with that LFI's client certificate. */
export function hubReachabilityChecks(profile: LfiProfile): HealthCheck[] {
  return profile.tenants.map((t) => ({
    name: `hub:${t.id}`,
    critical: false,
    async check() {
      const url = `${t.headlessHeimdallUrl}/hello-mtls`;
      const tls = mtlsClientOptions({ certFile: t.transportCertFile, keyFile: t.transportKeyFile, caFile: profile.caFile });
      const res = await httpsGetJson(url, tls);
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      return { url, mtlsStatus: (res.body as { mtlsStatus?: string }).mtlsStatus };
    },
  }));
}
