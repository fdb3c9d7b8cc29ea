import { LFI_PROFILE, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { DecisionForm, OtpForm, SignInForm } from '../forms';
import { LfiHubClient, paymentPartiesOf } from '@hub/mock-lfi-ozone-connect';
import { renderConsentReview, renderMessage } from '../pages/render';
import { BrowserSessions } from '../session/browser-sessions';
import { sendSignInStep, signInWithOtp, signInWithPassword, type SignInPlace } from '../session/sign-in-flow';
import type { ConsentRecord } from '@hub/ozone-connect';
import { multiAuthorizationOnApproval, storedBusinessOf, type BankContext } from '../approvals/business-authorizers';
import { rarOf } from '../pages/rar-consent';
import { acceptedSelection, consentChoices, consentKindOf } from './consent-choices';
import { reviewContent } from './consent-review';
import { decide, giveUp } from './decide';
import { Journeys, serialise, type Journey, type JourneyOutcome } from './journeys';
import { chromeOf, send, sendMessage, tenantOr404 } from '../web-responses';
import { logoDataUri } from './tpp-logo';

/**
 * The LFI's authorization pages (the tenant's `authorization_endpoint`): the TPP's redirect is
 * checked with Headless Heimdall, then the user signs in (password, then one-time code), reviews
 * the consent, picks accounts or policies and answers. Every POST redirects (post/redirect/get),
 * so a reload never posts twice; the decision itself is taken once per journey.
 */
@ApiTags('lfi web pages')
@ApiProduces('text/html')
@Controller(':tenant/authorize')
export class AuthorizeJourneyController {
  constructor(
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    @InjectDataSource() private readonly db: DataSource,
    private readonly hub: LfiHubClient,
    private readonly sessions: BrowserSessions,
    private readonly journeys: Journeys,
  ) {}

  /** The TPP's redirect lands here with client_id, request_uri and the rest, passed on unchanged. */
  @Get()
  @ApiOperation({ summary: "The tenant's authorization_endpoint: checks the TPP's request with Headless Heimdall, then 303 to the journey (or to the TPP on a redirectable error)" })
  async start(@Param('tenant') tenantId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const tenant = tenantOr404(this.profile, tenantId, res);
    if (!tenant) return;
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    if (!new URLSearchParams(query).get('client_id') || !new URLSearchParams(query).get('request_uri')) {
      return sendMessage(res, 400, chromeOf(tenant, 'Something is missing'), 'error', 'This link is incomplete', 'A sign-in link from an app carries a client_id and a request_uri from its pushed authorization request. One of them is missing. Go back to the app and start again.');
    }
    const started = await this.hub.startAuthorization(tenant, query);
    if (started.kind === 'redirect') return void res.redirect(303, started.location);
    if (started.kind === 'error') {
      return sendMessage(res, 400, chromeOf(tenant, 'This request cannot be answered'), 'error', 'This request cannot be answered', `The bank cannot accept this request from the app (${started.error}: ${started.description}). Go back to the app and start again.`);
    }
    const session = this.sessions.of(req, res, tenant.id);
    const journey = this.journeys.open({ tenantId: tenant.id, sessionId: session.id, interactionId: started.interactionId, consentId: started.consentIds[0], tpp: started.tpp });
    res.redirect(303, this.pathOf(journey));
  }

  /** The journey's current page: sign in, code, review, or its outcome. */
  @Get(':journeyId')
  @ApiOperation({ summary: "The journey's current page: sign-in, one-time code, consent review, or its outcome" })
  async show(@Param('tenant') tenantId: string, @Param('journeyId') journeyId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.journeyOr410(tenantId, journeyId, req, res);
    if (!found) return;
    const { tenant, journey } = found;
    if (journey.outcome) return this.showOutcome(res, tenant, await journey.outcome);
    if (await sendSignInStep(res, this.signInPlace(tenant, journey))) return;
    return this.showReview(res, tenant, journey);
  }

  @Post(':journeyId/login')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Sign in with username and password (3 attempts); 303 to the next step' })
  async login(@Param('tenant') tenantId: string, @Param('journeyId') journeyId: string, @Body() form: SignInForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.postable(tenantId, journeyId, form.csrf, req, res);
    if (!found) return;
    await signInWithPassword(this.db, res, this.signInPlace(found.tenant, found.journey), form);
  }

  @Post(':journeyId/otp')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'The one-time code (SCA, 3 attempts); 303 to the consent review' })
  async otp(@Param('tenant') tenantId: string, @Param('journeyId') journeyId: string, @Body() form: OtpForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.postable(tenantId, journeyId, form.csrf, req, res);
    if (!found) return;
    await signInWithOtp(this.db, res, this.signInPlace(found.tenant, found.journey), form);
  }

  @Post(':journeyId/decision')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: "Approve (with the chosen ids) or reject; 303 to the TPP's redirect_uri with a code or access_denied" })
  async decision(@Param('tenant') tenantId: string, @Param('journeyId') journeyId: string, @Body() form: DecisionForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = this.postable(tenantId, journeyId, form.csrf, req, res);
    if (!found) return;
    const { tenant, journey } = found;
    await serialise(journey, () => this.decideOnce(res, tenant, journey, form));
  }

  /** One decision per journey: a later submit (double click, second tab) finds the first outcome. */
  private async decideOnce(res: Response, tenant: LfiTenantProfile, journey: Journey, form: DecisionForm): Promise<void> {
    if (journey.outcome) return this.showOutcome(res, tenant, await journey.outcome);
    if (journey.signIn.step !== 'done') return void res.redirect(303, this.pathOf(journey));
    if (form.decision !== 'approve' && form.decision !== 'reject') return this.showReview(res, tenant, journey, 'Choose Approve or Reject.', 400);
    const consent = await this.hub.consent(tenant, journey.consentId);
    const parties = await paymentPartiesOf(consent.request.consent.PersonalIdentifiableInformation, tenant.encryptionKeyFile);
    const choices = await consentChoices({ db: this.db, seed: this.profile.seed, tenantId: tenant.id, userId: journey.signIn.userId! }, consent, parties.debtorAccount);
    const posted = form.selected === undefined ? [] : ([] as string[]).concat(form.selected);
    const selected = form.decision === 'approve' ? acceptedSelection(choices, posted) : [];
    if (!selected) return this.showReview(res, tenant, journey, 'The selection contains something that is not yours to share. Choose again.', 400);
    if (form.decision === 'approve' && (selected.length === 0 || (choices.mode === 'one' && selected.length !== 1))) {
      return this.showReview(res, tenant, journey, choices.mode === 'one' ? 'Choose exactly one account to pay from.' : 'Choose at least one to share, or reject the request.', 400);
    }
    const multipleAuthorizers =
      form.decision === 'approve' && choices.kind === 'payment' ? await multiAuthorizationOnApproval(this.bank(tenant), consent, journey.signIn.userId!, selected[0], new Date()) : undefined;
    journey.outcome = decide(this.hub, tenant, journey, choices.kind, { decision: form.decision, selected, ...(multipleAuthorizers ? { multipleAuthorizers } : {}) });
    this.showOutcome(res, tenant, await journey.outcome);
  }

  private async showReview(res: Response, tenant: LfiTenantProfile, journey: Journey, error?: string, status = 200): Promise<void> {
    const consent = await this.hub.consent(tenant, journey.consentId);
    const parties = await paymentPartiesOf(consent.request.consent.PersonalIdentifiableInformation, tenant.encryptionKeyFile);
    const choices = await consentChoices({ db: this.db, seed: this.profile.seed, tenantId: tenant.id, userId: journey.signIn.userId! }, consent, parties.debtorAccount);
    const logo = await logoDataUri(journey.tpp.logoUri, this.profile.caFile);
    const content = reviewContent(consent, choices, parties, logo);
    const notice = await this.coSigningNotice(tenant, consent, journey.signIn.userId!);
    send(res, status, renderConsentReview({ ...chromeOf(tenant, `${content.tpp.name} asks for your consent`, journey.signIn.fullName), ...content, ...(notice ? { notice } : {}), action: `${this.pathOf(journey)}/decision`, csrf: journey.csrf, ...(error ? { error } : {}) }));
  }

  /** Tells the user of a business with several users that a payment from it waits for their approval too. */
  private async coSigningNotice(tenant: LfiTenantProfile, consent: ConsentRecord, userId: string): Promise<string | undefined> {
    if (consentKindOf(consent) !== 'payment' || rarOf(consent).IsSingleAuthorization !== false) return undefined;
    const business = await storedBusinessOf(this.bank(tenant), userId);
    if (!business || business.userIds.length < 2) return undefined;
    const others = business.userIds.length - 1;
    return `A payment from a business account needs the approval of ${others === 1 ? 'another user' : `${others} other users`} of your business as well. After you approve, they are asked on this bank's pages; the app can make the payment once they approve too.`;
  }

  private bank(tenant: LfiTenantProfile): BankContext {
    return { db: this.db, seed: this.profile.seed, tenant };
  }

  /** The journey's own sign-in; a lock-out ends the journey and tells the TPP (access_denied). */
  private signInPlace(tenant: LfiTenantProfile, journey: Journey): SignInPlace {
    return { tenant, signIn: journey.signIn, csrf: journey.csrf, path: this.pathOf(journey), purpose: 'authorize', tppName: this.tppName(journey), lockOut: (res, reason) => this.lockOut(res, tenant, journey, reason) };
  }

  private async lockOut(res: Response, tenant: LfiTenantProfile, journey: Journey, reason: string): Promise<void> {
    journey.outcome ??= giveUp(this.hub, tenant, journey, reason);
    const outcome = await journey.outcome;
    const link = outcome.kind === 'redirect' ? { href: outcome.location, label: `Return to ${this.tppName(journey)}` } : undefined;
    send(res, 403, renderMessage({ ...chromeOf(tenant, 'Sign-in locked'), tone: 'error', heading: 'Sign-in locked', message: `${reason}. For your security this request has been stopped; the app has been told.`, ...(link ? { link } : {}) }));
  }

  private showOutcome(res: Response, tenant: LfiTenantProfile, outcome: JourneyOutcome): void {
    if (outcome.kind === 'redirect') return void res.redirect(303, outcome.location);
    sendMessage(res, 410, chromeOf(tenant, outcome.heading), 'error', outcome.heading, outcome.message);
  }

  private postable(tenantId: string, journeyId: string, csrf: string | undefined, req: Request, res: Response) {
    const found = this.journeyOr410(tenantId, journeyId, req, res);
    if (!found) return undefined;
    if (!csrf || csrf !== found.journey.csrf) {
      sendMessage(res, 403, chromeOf(found.tenant, 'Request refused'), 'error', 'This form has expired', 'Open the page again and resubmit.');
      return undefined;
    }
    return found;
  }

  private journeyOr410(tenantId: string, journeyId: string, req: Request, res: Response): { tenant: LfiTenantProfile; journey: Journey } | undefined {
    const tenant = tenantOr404(this.profile, tenantId, res);
    if (!tenant) return undefined;
    const session = this.sessions.find(req, tenant.id);
    const journey = session ? this.journeys.find(journeyId, tenant.id, session.id) : undefined;
    if (!journey || this.journeys.isExpired(journey)) {
      sendMessage(res, 410, chromeOf(tenant, 'This request has expired'), 'error', 'This request has expired', 'The link is no longer valid in this browser: it has expired or was opened elsewhere. Go back to the app that sent you here and start again.');
      return undefined;
    }
    return { tenant, journey };
  }


  private pathOf(journey: Journey): string {
    return `/${journey.tenantId}/authorize/${journey.id}`;
  }

  private tppName(journey: Journey): string {
    return journey.tpp.clientName ?? journey.tpp.tppName;
  }
}
