import type { HeimdallTpp } from '@hub/mock-lfi-ozone-connect';
import { randomToken } from '../session/browser-sessions';
import { newSignIn, type SignIn } from '../session/sign-in';

/** How a journey ended: the TPP redirect to send the user to, or why it could not end there. */
export type JourneyOutcome =
  | { kind: 'redirect'; decision: 'approve' | 'reject' | 'failed'; location: string }
  | { kind: 'error'; heading: string; message: string };

/** One authorization at the LFI: a Headless Heimdall interaction walked through by one browser. */
export interface Journey {
  id: string;
  tenantId: string;
  /** The browser session that opened it: no other browser can continue it. */
  sessionId: string;
  csrf: string;
  interactionId: string;
  consentId: string;
  tpp: HeimdallTpp;
  expiresAt: number;
  signIn: SignIn;
  /**
   * Set once, synchronously, by the first decision: a second submit, a reload or the back button
   * finds it and gets the same outcome, so the consent is never decided twice.
   */
  outcome?: Promise<JourneyOutcome>;
  /** Decision posts of this journey run one after the other (see `serialise`). */
  queue?: Promise<void>;
}

/** Runs `task` after every earlier task of the journey has settled: concurrent submits take turns. */
export function serialise<T>(journey: Journey, task: () => Promise<T>): Promise<T> {
  const run = (journey.queue ?? Promise.resolve()).then(task);
  journey.queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

const MAX_JOURNEYS = 10_000;

export class Journeys {
  private readonly journeys = new Map<string, Journey>();

  /** `ttlMs` matches the hub's interaction lifetime: after it, the hub has forgotten the interaction. */
  constructor(private readonly ttlMs: number) {}

  open(init: Pick<Journey, 'tenantId' | 'sessionId' | 'interactionId' | 'consentId' | 'tpp'>): Journey {
    this.sweep();
    const journey: Journey = { ...init, id: randomToken(), csrf: randomToken(), expiresAt: Date.now() + this.ttlMs, signIn: newSignIn() };
    this.journeys.set(journey.id, journey);
    return journey;
  }

  /** The journey, if it exists at this tenant and belongs to this browser. */
  find(id: string, tenantId: string, sessionId: string): Journey | undefined {
    const journey = this.journeys.get(id);
    return journey && journey.tenantId === tenantId && journey.sessionId === sessionId ? journey : undefined;
  }

  /** Only undecided journeys expire: a decided one still shows its outcome. */
  isExpired(journey: Journey): boolean {
    return !journey.outcome && Date.now() >= journey.expiresAt;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, j] of this.journeys) if (now >= j.expiresAt + this.ttlMs) this.journeys.delete(id);
    while (this.journeys.size >= MAX_JOURNEYS) this.journeys.delete(this.journeys.keys().next().value as string);
  }
}
