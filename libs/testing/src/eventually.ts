/** How long `eventually` polls, how often, and what it says it waited for when time runs out. */
export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
  what?: string | (() => string);
}

type Falsy = undefined | null | false | 0 | '';

/**
 * The one poll-until helper of the tests: asynchronous work (webhooks, desks' steps, log lines)
 * happens "soon", so a test waits for it instead of sleeping. It never asserts how long it took;
 * when time runs out it fails naming what it waited for and the last answer seen.
 *
 * - `eventually(probe)`: done when the probe answers something truthy; returns that answer.
 * - `eventually(read, done)`: done when `done(value)` holds; returns that value.
 *
 * The second argument may also be the options, or just the timeout in milliseconds.
 */
export function eventually<T>(probe: () => T | Falsy | Promise<T | Falsy>, options?: EventuallyOptions | number): Promise<T>;
export function eventually<T>(read: () => T | Promise<T>, done: (value: T) => boolean, options?: EventuallyOptions | number): Promise<T>;
export async function eventually<T>(
  read: () => T | Promise<T>,
  doneOrOptions?: ((value: T) => boolean) | EventuallyOptions | number,
  maybeOptions?: EventuallyOptions | number,
): Promise<T> {
  const done = typeof doneOrOptions === 'function' ? doneOrOptions : (value: T) => Boolean(value);
  const given = typeof doneOrOptions === 'function' ? maybeOptions : doneOrOptions;
  const { timeoutMs = 20_000, intervalMs = 50, what = 'the condition' } = typeof given === 'number' ? { timeoutMs: given } : (given ?? {});
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      const shown = JSON.stringify(value)?.slice(0, 500);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what} (last seen: ${shown})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
