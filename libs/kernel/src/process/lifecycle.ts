import type { INestApplication } from '@nestjs/common';

/** What a child app tells the launcher once it listens. */
export interface ReadyMessage {
  type: 'ready';
  service: string;
  url: string;
  pid: number;
  /** Paths of the app's API documentation (Swagger UI), by surface. */
  docs: Record<string, string>;
}

/**
 * Tells the launcher (over the IPC channel, when there is one) that the app is ready, and ties the
 * app's life to the launcher's: a signal or a vanished parent closes the app and exits 0, so no
 * process outlives `npm start`.
 */
export function superviseApp(app: INestApplication, service: string, url: string, docs: Record<string, string> = { [service]: '/docs' }): void {
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(1), 8000);
    force.unref();
    try {
      await app.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('disconnect', shutdown);
  const message: ReadyMessage = { type: 'ready', service, url, pid: process.pid, docs };
  if (process.send) process.send(message);
}

/** Exit code of an app whose port was taken, so the launcher can retry with other free ports. */
export const EXIT_PORT_IN_USE = 98;

/** The whole `main()` of an app: start it, hand it to the launcher, and exit with a telling code if it cannot start. */
export function runApp(service: string, start: () => Promise<{ app: INestApplication; url: string; docs?: Record<string, string> }>): void {
  start()
    .then((r) => superviseApp(r.app, service, r.url, r.docs))
    .catch((e: NodeJS.ErrnoException) => {
      console.error(`${service} failed to start: ${e?.stack ?? e}`);
      process.exit(e?.code === 'EADDRINUSE' ? EXIT_PORT_IN_USE : 1);
    });
}
