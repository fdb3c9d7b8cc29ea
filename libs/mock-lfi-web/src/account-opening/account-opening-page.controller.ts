import { findAccount, findAccountOpening, OPENABLE_CURRENCIES, OPENABLE_SUB_TYPES, type AccountOpeningEntity } from '@hub/mock-lfi-store';
import { LFI_PROFILE, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { OtpForm, SignInForm } from '../forms';
import { BrowserSessions, type BrowserSession } from '../session/browser-sessions';
import { sendSignInStep, signInWithOtp, signInWithPassword, type SignInPlace } from '../session/sign-in-flow';
import { chromeOf, send, sendMessage, tenantOr404 } from '../web-responses';
import { AccountOpeningDesk } from '@hub/mock-lfi-desks';
import { OpeningDecisionForm } from './account-opening-forms';
import { openingPageStateOf, reviewContentOf, statusContentOf } from './opening-page-content';
import { renderOpeningReview, renderOpeningStatus } from './opening-pages';

/** A page request that found its bank, its opening and the browser's session. */
interface PageContext {
  tenant: LfiTenantProfile;
  opening: AccountOpeningEntity;
  session: BrowserSession;
}

/**
 * The page a TPP sends its user to (`Links.AccountOpeningRedirectUrl`): the bank's usual sign-in
 * (password, then one-time code; the browser's session at this bank), then what the app sent in
 * plain words, the kind of account and currency, and Open or Cancel. Every POST redirects back to
 * the page (post/redirect/get); the answer itself is taken once, whatever is clicked twice.
 */
@ApiTags('lfi web pages')
@ApiProduces('text/html')
@Controller(':tenant/account-opening')
export class AccountOpeningPageController {
  constructor(
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: BrowserSessions,
    private readonly desk: AccountOpeningDesk,
  ) {}

  @Get(':accountId')
  @ApiOperation({ summary: 'The account opening page: sign-in, one-time code, the request with Open / Cancel, or where the opening stands' })
  async show(@Param('tenant') tenantId: string, @Param('accountId') accountId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.contextOf(tenantId, accountId, req, res, true);
    if (!found) return;
    if (await sendSignInStep(res, this.signInPlace(found))) return;
    await this.showOpening(res, found);
  }

  @Post(':accountId/login')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Sign in with username and password (3 attempts); 303 back to the page' })
  async login(@Param('tenant') tenantId: string, @Param('accountId') accountId: string, @Body() form: SignInForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.postable(tenantId, accountId, form.csrf, req, res);
    if (!found) return;
    await signInWithPassword(this.db, res, this.signInPlace(found), form);
  }

  @Post(':accountId/otp')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'The one-time code (SCA, 3 attempts); 303 back to the page' })
  async otp(@Param('tenant') tenantId: string, @Param('accountId') accountId: string, @Body() form: OtpForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.postable(tenantId, accountId, form.csrf, req, res);
    if (!found) return;
    await signInWithOtp(this.db, res, this.signInPlace(found), form);
  }

  @Post(':accountId/decision')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Open the account (decision=open, accountSubType, currency) or cancel it (decision=cancel); 303 back to the page' })
  async decision(@Param('tenant') tenantId: string, @Param('accountId') accountId: string, @Body() form: OpeningDecisionForm, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.postable(tenantId, accountId, form.csrf, req, res);
    if (!found) return;
    const { session, opening } = found;
    const userId = session.dashboard.userId;
    if (session.dashboard.step !== 'done' || !userId) return void res.redirect(303, this.pathOf(found));
    // Already answered (double click, second tab) or no longer waiting: the page tells where it stands.
    if (openingPageStateOf(opening) !== 'review') return void res.redirect(303, this.pathOf(found));
    const key = { tenantId: opening.tenantId, accountId: opening.accountId };
    if (form.decision === 'cancel') {
      await this.desk.answer(key, { userId, answer: 'cancel' });
      return void res.redirect(303, this.pathOf(found));
    }
    const accountSubType = OPENABLE_SUB_TYPES.find((s) => s === form.accountSubType);
    const currency = OPENABLE_CURRENCIES.find((c) => c === form.currency);
    if (form.decision !== 'open' || !accountSubType || !currency) {
      return this.showReview(res, found, form, form.decision !== 'open' ? 'Choose Open the account or Cancel.' : 'Choose the kind of account and its currency.', 400);
    }
    await this.desk.answer(key, { userId, answer: 'open', accountSubType, currency });
    res.redirect(303, this.pathOf(found));
  }

  private async showOpening(res: Response, found: PageContext): Promise<void> {
    if (openingPageStateOf(found.opening) === 'review') return this.showReview(res, found);
    const account = found.opening.openingStatus === 'Completed' ? await findAccount(this.db, found.tenant.id, found.opening.accountId) : undefined;
    const content = statusContentOf(found.opening, account);
    send(res, 200, renderOpeningStatus({ ...chromeOf(found.tenant, 'Your new account', found.session.dashboard.fullName), ...content }));
  }

  private showReview(res: Response, found: PageContext, chosen: { accountSubType?: string; currency?: string } = {}, error?: string, status = 200): void {
    const { tenant, session } = found;
    send(
      res,
      status,
      renderOpeningReview({
        ...chromeOf(tenant, 'Open a new account', session.dashboard.fullName),
        ...reviewContentOf(found.opening),
        chosen: { accountSubType: chosen.accountSubType ?? 'CurrentAccount', currency: chosen.currency ?? 'AED' },
        action: `${this.pathOf(found)}/decision`,
        csrf: session.csrf,
        ...(error ? { error } : {}),
      }),
    );
  }

  /**
   * The bank, the opening and the session of a request, or a page saying why not (and undefined).
   * Once someone has answered for an opening, it is theirs: anyone else sees an unknown reference.
   */
  private async contextOf(tenantId: string, accountId: string, req: Request, res: Response, create: boolean): Promise<PageContext | undefined> {
    const tenant = tenantOr404(this.profile, tenantId, res);
    if (!tenant) return undefined;
    const notFound = () => sendMessage(res, 404, chromeOf(tenant, 'Application not found'), 'error', 'Application not found', 'There is no account opening with this reference. Go back to the app that sent you here and start again.');
    const opening = tenant.sector === 'banking' ? await findAccountOpening(this.db, { tenantId: tenant.id, accountId }) : undefined;
    if (!opening) return void notFound();
    const session = create ? this.sessions.of(req, res, tenant.id) : this.sessions.find(req, tenant.id);
    const signedInAs = session?.dashboard.step === 'done' ? session.dashboard.userId : undefined;
    if (opening.userId && signedInAs && opening.userId !== signedInAs) return void notFound();
    if (!session) {
      sendMessage(res, 403, chromeOf(tenant, 'Request refused'), 'error', 'This form has expired', 'Open the page again and resubmit.', { href: `/${tenant.id}/account-opening/${encodeURIComponent(accountId)}`, label: 'Open the page again' });
      return undefined;
    }
    return { tenant, opening, session };
  }

  private async postable(tenantId: string, accountId: string, csrf: string | undefined, req: Request, res: Response): Promise<PageContext | undefined> {
    const found = await this.contextOf(tenantId, accountId, req, res, false);
    if (!found) return undefined;
    if (!csrf || csrf !== found.session.csrf) {
      sendMessage(res, 403, chromeOf(found.tenant, 'Request refused'), 'error', 'This form has expired', 'Open the page again and resubmit.', { href: this.pathOf(found), label: 'Open the page again' });
      return undefined;
    }
    return found;
  }

  /** The bank's usual sign-in, kept in the browser's session at this bank (as for the dashboard). */
  private signInPlace(found: PageContext): SignInPlace {
    return { tenant: found.tenant, signIn: found.session.dashboard, csrf: found.session.csrf, path: this.pathOf(found), purpose: 'authorize' };
  }

  private pathOf(found: PageContext): string {
    return `/${found.tenant.id}/account-opening/${encodeURIComponent(found.opening.accountId)}`;
  }
}
