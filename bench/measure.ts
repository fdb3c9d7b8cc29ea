export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `call` with `concurrency` in flight for `ms`; prints rate and latency percentiles. */
export async function measure(label: string, call: () => Promise<number>, concurrency: number, ms: number): Promise<{ rate: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  const deadline = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const status = await call();
      if (status >= 300) throw new Error(`${label}: answered ${status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  const figures = { rate: latencies.length / (ms / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  console.log(`${label.padEnd(16)} ${figures.rate.toFixed(0)} /s with ${concurrency} in flight   p50 ${figures.p50.toFixed(1)} ms   p99 ${figures.p99.toFixed(1)} ms`);
  return figures;
}
