import { request } from 'node:https';
import type { SecureContextOptions } from 'node:tls';

export interface JsonResponse {
  status: number;
  body: unknown;
}

/** A GET with the sandbox's TLS settings, for health probes (not for traffic: no keep-alive, no retries). */
export function httpsGetJson(url: string, tls: SecureContextOptions & { rejectUnauthorized?: boolean }, timeoutMs = 2000): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', ...tls, agent: false, timeout: timeoutMs, headers: { accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON: keep the text, the caller decides
        }
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
