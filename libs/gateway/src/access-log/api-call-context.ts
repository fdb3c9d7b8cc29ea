import { OzoneConnectError } from '@hub/ozone-connect';
import { AsyncLocalStorage } from 'node:async_hooks';

/** What the gateway's steps learn about a call that the recorder cannot see from the request. */
export interface ApiCallFacts {
  consentId?: string;
  /** Time spent waiting for the LFI's Ozone Connect, summed over the call's exchanges; absent when it never reached the LFI. */
  lfiMicros?: number;
  /** The LFI failed an exchange (5xx, 408, 429, no answer), as opposed to refusing the request (4xx). */
  lfiFailed?: boolean;
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

/**
 * One exchange with the LFI's Ozone Connect, timed for the call's record (the reports' LFI
 * Performance and Availability). The exchange's result or error passes through unchanged.
 */
export async function atLfi<T>(exchange: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const store = facts.getStore();
  try {
    return await exchange();
  } catch (e) {
    if (store && !(e instanceof OzoneConnectError && e.permanent)) store.lfiFailed = true;
    throw e;
  } finally {
    if (store) store.lfiMicros = (store.lfiMicros ?? 0) + Number((process.hrtime.bigint() - started) / 1000n);
  }
}
