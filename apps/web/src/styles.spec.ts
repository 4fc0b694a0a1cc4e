import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const css = readFileSync(join(__dirname, 'styles.css'), 'utf8');

describe('the app stylesheet', () => {
  test('never capitalises every word (French month names are lowercase: « mars », not « Mars »)', () => {
    expect(css).not.toMatch(/text-transform:\s*capitalize/);
    // The calendar's title still starts with a capital: its first letter only.
    expect(css).toMatch(/\.rbc-toolbar-label::first-letter[\s\S]*?text-transform: uppercase/);
  });
});
