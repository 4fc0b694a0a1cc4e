import { afterEach, beforeEach, expect } from 'vitest';

/**
 * Every component test fails when React reports HTML the browser would rebuild differently (a
 * <p> inside a <p>, a <div> inside a <p>…): what a person's browser shows would then differ from
 * what the test checked. DSFR's Badge is a <p> by default: inside text, `as="span"`.
 */
const invalidNesting = /In HTML, <\w+> cannot (be a (descendant|child) of|contain a nested) <\w+>/;
let reported: string[] = [];
const originalError = console.error;

// A plain wrapper, not a spy: tests that spy on console.error and restore their spies keep it.
beforeEach(() => {
  reported = [];
  console.error = (...args: unknown[]) => {
    const match = invalidNesting.exec(formatted(args));
    if (match) reported.push(match[0]);
    originalError(...args);
  };
});

/** React writes `console.error(format, ...values)`: the sentence with its `%s` filled in. */
function formatted([format, ...values]: unknown[]): string {
  if (typeof format !== 'string') return [format, ...values].map(String).join(' ');
  let next = 0;
  return format.replace(/%s/g, () => String(values[next++]));
}

afterEach(() => {
  console.error = originalError;
  expect(reported, 'invalid HTML nesting').toEqual([]);
});
