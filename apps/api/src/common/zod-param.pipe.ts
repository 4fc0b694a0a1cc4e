import { BadRequestException, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { findControlCharacter } from './control-characters';

/** Validates one route parameter with a shared schema: `@Param('siteId', new ZodParamPipe(idSchema))`. */
export class ZodParamPipe<T extends z.core.$ZodType> implements PipeTransform<
  unknown,
  z.output<T>
> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<T> {
    const path = metadata.data ?? 'param';
    const controlCharacter = findControlCharacter(value, path);
    const result = controlCharacter ? null : z.safeParse(this.schema, value);
    if (result?.success) return result.data;
    const message =
      controlCharacter?.message ?? result?.error.issues[0]?.message ?? 'Valeur invalide.';
    throw new BadRequestException({
      message: `Paramètre « ${path} » invalide : ${message}`,
      issues: [{ path, message }],
    });
  }
}
