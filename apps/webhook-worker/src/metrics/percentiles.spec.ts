import { summariseLatencies } from './percentiles';

describe('summariseLatencies', () => {
  it('gives nulls for no deliveries', () => {
    expect(summariseLatencies([])).toEqual({ sample: 0, p50: null, p99: null, max: null });
  });

  it('takes nearest-rank percentiles whatever the order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(summariseLatencies(values)).toEqual({ sample: 100, p50: 50, p99: 99, max: 100 });
  });

  it('one value is every percentile', () => {
    expect(summariseLatencies([7])).toEqual({ sample: 1, p50: 7, p99: 7, max: 7 });
  });
});
