import type { LfiProfile } from '@hub/mock-lfi-data';
import { Controller, Get, Header, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LFI_PROFILE } from './lfi-profile';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * The LFI's own authorization endpoint, published as `authorization_endpoint` in the tenant's
 * discovery. A TPP sends the user here with `client_id` and the `request_uri` of its pushed
 * authorization request; the login, SCA and consent pages are built by the LFI web journey issue.
 */
@ApiTags('lfi authorization page')
@Controller(':tenant/authorize')
export class AuthorizePageController {
  constructor(@Inject(LFI_PROFILE) private readonly profile: LfiProfile) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The LFI authorization page a TPP redirects the user to' })
  @ApiParam({ name: 'tenant' })
  @ApiQuery({ name: 'client_id', required: false })
  @ApiQuery({ name: 'request_uri', required: false })
  show(@Param('tenant') tenantId: string, @Query('client_id') clientId: string | undefined, @Query('request_uri') requestUri: string | undefined, @Res() res: Response): void {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (!tenant) {
      res.status(404).send(page('Unknown bank', `<p>No LFI '${escapeHtml(tenantId)}' is served here.</p>`));
      return;
    }
    if (!clientId || !requestUri) {
      res.status(400).send(page(`${tenant.name}: sign in`, '<p>This page is opened by a TPP with <code>client_id</code> and <code>request_uri</code> from a pushed authorization request. One of them is missing.</p>'));
      return;
    }
    res.status(503).send(page(`${tenant.name}: sign in`, '<p>The sign-in and consent journey of this sandbox LFI is not available in this version.</p>'));
  }
}
