/**
 * Runs async store changes one after another. @msw/data's `update` reads a record, awaits (drafting,
 * schema validation) and then writes it back; two bumps of one session running side by side would
 * both start from the same `_v` and one would be lost. The queue makes each change see the last one.
 */
export interface SerialQueue {
  run<T>(task: () => T | Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task);
      // A failed task must not block the ones after it; its caller still sees the rejection.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
