import type { LfiProfile, LfiTenantProfile } from '@hub/mock-lfi-data';
import type { Response } from 'express';
import { renderMessage } from './pages/render';
import type { MessageView, PageChrome } from './pages/view-models';

/** The header every page of a tenant shares. */
export function chromeOf(tenant: LfiTenantProfile, title: string, signedInAs?: string): PageChrome {
  return { tenantId: tenant.id, bankName: tenant.name, sector: tenant.sector, title, dashboardHref: `/${tenant.id}/consents`, ...(signedInAs ? { signedInAs } : {}) };
}

/** An HTML page that no cache or other frame may keep. */
export function send(res: Response, status: number, html: string): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self' https: http://localhost:* http://127.0.0.1:*; frame-ancestors 'none'; base-uri 'none'",
      'Referrer-Policy': 'no-referrer',
    })
    .send(html);
}

export function sendMessage(res: Response, status: number, chrome: PageChrome, tone: MessageView['tone'], heading: string, message: string, link?: MessageView['link']): void {
  send(res, status, renderMessage({ ...chrome, tone, heading, message, ...(link ? { link } : {}) }));
}

/** The tenant the path names, or a 404 page (and undefined) when the mock LFI serves no such bank. */
export function tenantOr404(profile: LfiProfile, tenantId: string, res: Response): LfiTenantProfile | undefined {
  const tenant = profile.tenants.find((t) => t.id === tenantId);
  if (!tenant) sendMessage(res, 404, { tenantId, bankName: 'Sandbox LFI', sector: 'banking', title: 'Unknown bank', dashboardHref: '/' }, 'error', 'Unknown bank', `No bank '${tenantId}' is served here.`);
  return tenant;
}
