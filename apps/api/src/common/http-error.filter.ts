import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { createSentenceTranslator, type ErrorResponse } from '@admz/shared';
import { englishSentences } from '@admz/shared/sentences-en';
import type { Request, Response } from 'express';
import { describeUnavailableDatabase, translateDatabaseError } from '../database/database-errors';

const statusNames: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const defaultMessages: Record<number, string> = {
  400: 'Requête invalide.',
  401: 'Vous devez vous connecter.',
  403: "Vous n'avez pas accès à cette ressource.",
  404: "Cette ressource n'existe pas.",
  413: 'La requête est trop volumineuse.',
  415: "Ce type de contenu n'est pas accepté : envoyez du JSON en UTF-8.",
  500: 'Une erreur interne est survenue. Réessayez dans un instant.',
};

const translateToEnglish = createSentenceTranslator(englishSentences);

const statusName = (status: number): string => statusNames[status] ?? 'Error';
const defaultMessage = (status: number): string =>
  defaultMessages[status] ?? 'La requête ne peut pas aboutir.';

/** Shapes every error as `{ statusCode, error, message, issues? }`; never leaks a stack or SQL. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const unavailable = describeUnavailableDatabase(exception);
    const body: ReturnType<HttpErrorFilter['toErrorResponse']> = unavailable
      ? { statusCode: 503, error: statusName(503), message: unavailable.message }
      : this.toErrorResponse(exception);
    // Out of connections is a state of the server, not a bug: one line, no stack.
    if (unavailable) {
      this.logger.warn(`database unavailable (${unavailable.code}): ${unavailable.detail}`);
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : exception);
    }
    const retryAfterSeconds = unavailable?.retryAfterSeconds ?? readRetryAfterSeconds(exception);
    if (retryAfterSeconds !== null) response.setHeader('Retry-After', String(retryAfterSeconds));
    // The sentence depends on the language asked for: caches keep one answer per language.
    response.vary('Accept-Language');
    const isEnglish = prefersEnglish(http.getRequest<Request>());
    response.status(body.statusCode).json(isEnglish ? inEnglish(body) : body);
  }

  private toErrorResponse(
    exception: unknown,
  ): ErrorResponse & { affectedBookings?: unknown[]; existingLabels?: unknown[] } {
    // Nest wraps body-parser errors (too large, malformed JSON) in an HttpException with English text.
    const bodyParserError =
      exception instanceof HttpException && isBodyParserError(exception.cause)
        ? exception.cause
        : exception;
    if (isBodyParserError(bodyParserError)) return describeBodyParserError(bodyParserError);
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const payload =
        typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const givenMessage = typeof raw === 'string' ? raw : payload.message;
      // Nest's own errors (unknown route, body parser, path decoding) carry English text: keep ours only.
      const isOurs =
        typeof givenMessage === 'string' &&
        !isFrameworkMessage(givenMessage) &&
        !isMappedFromExpress(exception);
      const message = isOurs
        ? (givenMessage as string)
        : (frameworkSentence(exception.cause) ?? defaultMessage(statusCode));
      return {
        statusCode,
        error: statusName(statusCode),
        message,
        ...(Array.isArray(payload.issues)
          ? { issues: payload.issues as ErrorResponse['issues'] }
          : {}),
        // A change of hours refused until confirmed lists the bookings it would cancel.
        ...(Array.isArray(payload.affectedBookings)
          ? { affectedBookings: payload.affectedBookings as unknown[] }
          : {}),
        // A series of desks refused names the labels already taken.
        ...(Array.isArray(payload.existingLabels)
          ? { existingLabels: payload.existingLabels as unknown[] }
          : {}),
      };
    }
    const translated = translateDatabaseError(exception);
    if (translated) {
      return {
        statusCode: translated.status,
        error: statusName(translated.status),
        message: translated.message,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: statusName(500),
      message: defaultMessage(500),
    };
  }
}

/** English only when asked for before French; French when absent, unknown or tied. */
function prefersEnglish(request: Request): boolean {
  return request.acceptsLanguages('fr', 'en') === 'en';
}

/** The sentences of an answer in English (French is the source: the table is keyed by it). */
function inEnglish<Body extends ErrorResponse>(body: Body): Body {
  return {
    ...body,
    message: translateToEnglish(body.message),
    ...(body.issues
      ? {
          issues: body.issues.map((issue) => ({
            ...issue,
            message: translateToEnglish(issue.message),
          })),
        }
      : {}),
  };
}

function isFrameworkMessage(message: string): boolean {
  return /^(Cannot [A-Z]+ |Unexpected token|Bad Request|Forbidden resource|Unauthorized|Not Found)/.test(
    message,
  );
}

/**
 * Nest turns Express's and body-parser's errors (malformed JSON, a badly encoded path segment,
 * a body too large or in an unknown charset) into HttpExceptions whose cause is the original.
 */
function isMappedFromExpress(exception: HttpException): boolean {
  const cause = exception.cause;
  return cause instanceof SyntaxError || cause instanceof URIError || isBodyParserError(cause);
}

function frameworkSentence(cause: unknown): string | undefined {
  if (cause instanceof SyntaxError) return "Le corps de la requête n'est pas un JSON valide.";
  if (cause instanceof URIError) return "L'adresse demandée contient un caractère mal encodé.";
  return undefined;
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

/** Too large (413), an unknown charset or encoding (415), else a body that is not JSON (400). */
function describeBodyParserError(error: { status: number }): ErrorResponse {
  if (error.status === 413 || error.status === 415) {
    return {
      statusCode: error.status,
      error: statusName(error.status),
      message: defaultMessage(error.status),
    };
  }
  return {
    statusCode: 400,
    error: statusName(400),
    message: "Le corps de la requête n'est pas un JSON valide.",
  };
}

/** A 429 of ours carries its wait, sent as `Retry-After` (seconds); so does a 503 of the database. */
function readRetryAfterSeconds(exception: unknown): number | null {
  if (!(exception instanceof HttpException)) return null;
  const raw = exception.getResponse();
  const seconds =
    typeof raw === 'object' && raw !== null
      ? (raw as { retryAfterSeconds?: unknown }).retryAfterSeconds
      : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? Math.ceil(seconds) : null;
}
