// Load generation for the HTTP benchmark. Closed loop: autocannon, each connection sending its
// next request when the last one answered. Open loop: requests fired on a schedule whatever the
// server does, each latency measured from when it was due (a late start counts as waiting), so
// a server that falls behind shows it instead of being offered less.
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}

export interface CannonResult {
  latency: Latency;
  /** Responses by status code (0: a connection error or timeout). */
  statuses: Map<number, number>;
  perSecond: number;
}

type CannonOptions = autocannon.Options;

/** Runs autocannon and records every response's latency (autocannon itself reports no p95). */
export async function cannon(options: CannonOptions): Promise<CannonResult> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const instance = autocannon({ timeout: 30, ...options });
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    count(status);
  });
  instance.on("reqError", () => count(0));
  const result = await instance;
  return { latency: latency(times), statuses, perSecond: times.length / (result.duration || 1) };
}

/** Times `fn` `iterations` times, one call after the other, after `warmup` calls. */
export async function sequential(fn: () => Promise<unknown>, iterations: number, warmup = 3): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return latency(times);
}

export interface OpenLoopResult {
  latency: Latency;
  offered: number;
  /** Saves answered per second over the run. */
  achieved: number;
  errors: number;
}

/**
 * `workers` each call `fn(worker)` every `everyMs`, staggered evenly, for `seconds`. A worker's
 * calls stay in order (an editor waits for its save before the next, as autosave does), but a
 * call that starts late is timed from when it was due.
 */
export async function openLoop(workers: number, everyMs: number, seconds: number, fn: (worker: number) => Promise<boolean>): Promise<OpenLoopResult> {
  const times: number[] = [];
  let errors = 0;
  const t0 = performance.now() + 100;
  const rounds = Math.floor((seconds * 1000) / everyMs);
  const sleepUntil = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));
  await Promise.all(Array.from({ length: workers }, async (_, w) => {
    for (let k = 0; k < rounds; k++) {
      const due = t0 + (w * everyMs) / workers + k * everyMs;
      await sleepUntil(due);
      const ok = await fn(w).catch(() => false);
      times.push(performance.now() - due);
      if (!ok) errors++;
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  return { latency: latency(times), offered: (workers * 1000) / everyMs, achieved: times.length / elapsed, errors };
}
