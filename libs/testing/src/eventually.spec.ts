import { eventually } from './eventually';

describe('eventually', () => {
  it('returns the first truthy answer of the probe', async () => {
    let calls = 0;
    await expect(eventually(() => (++calls >= 3 ? `after ${calls}` : undefined), { intervalMs: 1 })).resolves.toBe('after 3');
  });

  it('returns the value once done holds for it (read/done form)', async () => {
    let n = 0;
    await expect(eventually(async () => ++n, (v) => v === 4, { intervalMs: 1 })).resolves.toBe(4);
  });

  it('fails naming what it waited for and the last answer seen', async () => {
    await expect(eventually(() => ({ status: 'retrying' }), (d) => d.status === 'delivered', { timeoutMs: 20, intervalMs: 5, what: 'the delivery' }))
      .rejects.toThrow('timed out after 20 ms waiting for the delivery (last seen: {"status":"retrying"})');
  });

  it('takes the timeout alone as its second argument', async () => {
    await expect(eventually(() => false, 10)).rejects.toThrow(/timed out after 10 ms waiting for the condition/);
  });
});
