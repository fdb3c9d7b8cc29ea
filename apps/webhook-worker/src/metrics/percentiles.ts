export interface LatencySummary {
  /** How many deliveries the figures are drawn from. */
  sample: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

/** Nearest-rank percentiles (p50, p99) and the maximum; nulls when there is nothing to measure. */
export function summariseLatencies(values: number[]): LatencySummary {
  if (values.length === 0) return { sample: 0, p50: null, p99: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { sample: sorted.length, p50: rank(50), p99: rank(99), max: sorted[sorted.length - 1]! };
}
