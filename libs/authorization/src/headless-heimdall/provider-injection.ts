import inject from 'light-my-request';
import type Provider from 'oidc-provider';

export interface InjectedResponse {
  status: number;
  location?: string;
  setCookies: string[];
  body: string;
}

/**
 * Runs one request through a tenant's oidc-provider in-process, as if it came over HTTPS to the
 * hub. Headless Heimdall drives the provider's own authorization and resume endpoints this way:
 * the interaction stays cookie-bound inside oidc-provider, but the cookies live in the hub, never
 * in a browser.
 */
export async function injectIntoProvider(provider: Provider, o: { url: string; host: string; cookies?: string[] }): Promise<InjectedResponse> {
  const handler = provider.callback();
  const res = await inject(
    (req, response) => {
      // Koa derives https from the socket; the injected socket is not TLS, the real caller was.
      (req.socket as unknown as { encrypted: boolean }).encrypted = true;
      // Koa answers a failing middleware itself; a rejection here means no answer was written
      // (e.g. the error handler failed). End the injected response with that error, so the
      // injection rejects with it instead of waiting for an answer that never comes.
      handler(req, response).catch((err: unknown) => response.destroy(err instanceof Error ? err : new Error(String(err))));
    },
    { method: 'GET', url: o.url, headers: { host: o.host, ...(o.cookies?.length ? { cookie: o.cookies.join('; ') } : {}) } },
  );
  const setCookie = res.headers['set-cookie'];
  return {
    status: res.statusCode,
    location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
    setCookies: Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [],
    body: res.payload,
  };
}

/** `name=value` pairs of Set-Cookie headers (attributes dropped: the jar is ours, not a browser's). */
export function cookiePairs(setCookies: string[]): string[] {
  return setCookies.map((c) => c.split(';')[0]).filter((pair) => pair.includes('=') && !pair.endsWith('='));
}
