import { test } from 'vitest';

// Never yields: no timer of this process can fire again.
test('spins without end', () => {
  for (;;) {
    // nothing
  }
});
