import { BadRequestException, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Validates one route parameter with a shared schema: `@Param('siteId', new ZodParamPipe(idSchema))`. */
export class ZodParamPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const path = metadata.data ?? 'param';
    const message = result.error.issues[0]?.message ?? 'Valeur invalide.';
    throw new BadRequestException({
      message: `Paramètre « ${path} » invalide : ${message}`,
      issues: [{ path, message }],
    });
  }
}
