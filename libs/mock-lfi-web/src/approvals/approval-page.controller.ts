import { LFI_PROFILE, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { findAccount, findPsu } from '@hub/mock-lfi-store';
import { HubCallError, LfiHubClient, paymentPartiesOf } from '@hub/mock-lfi-ozone-connect';
import type { ConsentRecord } from '@hub/ozone-connect';
import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { DecisionForm } from '../forms';
import { paymentSummaryOf } from '../journey/consent-review';
import { formatDateTime, maskIban } from '../pages/plain-language';
import { rarOf } from '../pages/rar-consent';
import { renderApproval } from '../pages/render';
import type { ApprovalView } from '../pages/view-models';
import { BrowserSessions, type BrowserSession } from '../session/browser-sessions';
import { chromeOf, send, sendMessage, tenantOr404 } from '../web-responses';
import { AnswerQueue } from './answer-queue';
import { approvalPathOf } from './awaiting-approvals';
import { answerAsAuthorizer, answerRefusalOf, authorizationDeadlineOf, multipleAuthorizersOf, type AnswerRefusal, type Authorization } from './multi-authorization';

/** What each refusal tells the user; a user who is not an authorizer learns nothing about the consent. */
const REFUSALS: Record<AnswerRefusal, { status: number; heading: string; message: (c: ConsentRecord) => string }> = {
  'not-an-authorizer': { status: 404, heading: 'Consent not found', message: () => 'You have no payment to approve with this reference.' },
  'already-answered': { status: 409, heading: 'Already answered', message: () => 'You have already answered this payment request. It now waits for the other users of your business.' },
  'not-awaiting': { status: 409, heading: 'Nothing to approve', message: (c) => `This payment consent is ${c.status}: it no longer waits for approvals.` },
  expired: { status: 410, heading: 'Too late to approve', message: () => 'The time to approve this payment has run out. The app has to ask again.' },
};

/**
 * The page where another user of a business answers a payment consent that its first user
 * approved (multi-authorization): after the dashboard sign-in, the consent in plain words and
 * Approve / Reject. The answer is a Consent Manager PATCH of `consentBody.Meta.MultipleAuthorizers`
 * (and the status Authorized or Rejected when it settles the consent).
 */
@ApiTags('lfi web pages')
@ApiProduces('text/html')
@Controller(':tenant/consents')
export class ApprovalPageController {
  constructor(
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    @InjectDataSource() private readonly db: DataSource,
    private readonly hub: LfiHubClient,
    private readonly sessions: BrowserSessions,
    private readonly queue: AnswerQueue,
  ) {}

  @Get(':consentId/approval')
  @ApiOperation({ summary: 'A payment consent awaiting the signed-in user as a further authorizer of their business' })
  async show(@Param('tenant') tenantId: string, @Param('consentId') consentId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.signedIn(tenantId, req, res);
    if (!found) return;
    const consent = await this.consentOf(found.tenant, consentId);
    const refused = consent ? answerRefusalOf(consent, found.session.dashboard.userId!, new Date()) : 'not-an-authorizer';
    if (!consent || refused) return this.refuse(res, found, consent, refused);
    send(res, 200, renderApproval(await this.viewOf(found.tenant, found.session, consent)));
  }

  @Post(':consentId/approval')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Approve or reject as a further authorizer; 303 back to the dashboard' })
  async answer(@Param('tenant') tenantId: string, @Param('consentId') consentId: string, @Body() form: DecisionForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.signedIn(tenantId, req, res);
    if (!found) return;
    if (!form.csrf || form.csrf !== found.session.csrf) {
      return sendMessage(res, 403, chromeOf(found.tenant, 'Request refused'), 'error', 'This form has expired', 'Open the page again and resubmit.', this.back(found.tenant));
    }
    const decision = form.decision;
    if (decision !== 'approve' && decision !== 'reject') return void res.redirect(303, approvalPathOf(found.tenant, consentId));
    await this.queue.run(`${found.tenant.id}/${consentId}`, async () => {
      const consent = await this.consentOf(found.tenant, consentId);
      if (!consent) return this.refuse(res, found, undefined);
      const answer = answerAsAuthorizer(consent, found.session.dashboard.userId!, decision, new Date());
      if (answer.kind === 'refused') return this.refuse(res, found, consent, answer.reason);
      try {
        await this.hub.patchConsent(found.tenant, consent.id, answer.patch);
      } catch (error) {
        if (!(error instanceof HubCallError) || error.status >= 500) throw error;
        // Expired or revoked at the hub in the meantime.
        return sendMessage(res, 409, chromeOf(found.tenant, 'Nothing to approve', found.session.dashboard.fullName), 'error', 'Nothing to approve', 'This payment consent can no longer be answered: it has expired or was withdrawn.', this.back(found.tenant));
      }
      res.redirect(303, `/${found.tenant.id}/consents?${decision === 'approve' ? 'approved' : 'declined'}=${encodeURIComponent(consent.id)}`);
    });
  }

  private async viewOf(tenant: LfiTenantProfile, session: BrowserSession, consent: ConsentRecord): Promise<ApprovalView> {
    const rar = rarOf(consent);
    const parties = await paymentPartiesOf(consent.request.consent.PersonalIdentifiableInformation, tenant.encryptionKeyFile);
    const account = consent.accountIds?.[0] ? await findAccount(this.db, tenant.id, consent.accountIds[0]) : undefined;
    const tppName = consent.tpp.decodedSsa?.client_name ?? consent.tpp.tppName;
    const deadline = authorizationDeadlineOf(consent);
    const authorizers = await Promise.all(multipleAuthorizersOf(consent)!.Authorizations.map((a) => this.authorizerLine(tenant, session, a)));
    return {
      ...chromeOf(tenant, `Approve a payment for ${tppName}?`, session.dashboard.fullName),
      action: approvalPathOf(tenant, consent.id),
      csrf: session.csrf,
      consentId: String(rar.ConsentId ?? consent.id),
      tpp: { name: tppName, organisation: consent.tpp.tppName },
      ...(account ? { debtorAccount: `${account.nickname} · ${maskIban(account.iban)} · ${account.accountHolderName}` } : {}),
      payment: paymentSummaryOf(rar, parties),
      authorizers,
      ...(deadline ? { deadline: formatDateTime(deadline) } : {}),
      cancelHref: `/${tenant.id}/consents`,
    };
  }

  /** "Layla Haddad: approved on 10 Jan 2027, 12:00", "You: waiting for your answer". */
  private async authorizerLine(tenant: LfiTenantProfile, session: BrowserSession, a: Authorization): Promise<string> {
    const me = a.AuthorizerId === session.dashboard.userId;
    const who = me ? 'You' : ((await findPsu(this.db, tenant.id, a.AuthorizerId))?.fullName ?? 'Another user');
    if (a.AuthorizationStatus === 'Pending') return `${who}: waiting for ${me ? 'your' : 'their'} answer`;
    const when = a.AuthorizationDate ? ` on ${formatDateTime(a.AuthorizationDate)}` : '';
    return `${who}: ${a.AuthorizationStatus === 'Approved' ? 'approved' : 'rejected'}${when}`;
  }

  private refuse(res: Response, found: { tenant: LfiTenantProfile; session: BrowserSession }, consent: ConsentRecord | undefined, reason: AnswerRefusal = 'not-an-authorizer'): void {
    const { status, heading, message } = REFUSALS[consent ? reason : 'not-an-authorizer'];
    sendMessage(res, status, chromeOf(found.tenant, heading, found.session.dashboard.fullName), status === 404 ? 'error' : 'info', heading, message(consent!), this.back(found.tenant));
  }

  /** The consent, or undefined when the hub knows none (or it is another tenant's). */
  private consentOf(tenant: LfiTenantProfile, consentId: string): Promise<ConsentRecord | undefined> {
    return this.hub.consent(tenant, consentId).catch((error: unknown) => {
      if (error instanceof HubCallError && error.status < 500) return undefined;
      throw error;
    });
  }

  /** The dashboard's signed-in user; anyone else goes to the dashboard's sign-in first. */
  private signedIn(tenantId: string, req: Request, res: Response): { tenant: LfiTenantProfile; session: BrowserSession } | undefined {
    const tenant = tenantOr404(this.profile, tenantId, res);
    if (!tenant) return undefined;
    const session = this.sessions.find(req, tenant.id);
    if (!session || session.dashboard.step !== 'done') return void res.redirect(303, `/${tenant.id}/consents`);
    return { tenant, session };
  }

  private back(tenant: LfiTenantProfile) {
    return { href: `/${tenant.id}/consents`, label: 'Back to your consents' };
  }
}
