import { JtiReplayCache } from './jti-replay-cache';

describe('JtiReplayCache', () => {
  it('accepts a jti once and refuses it again while it is remembered', () => {
    const cache = new JtiReplayCache();
    expect(cache.remember('alpha-bank hub jti-1', 40_000, 0)).toBe(true);
    expect(cache.remember('alpha-bank hub jti-1', 40_000, 39_999)).toBe(false);
    expect(cache.remember('alpha-bank hub jti-2', 40_000, 1)).toBe(true);
  });

  it('forgets a jti once its token could no longer be accepted, so memory stays bounded', () => {
    const cache = new JtiReplayCache();
    cache.remember('a', 40_000, 0);
    cache.remember('b', 50_000, 0);
    expect(cache.remember('c', 90_000, 45_000)).toBe(true);
    expect(cache.size).toBe(2);
    expect(cache.remember('a', 85_000, 45_000)).toBe(true);
  });
});
