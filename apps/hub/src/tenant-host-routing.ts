import type { SandboxConfig } from '@hub/kernel';
import type { NextFunction, Request, Response } from 'express';

/**
 * With TENANT_ROUTING=host, `https://falcon-bank.localhost:8443/as/…` is served as
 * `/falcon-bank/as/…`, like the real hub's one host set per LFI. Path routing keeps working too.
 */
export function tenantHostRouting(config: SandboxConfig) {
  const tenants = new Set(config.tenants.map((t) => t.id));
  const suffix = `.${config.publicHost}`;
  return (req: Request, _res: Response, next: NextFunction) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const label = host.endsWith(suffix) ? host.slice(0, -suffix.length) : '';
    if (tenants.has(label) && !req.url.startsWith(`/${label}/`)) req.url = `/${label}${req.url}`;
    next();
  };
}
