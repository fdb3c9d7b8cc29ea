import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ReceivedLfiCall {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  at: number;
}

export interface LfiReceiver {
  port: number;
  calls: ReceivedLfiCall[];
  /** Consent events (`/consent/event/{operation}`) received, in order. */
  events(): { operation: string; consentId: string; status: string }[];
  /** Stops answering (connections refused) until `resume()`, to play an LFI that is down. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

export interface LfiReceiverOptions {
  certFile: string;
  keyFile: string;
  caFile: string;
  port?: number;
  /** Answer for `/consent/action/validate` (default valid). */
  validate?: (consent: any) => object;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

/**
 * A stand-in LFI for tests of the hub's Ozone Connect calls: it records every call and answers
 * consent events with 204 and consent actions with a valid/empty answer. Real TLS with the
 * sandbox's mock LFI server certificate.
 */
export async function startLfiReceiver(o: LfiReceiverOptions): Promise<LfiReceiver> {
  const calls: ReceivedLfiCall[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const body = text ? JSON.parse(text) : undefined;
      calls.push({ path: req.url ?? '', headers: req.headers, body, at: Date.now() });
      const path = req.url ?? '';
      res.setHeader('content-type', 'application/json');
      if (path.includes('/consent/event/')) res.writeHead(204).end();
      else if (path.endsWith('/consent/action/validate')) res.end(JSON.stringify(o.validate?.(body) ?? { data: { status: 'valid' }, meta: {} }));
      else if (path.endsWith('/consent/action/augment')) res.end(JSON.stringify({}));
      else res.writeHead(404).end(JSON.stringify({ errorCode: 'GenericError', errorMessage: `no ${path} here` }));
    });
  };
  const tls = { cert: readFileSync(o.certFile), key: readFileSync(o.keyFile), ca: readFileSync(o.caFile), requestCert: true, rejectUnauthorized: true };
  let server = createServer(tls, handler);
  const port = await listen(server, o.port ?? 0);
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    port,
    calls,
    events: () =>
      calls
        .filter((c) => c.path.includes('/consent/event/'))
        .map((c) => ({ operation: c.path.split('/').pop()!, consentId: c.body.id, status: c.body.status })),
    pause: stop,
    resume: async () => {
      server = createServer(tls, handler);
      await listen(server, port);
    },
    close: stop,
  };
}
