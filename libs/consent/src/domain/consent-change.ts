import type { ConsentRecord } from '@hub/ozone-connect';
import { canonicalJson } from './canonical-json';

/**
 * One change to a consent record, built field by field. Each assignment is kept under the dotted
 * path the Consent Manager PATCH uses (`consentBody.Data.Status`), so the audit row's `patch` reads
 * like the storage-level `$set` the spec describes, and re-sending a value already stored is not a
 * change (no audit row, no event).
 */
export class ConsentChange {
  readonly after: ConsentRecord;
  private readonly assigned = new Map<string, unknown>();

  constructor(readonly before: ConsentRecord) {
    this.after = structuredClone(before);
  }

  get changed(): boolean {
    return this.assigned.size > 0;
  }

  get statusChanged(): boolean {
    return this.before.status !== this.after.status;
  }

  /** True when the value at `path` would change. */
  differs(path: string, value: unknown): boolean {
    // Records are plain JSON: equal serializations are equal values, whatever the key order.
    return canonicalJson(readPath(this.after, path)) !== canonicalJson(value);
  }

  assign(path: string, value: unknown): void {
    if (!this.differs(path, value)) return;
    writePath(this.after, path, structuredClone(value));
    this.assigned.set(path, value);
  }

  /** Dotted path → new value, in assignment order. */
  changes(): Record<string, unknown> {
    return Object.fromEntries(this.assigned);
  }
}

export function readPath(target: object, path: string): unknown {
  let node: unknown = target;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function writePath(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}
