import {
  BadRequestException,
  Injectable,
  type ArgumentMetadata,
  type PipeTransform,
} from '@nestjs/common';
import { z } from 'zod';
import { findControlCharacter } from './control-characters';
import { isZodDtoClass } from './zod-dto';

export type ValidationIssue = { path: string; message: string };

/** The one global pipe: parses every body/query typed with a `zodDto` class. */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!isZodDtoClass(metadata.metatype)) return value;
    const controlCharacter = findControlCharacter(value, '');
    if (controlCharacter) {
      throw invalidRequest([
        { path: controlCharacter.path || metadata.type, message: controlCharacter.message },
      ]);
    }
    const result = z.safeParse(metadata.metatype.schema, value ?? {});
    if (result.success) return result.data;
    throw invalidRequest(
      result.error.issues.map((issue) => ({
        path: issue.path.join('.') || metadata.type,
        message: issue.message,
      })),
    );
  }
}

function invalidRequest(issues: ValidationIssue[]): BadRequestException {
  const fields = [...new Set(issues.map((issue) => issue.path))].join(', ');
  return new BadRequestException({
    message: `Requête invalide : vérifiez ${fields}. ${issues[0]?.message ?? ''}`.trim(),
    issues,
  });
}
