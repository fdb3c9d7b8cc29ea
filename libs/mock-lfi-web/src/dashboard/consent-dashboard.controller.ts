import { LFI_PROFILE, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { CsrfForm, DashboardSignInForm } from '../forms';
import { HubCallError, LfiHubClient } from '@hub/mock-lfi-ozone-connect';
import { renderDashboard, renderRevokeConfirm } from '../pages/render';
import { BrowserSessions, type BrowserSession } from '../session/browser-sessions';
import { sendSignInStep, signInWithOtp, signInWithPassword, type SignInPlace } from '../session/sign-in-flow';
import { chromeOf, send, sendMessage, tenantOr404 } from '../web-responses';
import { awaitingApprovalsOf } from '../approvals/awaiting-approvals';
import { dashboardConsentOf } from './dashboard-consents';

/**
 * The consent dashboard a bank offers its customers: after the same two-step sign-in, every
 * consent of the user (Consent Manager `GET /psu/{userId}/consents`) and a revoke with a
 * confirmation step (`POST /consents/{id}/action/revoke`, revokedBy LFI.InitiatedByUser).
 */
@ApiTags('lfi web pages')
@ApiProduces('text/html')
@Controller(':tenant/consents')
export class ConsentDashboardController {
  constructor(
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    @InjectDataSource() private readonly db: DataSource,
    private readonly hub: LfiHubClient,
    private readonly sessions: BrowserSessions,
  ) {}

  @Get()
  @ApiOperation({ summary: "The signed-in user's consents (Consent Manager GET /psu/{userId}/consents), or the sign-in page" })
  async show(@Param('tenant') tenantId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const tenant = tenantOr404(this.profile, tenantId, res);
    if (!tenant) return;
    const session = this.sessions.of(req, res, tenant.id);
    const signIn = session.dashboard;
    if (await sendSignInStep(res, this.signInPlace(tenant, session))) return;
    const notice = noticeOf(req.query);
    const [{ data }, awaiting] = await Promise.all([this.hub.consentsOfPsu(tenant, signIn.userId!), awaitingApprovalsOf(this.hub, { db: this.db, seed: this.profile.seed, tenant }, signIn.userId!, new Date())]);
    const consents = await Promise.all(data.map((c) => dashboardConsentOf(this.db, tenant.id, c)));
    send(res, 200, renderDashboard({ ...chromeOf(tenant, 'Your consents', signIn.fullName), awaiting, consents, signOut: { action: `/${tenant.id}/consents/sign-out`, csrf: session.csrf }, ...(notice ? { notice } : {}) }));
  }

  @Post('login')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Dashboard sign-in: username and password' })
  async login(@Param('tenant') tenantId: string, @Body() form: DashboardSignInForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.postable(tenantId, form, req, res);
    if (!found) return;
    await signInWithPassword(this.db, res, this.signInPlace(found.tenant, found.session), form);
  }

  @Post('otp')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Dashboard sign-in: the one-time code' })
  async otp(@Param('tenant') tenantId: string, @Body() form: DashboardSignInForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.postable(tenantId, form, req, res);
    if (!found) return;
    await signInWithOtp(this.db, res, this.signInPlace(found.tenant, found.session), form);
  }

  @Post('sign-out')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Sign out of the dashboard' })
  signOut(@Param('tenant') tenantId: string, @Body() form: CsrfForm, @Req() req: Request, @Res() res: Response): void {
    const found = this.postable(tenantId, form, req, res);
    if (!found) return;
    this.sessions.signOut(found.session);
    res.redirect(303, `/${found.tenant.id}/consents`);
  }

  @Get(':consentId/revoke')
  @ApiOperation({ summary: 'Confirmation page before withdrawing a consent' })
  async confirmRevoke(@Param('tenant') tenantId: string, @Param('consentId') consentId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.ownConsent(tenantId, consentId, req, res);
    if (!found) return;
    const { tenant, session, view } = found;
    if (!view.revokeHref) return sendMessage(res, 409, chromeOf(tenant, 'Nothing to withdraw'), 'info', 'Nothing to withdraw', `This consent is ${view.status}: it can no longer be used.`, { href: `/${tenant.id}/consents`, label: 'Back to your consents' });
    send(res, 200, renderRevokeConfirm({ ...chromeOf(tenant, `Withdraw access of ${view.tppName}?`, session.dashboard.fullName), consent: view, action: view.revokeHref, csrf: session.csrf, cancelHref: `/${tenant.id}/consents` }));
  }

  @Post(':consentId/revoke')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Withdraw the consent (revokedBy LFI.InitiatedByUser); 303 back to the dashboard' })
  async revoke(@Param('tenant') tenantId: string, @Param('consentId') consentId: string, @Body() form: CsrfForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.postable(tenantId, form, req, res)) return;
    const found = await this.ownConsent(tenantId, consentId, req, res);
    if (!found) return;
    const { tenant, session, view } = found;
    // Already withdrawn (a double submit or a second tab): the outcome the user wanted holds.
    if (view.revokeHref) {
      try {
        await this.hub.revokeForUser(tenant, consentId, session.dashboard.userId!);
      } catch (error) {
        if (!(error instanceof HubCallError) || error.status >= 500) throw error;
      }
    }
    res.redirect(303, `/${tenant.id}/consents?revoked=${encodeURIComponent(consentId)}`);
  }

  /** A consent of the signed-in user; anyone else's looks like an unknown one. */
  private async ownConsent(tenantId: string, consentId: string, req: Request, res: Response) {
    const tenant = tenantOr404(this.profile, tenantId, res);
    if (!tenant) return undefined;
    const session = this.sessions.find(req, tenant.id);
    if (!session || session.dashboard.step !== 'done') return void res.redirect(303, `/${tenant.id}/consents`);
    const consent = await this.hub.consent(tenant, consentId).catch((error: unknown) => {
      if (error instanceof HubCallError && error.status < 500) return undefined;
      throw error;
    });
    if (!consent || consent.psuIdentifiers?.userId !== session.dashboard.userId) {
      sendMessage(res, 404, chromeOf(tenant, 'Consent not found', session.dashboard.fullName), 'error', 'Consent not found', 'You have no consent with this reference.', { href: `/${tenant.id}/consents`, label: 'Back to your consents' });
      return undefined;
    }
    return { tenant, session, view: await dashboardConsentOf(this.db, tenant.id, consent) };
  }

  private postable(tenantId: string, form: CsrfForm & { csrf?: string }, req: Request, res: Response): { tenant: LfiTenantProfile; session: BrowserSession } | undefined {
    const tenant = tenantOr404(this.profile, tenantId, res);
    if (!tenant) return undefined;
    const session = this.sessions.find(req, tenant.id);
    if (!session || !form.csrf || form.csrf !== session.csrf) {
      sendMessage(res, 403, chromeOf(tenant, 'Request refused'), 'error', 'This form has expired', 'Open the page again and resubmit.', { href: `/${tenant.id}/consents`, label: 'Your consents' });
      return undefined;
    }
    return { tenant, session };
  }

  private signInPlace(tenant: LfiTenantProfile, session: BrowserSession): SignInPlace {
    return { tenant, signIn: session.dashboard, csrf: session.csrf, path: `/${tenant.id}/consents`, purpose: 'dashboard' };
  }
}

/** The outcome a redirect back to the dashboard reports (post/redirect/get). */
function noticeOf(query: Request['query']): string | undefined {
  if (typeof query.revoked === 'string') return 'Access withdrawn. The app can no longer use this consent.';
  if (typeof query.approved === 'string') return 'Payment approved. Once every user who must approve has approved, the app can make it.';
  if (typeof query.declined === 'string') return 'Payment rejected. The app cannot make it.';
  return undefined;
}
