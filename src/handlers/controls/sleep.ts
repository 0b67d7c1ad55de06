/**
 * Latency for `delay` and `x-mock-delay`: a plain timer (no Node API), so it works in a service worker.
 */
export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
