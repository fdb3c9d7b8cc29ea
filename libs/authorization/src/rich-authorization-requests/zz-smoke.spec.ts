import { validateAuthorizationDetail } from './index-internal';
const now = new Date('2026-01-15T09:00:00Z');
it('smoke', () => {
  for (const k of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
    const proto = JSON.parse(`{"type":"urn:openfinanceuae:insurance-consent:v2.1","consent":{"${k}":{"a":1},"ConsentId":"x","OnBehalfOf":{"${k}":"y"}}}`);
    console.log(k, validateAuthorizationDetail(proto, now));
  }
});
