import { AsyncLocalStorage } from 'node:async_hooks';

/** What the gateway's steps learn about a call that the recorder cannot see from the request. */
export interface ApiCallFacts {
  consentId?: string;
}

const facts = new AsyncLocalStorage<ApiCallFacts>();

/** Runs one call's handling with a place for its facts (the recorder reads them when the answer has gone). */
export function withApiCallFacts<T>(store: ApiCallFacts, run: () => T): T {
  return facts.run(store, run);
}

/** Step 1 (token) tells which consent the call stands for; outside a recorded call it is a no-op. */
export function noteConsent(consentId: string | undefined): void {
  const store = facts.getStore();
  if (store && consentId) store.consentId = consentId;
}
