import type { Tenant } from '@hub/kernel';
import { OzoneConnectClients } from '@hub/ozone-connect';
import { ensureTrustFramework } from '@hub/trust-framework';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LFI_TENANT = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' } as unknown as Tenant;

export interface ReceivedCall {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface LfiDouble {
  /** The hub's clients, pointed at the double over mTLS with the hub's certificate of the tenant. */
  clients: OzoneConnectClients;
  received: ReceivedCall[];
  /** How the double answers the next calls. */
  answer(handler: (res: ServerResponse, call: ReceivedCall) => void): void;
  close(): Promise<void>;
}

export const reply = (status: number, body?: object) => (res: ServerResponse) => {
  res.writeHead(status, body ? { 'content-type': 'application/json' } : {});
  res.end(body ? JSON.stringify(body) : undefined);
};

/**
 * An LFI's Ozone Connect as a plain HTTPS server with the mock LFI's certificate of a fresh local
 * trust framework: it records every call and answers as the test tells it (204 by default).
 */
export async function startLfiDouble(): Promise<LfiDouble> {
  const certsDir = mkdtempSync(join(tmpdir(), 'lfi-double-'));
  const directory = await ensureTrustFramework({ certsDir, tenants: [{ id: LFI_TENANT.id, name: LFI_TENANT.name, sector: 'banking' }], tppApplications: [] });
  const tls = directory.servers['mock-lfi'];
  const received: ReceivedCall[] = [];
  let handler: (res: ServerResponse, call: ReceivedCall) => void = reply(204);
  const server = createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile), ca: readFileSync(directory.caBundleFile), requestCert: true, rejectUnauthorized: false }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const call = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      received.push(call);
      handler(res, call);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const hub = directory.hubApplications[0];
  const clients = new OzoneConnectClients([
    {
      providerId: LFI_TENANT.id,
      baseUrl: `https://127.0.0.1:${(server.address() as AddressInfo).port}/${LFI_TENANT.id}/ozone-connect`,
      tls: { certFile: hub.transportCertFile, keyFile: hub.transportKeyFile, caFile: directory.caBundleFile },
      signingKeyFile: hub.signingKeyFile,
      signingKid: hub.signingKid,
    },
  ]);
  return {
    clients,
    received,
    answer: (h) => {
      handler = h;
    },
    close: async () => {
      await clients.onModuleDestroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(certsDir, { recursive: true, force: true });
    },
  };
}
