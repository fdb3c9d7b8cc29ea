import { readFileSync } from 'node:fs';
import { request } from 'node:https';

export interface ClientCredentials {
  transportCertFile: string;
  transportKeyFile: string;
}

export interface HttpsResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = any>(): T;
}

export interface HttpsCall {
  method?: string;
  /** Client certificate for mTLS; none means a plain TLS call. */
  client?: ClientCredentials;
  caFile: string;
  headers?: Record<string, string>;
  body?: string;
  /** Connect to 127.0.0.1 whatever the host name (for `{tenant}.localhost` where the resolver does not map it). */
  loopback?: boolean;
}

type LookupCallback = (err: Error | null, address: string | { address: string; family: number }[], family?: number) => void;

/** Resolves every name to 127.0.0.1, in both shapes Node's lookup callers expect. */
function loopbackLookup(_host: string, options: { all?: boolean }, cb: LookupCallback): void {
  if (options?.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
}

/** One HTTPS request that trusts only the sandbox CA, optionally with a client certificate. */
export function httpsCall(url: string, call: HttpsCall): Promise<HttpsResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: call.method ?? 'GET',
        ca: readFileSync(call.caFile),
        cert: call.client ? readFileSync(call.client.transportCertFile) : undefined,
        key: call.client ? readFileSync(call.client.transportKeyFile) : undefined,
        headers: call.headers,
        agent: false,
        ...(call.loopback ? { lookup: loopbackLookup as never } : {}),
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}
