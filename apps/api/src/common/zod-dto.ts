import type { z } from 'zod';

/** Any zod schema: the shared ones are zod/mini, a few of the API's own are classic zod. */
type AnySchema = z.core.$ZodType;

export type ZodDtoClass<T extends AnySchema = AnySchema> = { new (): z.output<T>; schema: T };

/**
 * Wraps a shared zod schema in a class, so that Nest's parameter metadata carries it to the
 * global validation pipe: `class CreateBookingDto extends zodDto(createBookingSchema) {}`.
 */
export function zodDto<T extends AnySchema>(schema: T): ZodDtoClass<T> {
  class Dto {
    static schema = schema;
  }
  return Dto as unknown as ZodDtoClass<T>;
}

export function isZodDtoClass(value: unknown): value is ZodDtoClass {
  return typeof value === 'function' && 'schema' in value;
}
