import { createServer } from 'node:net';

/** A port the OS says is free right now on loopback (used when config asks for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function resolvePort(port: number): Promise<number> {
  return port === 0 ? freePort() : port;
}
