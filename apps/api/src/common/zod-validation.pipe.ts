import {
  BadRequestException,
  Injectable,
  type ArgumentMetadata,
  type PipeTransform,
} from '@nestjs/common';
import { isZodDtoClass } from './zod-dto';

export type ValidationIssue = { path: string; message: string };

/** The one global pipe: parses every body/query typed with a `zodDto` class. */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!isZodDtoClass(metadata.metatype)) return value;
    const result = metadata.metatype.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
      path: issue.path.join('.') || metadata.type,
      message: issue.message,
    }));
    const fields = [...new Set(issues.map((issue) => issue.path))].join(', ');
    throw new BadRequestException({
      message: `Requête invalide : vérifiez ${fields}. ${issues[0].message}`,
      issues,
    });
  }
}
