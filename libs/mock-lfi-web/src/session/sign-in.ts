import { findPsu, verifyPsuPassword } from '@hub/mock-lfi-store';
import { timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Wrong passwords or codes allowed before the attempt is locked (and, in a journey, failed). */
export const MAX_ATTEMPTS = 3;

/** Where a user is in signing in: password, then the one-time code (SCA), then done. */
export interface SignIn {
  step: 'password' | 'otp' | 'done' | 'locked';
  userId?: string;
  fullName?: string;
  passwordFailures: number;
  otpFailures: number;
}

export type SignInResult = { ok: true } | { ok: false; error: string; attemptsLeft: number; locked: boolean };

export function newSignIn(): SignIn {
  return { step: 'password', passwordFailures: 0, otpFailures: 0 };
}

/** First factor. Unknown users and wrong passwords get the same message. */
export async function checkPassword(db: DataSource, tenantId: string, signIn: SignIn, username: string, password: string): Promise<SignInResult> {
  if (signIn.step !== 'password') return refused(signIn, 'This step is already done.', 0);
  const psu = username && password ? await verifyPsuPassword(db, tenantId, username.trim(), password) : undefined;
  if (!psu) {
    signIn.passwordFailures += 1;
    return refused(signIn, 'The username or password is not right.', signIn.passwordFailures);
  }
  Object.assign(signIn, { step: 'otp', userId: psu.userId, fullName: psu.fullName });
  return { ok: true };
}

/** Second factor: the PSU's sandbox one-time code, compared in constant time. */
export async function checkOtp(db: DataSource, tenantId: string, signIn: SignIn, otp: string): Promise<SignInResult> {
  if (signIn.step !== 'otp' || !signIn.userId) return refused(signIn, 'Sign in with your password first.', 0);
  const psu = await findPsu(db, tenantId, signIn.userId);
  if (!psu || !sameCode(psu.otp, otp.trim())) {
    signIn.otpFailures += 1;
    return refused(signIn, 'The one-time code is not right.', signIn.otpFailures);
  }
  signIn.step = 'done';
  return { ok: true };
}

function refused(signIn: SignIn, error: string, failures: number): SignInResult {
  const attemptsLeft = Math.max(0, MAX_ATTEMPTS - failures);
  if (attemptsLeft === 0 && failures > 0) signIn.step = 'locked';
  return { ok: false, error, attemptsLeft, locked: signIn.step === 'locked' };
}

function sameCode(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
