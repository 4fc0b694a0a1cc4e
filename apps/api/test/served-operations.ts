import { call, type TestApp } from './test-app';

/** The part of JSON Schema (OpenAPI 3.0 dialect) the shared zod schemas produce. */
export type JsonSchema = {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  nullable?: boolean;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

/** One operation of the served OpenAPI document: `POST /api/sites/{siteId}/desks`. */
export type ServedOperation = {
  /** `METHOD /path/{template}`, the name tables and failure messages use. */
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParameters: string[];
  queryParameters: { name: string; isRequired: boolean }[];
  bodySchema: JsonSchema | undefined;
  security: 'none' | 'session' | 'kiosk';
};

type OpenApiOperation = {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  security?: Record<string, unknown>[];
};

/** Reads the document the running server serves, not the module that builds it. */
export async function loadServedOperations(testApp: TestApp): Promise<ServedOperation[]> {
  const response = await call<{ paths: Record<string, Record<string, OpenApiOperation>> }>(
    testApp,
    '/api/docs/openapi.json',
  );
  if (response.status !== 200) throw new Error(`no OpenAPI document: ${response.status}`);
  return Object.entries(response.body.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): ServedOperation => {
      const parameters = operation.parameters ?? [];
      const scheme = Object.keys(operation.security?.[0] ?? {})[0];
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as ServedOperation['method'],
        path,
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParameters: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, isRequired: p.required === true })),
        bodySchema: operation.requestBody?.content?.['application/json']?.schema,
        security: scheme === 'kiosk' ? 'kiosk' : scheme ? 'session' : 'none',
      };
    }),
  );
}

/** Fills `{name}` placeholders with already-encoded values. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return value;
  });
}
