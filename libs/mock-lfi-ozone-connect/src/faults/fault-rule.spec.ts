import { failsAt, normalizeRule, normalizeRules, pathMatches } from './fault-rule';

describe('pathMatches', () => {
  it.each([
    ['/accounts/*/transactions', '/accounts/a1/transactions', true],
    ['/accounts/*/transactions', '/accounts/a1/balances', false],
    ['/accounts/*', '/accounts/a1/transactions', false],
    ['/accounts', '/accounts', true],
    ['/accounts/**', '/accounts/a1/transactions', true],
    ['/**', '/consent/event/post', true],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected);
  });
});

describe('failsAt', () => {
  const sequence = (rate: number) => [1, 2, 3, 4, 5, 6].map((n) => failsAt(n, rate));
  it('is deterministic: 1 always, 0 never, 0.5 every second call', () => {
    expect(sequence(1)).toEqual([true, true, true, true, true, true]);
    expect(sequence(0)).toEqual([false, false, false, false, false, false]);
    expect(sequence(0.5)).toEqual([false, true, false, true, false, true]);
    expect(sequence(1 / 3).filter(Boolean)).toHaveLength(2);
  });
});

describe('normalizeRule', () => {
  it('fails every call with the named status, or with 503 for an errorRate alone', () => {
    expect(normalizeRule({ path: '/a', status: 403, errorCode: 'Consent.X' }, 'r')).toMatchObject({ errorRate: 1, status: 403, errorCode: 'Consent.X', latencyMs: 0 });
    expect(normalizeRule({ path: '/a', errorRate: 0.5 }, 'r')).toMatchObject({ errorRate: 0.5, status: 503, errorCode: 'GenericRecoverableError' });
    expect(normalizeRule({ path: '/a', latencyMs: 100 }, 'r')).toMatchObject({ errorRate: 0, latencyMs: 100 });
  });

  it.each([
    [{ latencyMs: 1 }, 'path'],
    [{ path: 'x', latencyMs: 1 }, 'must start with /'],
    [{ path: '/a' }, 'sets none'],
    [{ path: '/a', errorRate: 2 }, 'errorRate'],
    [{ path: '/a', status: 200 }, 'status'],
    [{ path: '/a', latencyMs: 1, colour: 'red' }, 'not a fault knob'],
  ])('refuses %j', (rule, message) => {
    expect(() => normalizeRule(rule, 'r')).toThrow(message);
  });

  it('needs a rules array', () => {
    expect(() => normalizeRules({})).toThrow('rules');
    expect(normalizeRules({ rules: [] })).toEqual([]);
  });
});
