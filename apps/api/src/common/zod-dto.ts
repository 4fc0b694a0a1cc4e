import type { z } from 'zod';

export type ZodDtoClass<T extends z.ZodType = z.ZodType> = { new (): z.output<T>; schema: T };

/**
 * Wraps a shared zod schema in a class, so that Nest's parameter metadata carries it to the
 * global validation pipe: `class CreateBookingDto extends zodDto(createBookingSchema) {}`.
 */
export function zodDto<T extends z.ZodType>(schema: T): ZodDtoClass<T> {
  class Dto {
    static schema = schema;
  }
  return Dto as unknown as ZodDtoClass<T>;
}

export function isZodDtoClass(value: unknown): value is ZodDtoClass {
  return typeof value === 'function' && 'schema' in value;
}
