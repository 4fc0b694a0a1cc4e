import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Type } from '@nestjs/common';
import { format, resolveConfig } from 'prettier';
import { beforeAll, expect, test } from 'vitest';
import { renderApiReference } from './api-reference';
import { controllerRoutes, type ControllerRoute } from './controller-routes';
import { apiRoutes, type ApiRoute } from './openapi';

const sourceDirectory = resolve(__dirname, '..');
const referencePath = resolve(__dirname, '../../../../docs/api.md');
/** Served by the Express app itself (see app.ts), not by a controller. */
const appRoutes: ControllerRoute[] = [{ key: 'GET /.well-known/security.txt', access: 'public' }];

let served: Map<string, ControllerRoute>;

beforeAll(async () => {
  const files = readdirSync(sourceDirectory, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.controller.ts'),
  );
  const controllers: Type[] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(join(sourceDirectory, file));
    for (const value of Object.values(module)) {
      if (typeof value === 'function' && Reflect.getMetadata('__controller__', value) === true) {
        controllers.push(value as Type);
      }
    }
  }
  served = new Map(
    [...controllerRoutes(controllers), ...appRoutes].map((route) => [route.key, route]),
  );
});

const keyOf = (route: ApiRoute) => `${route.method.toUpperCase()} ${route.path}`;

test('the route table lists every route the controllers serve, and nothing else', () => {
  const listed = apiRoutes.map(keyOf);
  expect(new Set(listed).size, 'a route is listed twice').toBe(listed.length);
  expect([...served.keys()].sort()).toEqual([...listed].sort());
});

test('docs/api.md is generated from the route table (npm run docs:api rewrites it)', async () => {
  const markdown = renderApiReference(apiRoutes, (route) => {
    const access = served.get(keyOf(route))?.access;
    if (!access) throw new Error(`${keyOf(route)} is not served`);
    return access;
  });
  const options = await resolveConfig(referencePath);
  const expected = await format(markdown, { ...options, filepath: referencePath });
  if (process.env.UPDATE_API_REFERENCE === '1') writeFileSync(referencePath, expected);
  expect(
    readFileSync(referencePath, 'utf8'),
    'docs/api.md is out of date: run `npm run docs:api`',
  ).toBe(expected);
});
