import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_KEY, type AccessLevel } from '../auth/access.decorators';

/** A route as the controllers declare it: `GET /api/sites/{siteId}`, and who may call it. */
export type ControllerRoute = { key: string; access: AccessLevel };

const accessLevels = new Set<string>([
  'public',
  'agent',
  'site-host',
  'event-organiser',
  'admin',
  'kiosk',
]);

function isAccessLevel(value: unknown): value is AccessLevel {
  return typeof value === 'string' && accessLevels.has(value);
}

function pathsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * Reads the routing metadata Nest's decorators leave on controller classes — the same the
 * router uses — so a table of routes can be checked against the code that serves them.
 */
export function controllerRoutes(controllers: Type[], prefix = '/api'): ControllerRoute[] {
  return controllers.flatMap((controller) => {
    const basePaths = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
    const classAccess: unknown = Reflect.getMetadata(ACCESS_KEY, controller);
    const prototype: object = controller.prototype;
    return Object.getOwnPropertyNames(prototype).flatMap((name) => {
      const handler: unknown = Reflect.get(prototype, name);
      if (name === 'constructor' || typeof handler !== 'function') return [];
      const methodPaths = pathsOf(Reflect.getMetadata(PATH_METADATA, handler));
      const requestMethod: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
      if (methodPaths.length === 0 || typeof requestMethod !== 'number') return [];
      const handlerAccess: unknown = Reflect.getMetadata(ACCESS_KEY, handler);
      const access = isAccessLevel(handlerAccess)
        ? handlerAccess
        : isAccessLevel(classAccess)
          ? classAccess
          : 'agent';
      const verb = RequestMethod[requestMethod];
      return (basePaths.length > 0 ? basePaths : ['']).flatMap((base) =>
        methodPaths.map((path) => ({
          key: `${verb} ${toTemplate(prefix, base, path)}`,
          access,
        })),
      );
    });
  });
}

/** `/api` + `sites/:siteId` + `desks/:deskId` → `/api/sites/{siteId}/desks/{deskId}`. */
function toTemplate(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/');
  return `/${joined}`.replace(/:(\w+)/g, '{$1}');
}
