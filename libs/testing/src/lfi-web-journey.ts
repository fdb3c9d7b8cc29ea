import { httpsCall, type HttpsResult } from './mtls-client';

/** What a user does on the LFI's pages. */
export interface LfiJourneyAnswers {
  username: string;
  password: string;
  otp: string;
  decision: 'approve' | 'reject';
  /** Account or policy ids to tick; default: the first one offered. */
  selected?: string[];
}

export interface LfiJourneyStep {
  url: string;
  status: number;
  html: string;
}

/** Where the journey ended: the TPP's redirect (code or error), or a page of the LFI. */
export interface LfiJourneyResult {
  redirect?: URL;
  steps: LfiJourneyStep[];
}

/**
 * The headless way through the mock LFI's web pages, for CI suites without a browser: plain
 * HTTPS GETs and form POSTs with a cookie, exactly what a browser sends. Each form carries a
 * hidden `csrf` field; the pages follow post/redirect/get. Stops at the first redirect away
 * from the LFI (the TPP's redirect_uri) or at a page that is not the next step.
 */
export class LfiWebBrowser {
  private cookie = '';
  readonly steps: LfiJourneyStep[] = [];

  constructor(private readonly caFile: string) {}

  async get(url: string): Promise<HttpsResult> {
    return this.request(url, 'GET');
  }

  async post(url: string, form: Record<string, string | string[]>): Promise<HttpsResult> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) for (const v of ([] as string[]).concat(value)) body.append(name, v);
    return this.request(url, 'POST', body.toString());
  }

  /** GETs until a page (2xx/4xx) or a redirect to another origin; returns the page or the redirect. */
  async follow(res: HttpsResult, from: string): Promise<{ page?: LfiJourneyStep; redirect?: URL }> {
    let current = res;
    let url = from;
    for (let hops = 0; hops < 10 && current.status === 303; hops += 1) {
      const next = new URL(String(current.headers.location), url);
      if (next.origin !== new URL(url).origin) return { redirect: next };
      url = next.toString();
      current = await this.get(url);
    }
    return { page: { url, status: current.status, html: current.text } };
  }

  private async request(url: string, method: string, body?: string): Promise<HttpsResult> {
    const headers: Record<string, string> = { accept: 'text/html', ...(this.cookie ? { cookie: this.cookie } : {}), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) };
    const res = await httpsCall(url, { method, caFile: this.caFile, headers, body });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    if (setCookie.length) this.cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    this.steps.push({ url, status: res.status, html: res.text });
    return res;
  }
}

/** The value of the hidden `csrf` field and the form action of a page. */
export function formOf(html: string): { action: string; csrf: string } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const csrf = /name="csrf"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf"/.exec(html);
  if (!action || !csrf) throw new Error(`no form with a csrf field on this page:\n${html.slice(0, 400)}`);
  return { action: action.replace(/&amp;/g, '&'), csrf: csrf[1] ?? csrf[2] };
}

/** The values of the `selected` inputs a page offers (accounts or policies), in page order. */
export function offeredIds(html: string): string[] {
  return [...html.matchAll(/<input[^>]*name="selected"[^>]*>/g)].map((m) => /value="([^"]+)"/.exec(m[0])![1]);
}

/** Sign in, enter the code, pick and answer: the whole journey from the TPP's authorization URL. */
export async function completeLfiJourney(authorizationUrl: URL | string, answers: LfiJourneyAnswers, caFile: string): Promise<LfiJourneyResult> {
  const browser = new LfiWebBrowser(caFile);
  const start = String(authorizationUrl);
  let at = await browser.follow(await browser.get(start), start);
  for (const step of ['login', 'otp', 'decision'] as const) {
    if (at.redirect || !at.page) break;
    const { action, csrf } = formOf(at.page.html);
    const url = new URL(action, at.page.url).toString();
    const form: Record<string, string | string[]> =
      step === 'login'
        ? { csrf, username: answers.username, password: answers.password }
        : step === 'otp'
          ? { csrf, otp: answers.otp }
          : { csrf, decision: answers.decision, selected: answers.selected ?? offeredIds(at.page.html).slice(0, 1) };
    at = await browser.follow(await browser.post(url, form), url);
  }
  return { ...(at.redirect ? { redirect: at.redirect } : {}), steps: browser.steps };
}

/**
 * Opens `url` (an authorization URL or the consent dashboard) and signs in with password and
 * one-time code; returns the browser and the page after sign-in (consent review or dashboard).
 */
export async function signInOnLfiPages(url: URL | string, user: { username: string; password: string; otp: string }, caFile: string): Promise<{ browser: LfiWebBrowser; page: LfiJourneyStep }> {
  const browser = new LfiWebBrowser(caFile);
  let at = await browser.follow(await browser.get(String(url)), String(url));
  for (const form of [{ username: user.username, password: user.password }, { otp: user.otp }] as Record<string, string>[]) {
    if (!at.page) throw new Error(`left the LFI before signing in: ${at.redirect}`);
    const { action, csrf } = formOf(at.page.html);
    const target = new URL(action, at.page.url).toString();
    at = await browser.follow(await browser.post(target, { csrf, ...form }), target);
  }
  if (!at.page) throw new Error(`left the LFI right after signing in: ${at.redirect}`);
  return { browser, page: at.page };
}
