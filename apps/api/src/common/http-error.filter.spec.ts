import {
  BadRequestException,
  ConflictException,
  HttpException,
  NotFoundException,
  type ArgumentsHost,
} from '@nestjs/common';
import { describe, expect, test } from 'vitest';
import { HttpErrorFilter } from './http-error.filter';

/** The body the filter answers for `exception`. */
function answer(exception: unknown): { statusCode: number; message: string } {
  let sent: { statusCode: number; message: string } | undefined;
  const response = {
    status: () => ({ json: (body: typeof sent) => (sent = body) }),
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new HttpErrorFilter().catch(exception, host);
  return sent!;
}

/** An http-errors instance, as body-parser throws them. */
const bodyParserError = (status: number, message: string, type: string) =>
  Object.assign(new Error(message), { status, statusCode: status, expose: true, type });

describe('HttpErrorFilter', () => {
  test('errors Nest maps from Express and body-parser answer a French sentence, not their English text', () => {
    const badJson = new SyntaxError(
      "Expected ',' or ']' after array element in JSON at position 4",
    );
    expect(answer(new BadRequestException(badJson.message, { cause: badJson }))).toMatchObject({
      statusCode: 400,
      message: "Le corps de la requête n'est pas un JSON valide.",
    });
    const badPath = new URIError("Failed to decode param '%E0%A4%A'");
    expect(answer(new BadRequestException(badPath.message, { cause: badPath })).message).toBe(
      "L'adresse demandée contient un caractère mal encodé.",
    );
    const tooLarge = bodyParserError(413, 'request entity too large', 'entity.too.large');
    expect(answer(new HttpException(tooLarge.message, 413, { cause: tooLarge }))).toMatchObject({
      statusCode: 413,
      message: 'La requête est trop volumineuse.',
    });
    const charset = bodyParserError(415, 'unsupported charset "KLINGON"', 'charset.unsupported');
    expect(answer(new HttpException(charset.message, 415, { cause: charset })).message).toMatch(
      /JSON en UTF-8/,
    );
    expect(answer(new NotFoundException('Cannot OPTIONS /api/me')).message).toBe(
      "Cette ressource n'existe pas.",
    );
  });

  test('our own sentences pass through', () => {
    expect(answer(new ConflictException('Ce poste est déjà réservé sur ce créneau.'))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Ce poste est déjà réservé sur ce créneau.',
    });
  });
});
