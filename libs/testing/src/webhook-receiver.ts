import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compactDecrypt, createLocalJWKSet, importPKCS8, jwtVerify, type JWTPayload } from 'jose';
import { Agent, request } from 'undici';
import { eventually } from './eventually';

export interface ReceivedWebhook {
  at: number;
  headers: IncomingMessage['headers'];
  body: string;
  /** The status this receiver answered with. */
  answered: number;
}

export interface WebhookReceiver {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** Status to answer with for the next requests (default 202). */
  answerWith(status: number): void;
  /** Closes the port (connections refused) until `resume()`. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Resolves once `count` requests have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/**
 * A TPP's own webhook endpoint for tests: HTTPS with the TPP's webhook server certificate from the
 * trust framework, answering 202 (or what the test says) and keeping every request.
 */
export async function startWebhookReceiver(o: { certFile: string; keyFile: string; path?: string; port?: number }): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let status = 202;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ at: Date.now(), headers: req.headers, body, answered: status });
      res.writeHead(status).end();
    });
  };
  const tls = { cert: readFileSync(o.certFile), key: readFileSync(o.keyFile) };
  let server: Server = createServer(tls, handler);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  const port = await listen(o.port ?? 0);
  const url = `https://localhost:${port}${o.path ?? '/webhooks'}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url,
    port,
    received,
    answerWith: (s) => (status = s),
    pause: stop,
    resume: async () => {
      server = createServer(tls, handler);
      await listen(port);
    },
    waitFor: (count, timeoutMs = 30_000) =>
      eventually(
        () => received.filter((r) => r.answered >= 200 && r.answered < 300),
        (accepted) => accepted.length >= count,
        { timeoutMs, what: () => `${count} accepted webhooks (${received.length} requests so far, answered ${received.map((r) => r.answered).join(', ')})` },
      ),
    close: stop,
  };
}

export interface OpenedWebhook {
  claims: JWTPayload & { message: { Data: Record<string, any>; Meta: Record<string, any> } };
  jweHeader: Record<string, unknown>;
  jwsHeader: Record<string, unknown>;
  bearer: JWTPayload;
}

/**
 * What a TPP does with a webhook: decrypt with its encryption key, verify the hub's signature
 * against the tenant's JWKS and the bearer JWT, both for the expected issuer and audience.
 */
export async function openWebhook(r: ReceivedWebhook, o: { encryptionKeyFile: string; hubJwksUrl: string; caFile: string; issuer: string; clientId: string; url: string }): Promise<OpenedWebhook> {
  const key = await importPKCS8(readFileSync(o.encryptionKeyFile, 'utf8'), 'RSA-OAEP-256');
  const { plaintext, protectedHeader: jweHeader } = await compactDecrypt(r.body, key);
  const dispatcher = new Agent({ connect: { ca: readFileSync(o.caFile) } });
  try {
    const hubKeys = await fetchJwks(o.hubJwksUrl, dispatcher);
    const verified = await jwtVerify(new TextDecoder().decode(plaintext), hubKeys, { issuer: o.issuer, audience: o.clientId, algorithms: ['PS256'] });
    const bearerToken = String(r.headers.authorization ?? '').replace(/^Bearer /, '');
    const bearer = await jwtVerify(bearerToken, hubKeys, { issuer: o.issuer, audience: o.url, algorithms: ['PS256'] });
    return { claims: verified.payload as OpenedWebhook['claims'], jweHeader, jwsHeader: verified.protectedHeader, bearer: bearer.payload };
  } finally {
    await dispatcher.close();
  }
}

async function fetchJwks(url: string, dispatcher: Agent) {
  const res = await request(url, { dispatcher });
  return createLocalJWKSet((await res.body.json()) as never);
}
