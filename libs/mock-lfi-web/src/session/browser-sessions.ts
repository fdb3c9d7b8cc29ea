import { Injectable } from '@nestjs/common';
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { newSignIn, type SignIn } from './sign-in';

const COOKIE = 'lfi_session';
const IDLE_MS = 30 * 60_000;
const MAX_SESSIONS = 10_000;

/** One browser at one tenant: its anti-forgery token and its dashboard sign-in. */
export interface BrowserSession {
  id: string;
  tenantId: string;
  csrf: string;
  dashboard: SignIn;
  touchedAt: number;
}

export function randomToken(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Server-side sessions in memory, found by an HttpOnly, Secure, SameSite=Lax cookie scoped to the
 * tenant's path, so each tenant of the mock LFI is its own site for the user. Sessions end after
 * 30 idle minutes or with the process: they only hold sign-in progress, nothing to keep.
 */
@Injectable()
export class BrowserSessions {
  private readonly sessions = new Map<string, BrowserSession>();

  /** The request's session at this tenant, created (and its cookie set) when missing or stale. */
  of(req: Request, res: Response, tenantId: string): BrowserSession {
    const id = parse(req.headers.cookie ?? '')[COOKIE];
    const found = id ? this.sessions.get(id) : undefined;
    if (found && found.tenantId === tenantId && Date.now() - found.touchedAt < IDLE_MS) {
      found.touchedAt = Date.now();
      return found;
    }
    return this.create(res, tenantId);
  }

  /** The session named by the cookie, without creating one. */
  find(req: Request, tenantId: string): BrowserSession | undefined {
    const id = parse(req.headers.cookie ?? '')[COOKIE];
    const found = id ? this.sessions.get(id) : undefined;
    return found && found.tenantId === tenantId && Date.now() - found.touchedAt < IDLE_MS ? found : undefined;
  }

  signOut(session: BrowserSession): void {
    session.dashboard = newSignIn();
    session.csrf = randomToken();
  }

  private create(res: Response, tenantId: string): BrowserSession {
    this.sweep();
    const session: BrowserSession = { id: randomToken(), tenantId, csrf: randomToken(), dashboard: newSignIn(), touchedAt: Date.now() };
    this.sessions.set(session.id, session);
    res.append('Set-Cookie', serialize(COOKIE, session.id, { httpOnly: true, secure: true, sameSite: 'lax', path: `/${tenantId}` }));
    return session;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, s] of this.sessions) if (now - s.touchedAt >= IDLE_MS) this.sessions.delete(id);
    // A bound on memory if something floods the page with new browsers.
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
  }
}
