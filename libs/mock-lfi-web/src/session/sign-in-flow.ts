import type { LfiTenantProfile } from '@hub/mock-lfi-data';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { OtpForm, SignInForm } from '../forms';
import { maskMobile } from '../pages/plain-language';
import { renderLogin, renderOtp } from '../pages/render';
import type { LoginView } from '../pages/view-models';
import { chromeOf, send, sendMessage } from '../web-responses';
import { checkOtp, checkPassword, type SignIn } from './sign-in';

/**
 * Where one page of the LFI signs its user in: the authorization journey, the consent dashboard
 * and the account opening page all use the same two steps (password, then one-time code, three
 * attempts each) and the same lock-out; only these facts differ between them.
 */
export interface SignInPlace {
  tenant: LfiTenantProfile;
  signIn: SignIn;
  csrf: string;
  /** The page's own path: its forms post to `${path}/login` and `${path}/otp`; success comes back here. */
  path: string;
  purpose: LoginView['purpose'];
  /** The TPP the user answers, shown on the sign-in page. */
  tppName?: string;
  /** What a lock-out does; by default a page saying sign-in is locked in this browser. */
  lockOut?: (res: Response, reason: string) => Promise<void> | void;
}

/** Sends the sign-in step the user is at and answers true; false once the user is signed in. */
export async function sendSignInStep(res: Response, place: SignInPlace): Promise<boolean> {
  if (place.signIn.step === 'locked') await lockOut(res, place, 'Too many wrong attempts');
  else if (place.signIn.step === 'password') send(res, 200, loginPage(place));
  else if (place.signIn.step === 'otp') send(res, 200, otpPage(place));
  else return false;
  return true;
}

/** First factor posted: 303 to the page on success, the form again with what is left, or the lock-out. */
export async function signInWithPassword(db: DataSource, res: Response, place: SignInPlace, form: SignInForm): Promise<void> {
  const result = await checkPassword(db, place.tenant.id, place.signIn, form.username ?? '', form.password ?? '');
  if (result.ok) return void res.redirect(303, place.path);
  if (result.locked) return lockOut(res, place, 'Too many wrong sign-in attempts');
  send(res, 401, loginPage(place, { error: result.error, attemptsLeft: result.attemptsLeft, username: form.username }));
}

/** Second factor posted (SCA): 303 to the page on success, the form again with what is left, or the lock-out. */
export async function signInWithOtp(db: DataSource, res: Response, place: SignInPlace, form: OtpForm): Promise<void> {
  const result = await checkOtp(db, place.tenant.id, place.signIn, form.otp ?? '');
  if (result.ok) return void res.redirect(303, place.path);
  if (result.locked) return lockOut(res, place, 'Too many wrong one-time codes');
  send(res, 401, otpPage(place, result.error, result.attemptsLeft));
}

async function lockOut(res: Response, place: SignInPlace, reason: string): Promise<void> {
  if (place.lockOut) return place.lockOut(res, reason);
  sendMessage(res, 403, chromeOf(place.tenant, 'Sign-in locked'), 'error', 'Sign-in locked', 'Too many wrong attempts. For your security, sign-in is locked in this browser for 30 minutes.');
}

function loginPage(place: SignInPlace, extra: { error?: string; attemptsLeft?: number; username?: string } = {}): string {
  const { tenant, purpose, tppName, path, csrf } = place;
  return renderLogin({ ...chromeOf(tenant, `Sign in to ${tenant.name}`), purpose, ...(tppName ? { tppName } : {}), action: `${path}/login`, csrf, ...extra });
}

function otpPage(place: SignInPlace, error?: string, attemptsLeft?: number): string {
  const { tenant, path, csrf } = place;
  return renderOtp({ ...chromeOf(tenant, 'Enter your one-time code'), maskedDestination: maskMobile('+971500000000'), action: `${path}/otp`, csrf, ...(error ? { error, attemptsLeft } : {}) });
}
