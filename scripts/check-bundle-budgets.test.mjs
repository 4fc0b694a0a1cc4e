// node --test scripts/check-bundle-budgets.test.mjs: what the budget check counts as a first screen's files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstScreenFiles } from './check-bundle-budgets.mjs';

const manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    css: ['assets/index-a.css'],
    imports: ['_react-b.js'],
    dynamicImports: ['src/routes/book-route.tsx', 'src/routes/analytics-route.tsx'],
  },
  '_react-b.js': { file: 'assets/react-b.js', imports: ['_shared-c.js'] },
  '_shared-c.js': { file: 'assets/shared-c.js', imports: ['_react-b.js'] },
  'src/routes/book-route.tsx': {
    file: 'assets/book-route-d.js',
    css: ['assets/book-route-d.css'],
    imports: ['_shared-c.js', '_calendar-e.js'],
  },
  '_calendar-e.js': { file: 'assets/calendar-e.js' },
  'src/routes/analytics-route.tsx': {
    file: 'assets/analytics-route-f.js',
    imports: ['_charts-g.js'],
  },
  '_charts-g.js': { file: 'assets/charts-g.js' },
};

test('the entry and what it imports statically, through cycles, without its dynamic imports', () => {
  assert.deepEqual(firstScreenFiles(manifest, ['index.html']), {
    scripts: ['assets/index-a.js', 'assets/react-b.js', 'assets/shared-c.js'],
    stylesheets: ['assets/index-a.css'],
  });
});

test('a lazy route named as an entry adds its chunk and its own static imports, once', () => {
  assert.deepEqual(firstScreenFiles(manifest, ['index.html', 'src/routes/book-route.tsx']), {
    scripts: [
      'assets/book-route-d.js',
      'assets/calendar-e.js',
      'assets/index-a.js',
      'assets/react-b.js',
      'assets/shared-c.js',
    ],
    stylesheets: ['assets/book-route-d.css', 'assets/index-a.css'],
  });
});

test('an entry the build did not split adds nothing', () => {
  assert.deepEqual(
    firstScreenFiles({ 'index.html': { file: 'assets/index-a.js' } }, ['index.html', 'src/x.tsx']),
    {
      scripts: ['assets/index-a.js'],
      stylesheets: [],
    },
  );
});
