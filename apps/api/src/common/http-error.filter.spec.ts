import {
  BadRequestException,
  ConflictException,
  HttpException,
  Logger,
  NotFoundException,
  type ArgumentsHost,
} from '@nestjs/common';
import express, { type Request } from 'express';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { describe, expect, test, vi } from 'vitest';
import { HttpErrorFilter } from './http-error.filter';

type Answer = {
  statusCode: number;
  message: string;
  issues?: { path: string; message: string }[];
};

/** The body and status the filter answers for `exception`, the headers it sets and varies on. */
function answerWithHeaders(
  exception: unknown,
  acceptLanguage?: string,
): { body: Answer; status: number; varies: string[]; headers: Record<string, string> } {
  let sent: Answer | undefined;
  let status = 0;
  const varies: string[] = [];
  const sentHeaders: Record<string, string> = {};
  const response = {
    status: (code: number) => {
      status = code;
      return { json: (body: Answer) => (sent = body) };
    },
    vary: (field: string) => varies.push(field),
    setHeader: (name: string, value: string) => (sentHeaders[name] = value),
  };
  const request = express.request as Request;
  const headers = acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
  const fakeRequest = Object.assign(Object.create(request) as Request, { headers });
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => fakeRequest }),
  } as unknown as ArgumentsHost;
  new HttpErrorFilter().catch(exception, host);
  return { body: sent!, status, varies, headers: sentHeaders };
}

const answer = (exception: unknown, acceptLanguage?: string): Answer =>
  answerWithHeaders(exception, acceptLanguage).body;

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

  test('in the language the request prefers: English when asked for, French otherwise', () => {
    const taken = () => new ConflictException('Le poste A1 est déjà réservé sur ce créneau.');
    expect(answer(taken(), 'en').message).toBe('Desk A1 is already booked for this slot.');
    expect(answer(taken(), 'en-GB,en;q=0.9,fr;q=0.8').message).toBe(
      'Desk A1 is already booked for this slot.',
    );
    expect(answer(taken()).message).toBe('Le poste A1 est déjà réservé sur ce créneau.');
    expect(answer(taken(), 'fr-FR,fr;q=0.9,en;q=0.8').message).toBe(
      'Le poste A1 est déjà réservé sur ce créneau.',
    );
    expect(answer(taken(), 'de').message).toBe('Le poste A1 est déjà réservé sur ce créneau.');
    expect(answer(taken(), '*').message).toBe('Le poste A1 est déjà réservé sur ce créneau.');
    expect(answer(new NotFoundException('Cannot GET /api/nowhere'), 'en').message).toBe(
      'This resource does not exist.',
    );
  });

  test('issues are translated too, and the answer varies on Accept-Language', () => {
    const invalid = new BadRequestException({
      message:
        'Requête invalide : vérifiez body. Ce texte contient un caractère de contrôle non autorisé.',
      issues: [
        { path: 'body', message: 'Ce texte contient un caractère de contrôle non autorisé.' },
      ],
    });
    const { body, varies } = answerWithHeaders(invalid, 'en');
    expect(body).toMatchObject({
      statusCode: 400,
      message:
        'Invalid request: check body. This text contains a control character that is not allowed.',
      issues: [
        { path: 'body', message: 'This text contains a control character that is not allowed.' },
      ],
    });
    expect(varies).toContain('Accept-Language');
    expect(answerWithHeaders(invalid).varies).toContain('Accept-Language');
  });
});

/** An error as PostgreSQL sends it, with its SQLSTATE. */
function postgresError(code: string, message: string): DatabaseError {
  return Object.assign(new DatabaseError(message, message.length, 'error'), {
    code,
    severity: 'FATAL',
  });
}

describe('a database that cannot serve now', () => {
  test('out of connections, starting up or unreachable: 503, a sentence, Retry-After, one warning', () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      for (const exception of [
        postgresError('53300', 'sorry, too many clients already'),
        postgresError('53300', 'too many connections for role "admz"'),
        postgresError('57P03', 'the database system is starting up'),
        postgresError('08006', 'connection failure'),
        // The same, met by a query rather than by the pool's connect.
        new QueryFailedError(
          'SELECT 1',
          [],
          postgresError('57P01', 'terminating connection due to administrator command'),
        ),
      ]) {
        warn.mockClear();
        const { body, status, headers } = answerWithHeaders(exception);
        expect(status).toBe(503);
        expect(body).toEqual({
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'Le service est momentanément indisponible : réessayez dans quelques secondes.',
        });
        expect(headers['Retry-After']).toBe('5');
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.mock.calls[0]?.[0])).not.toContain('    at ');
      }
      expect(error).not.toHaveBeenCalled();
      expect(answer(postgresError('53300', 'too many clients already'), 'en').message).toBe(
        'The service is unavailable for a moment: please try again in a few seconds.',
      );
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  test('another database error is still a 500, logged with its stack, no Retry-After', () => {
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const { status, headers } = answerWithHeaders(
        postgresError('42P01', 'relation "nowhere" does not exist'),
      );
      expect(status).toBe(500);
      expect(headers['Retry-After']).toBeUndefined();
      expect(error).toHaveBeenCalledTimes(1);
    } finally {
      error.mockRestore();
    }
  });
});
