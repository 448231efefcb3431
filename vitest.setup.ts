import { afterEach, vi } from 'vitest';

// A test that logs console.error fails: errors must be asserted, not printed.
const spy = vi.spyOn(console, 'error');
afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockClear();
  if (calls.length > 0) {
    throw new Error(`console.error was called during the test:\n${calls.map((c) => c.join(' ')).join('\n')}`);
  }
});
