// Timing helpers of the benchmark: warm up, then time each call; lib and raw alternate so that
// both see the same machine load.
import { performance } from "node:perf_hooks";

export interface Stats {
  p50: number;
  p95: number;
  max: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Runs `a` and `b` alternately `iterations` times after `warmup` rounds; their timings. */
export async function sideBySide(a: () => Promise<unknown>, b: () => Promise<unknown>, iterations: number, warmup = 3): Promise<[Stats, Stats]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < iterations; i++) {
    ta.push(await time(a));
    tb.push(await time(b));
  }
  return [stats(ta), stats(tb)];
}

/** Times `fn` alone. */
export async function alone(fn: () => Promise<unknown>, iterations: number, warmup = 3): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) times.push(await time(fn));
  return stats(times);
}

export const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
