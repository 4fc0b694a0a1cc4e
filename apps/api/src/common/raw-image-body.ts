import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { SESSION_COOKIE } from '../auth/sessions.service';

/** What an image upload route accepts, and the sentences its refusals say. */
export type RawImageBodyOptions = {
  contentTypes: readonly string[];
  maxBytes: number;
  tooLarge: string;
  unreadable: string;
};

/**
 * Reads an upload's raw image body, for the one route it is applied to (JSON parsing elsewhere is
 * untouched). Without a session cookie nothing is read: the guard answers 401 without reading
 * megabytes first.
 */
export function rawImageBody(options: RawImageBodyOptions) {
  const parseRawImage = express.raw({ type: [...options.contentTypes], limit: options.maxBytes });
  return (request: Request, response: Response, next: NextFunction): void => {
    const cookies = request.cookies as Record<string, string> | undefined;
    if (!cookies?.[SESSION_COOKIE]) return next();
    parseRawImage(request, response, (error?: unknown) => {
      if (!error) return next();
      const isTooLarge =
        typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
      next(
        isTooLarge
          ? new PayloadTooLargeException(options.tooLarge)
          : new BadRequestException(options.unreadable),
      );
    });
  };
}
