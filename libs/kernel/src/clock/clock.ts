/**
 * The one source of "now". Consent expiry, certificate renewal and token lifetimes read it, so
 * tests (and a later "advance the sandbox clock" feature) can move time without sleeping.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves sandbox time forward (never backward: expiry is one-way). */
  advance(ms: number): void {
    if (ms < 0) throw new Error('The sandbox clock only moves forward');
    this.offsetMs += ms;
  }
}
