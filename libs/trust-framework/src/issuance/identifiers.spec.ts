import { derivedUuid, randomSerialNumber, UUID_V4 } from './identifiers';

describe('derivedUuid', () => {
  it('is stable, UUID-v4-shaped and distinct per label', () => {
    expect(derivedUuid('lfi:alpha-bank')).toBe(derivedUuid('lfi:alpha-bank'));
    expect(derivedUuid('lfi:alpha-bank')).toMatch(UUID_V4);
    expect(derivedUuid('hub:alpha-bank')).not.toBe(derivedUuid('lfi:alpha-bank'));
  });
});

describe('randomSerialNumber', () => {
  it('is a positive 128-bit number', () => {
    for (let i = 0; i < 50; i++) {
      const serial = randomSerialNumber();
      expect(serial).toMatch(/^[0-9a-f]{32}$/);
      expect(parseInt(serial.slice(0, 2), 16)).toBeLessThan(0x80);
      expect(parseInt(serial.slice(0, 2), 16)).toBeGreaterThan(0);
    }
  });
});
