// Jest runs tests in a vm context but hands them the host realm's structuredClone. oidc-provider
// checks `value.constructor === Object` on cloned client metadata, which fails across realms, so
// every clone is rebuilt as plain objects and arrays of the test realm.
'use strict';
const hostClone = globalThis.structuredClone;

function rehome(value) {
  if (Array.isArray(value)) return value.map(rehome);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value)?.constructor?.name === 'Object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = rehome(v);
    return out;
  }
  return value;
}

if (hostClone) globalThis.structuredClone = (value, options) => rehome(hostClone(value, options));
