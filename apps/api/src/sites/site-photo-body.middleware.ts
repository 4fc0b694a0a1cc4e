import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  type NestMiddleware,
} from '@nestjs/common';
import { maxSitePhotoBytes, sitePhotoContentTypes } from '@admz/shared';
import express, { type NextFunction, type Request, type Response } from 'express';
import { SESSION_COOKIE } from '../auth/sessions.service';

/** Reads a site photo's raw image body; only on the photo route, as zone plans do. */
@Injectable()
export class SitePhotoBodyMiddleware implements NestMiddleware {
  private readonly parseRawImage = express.raw({
    type: [...sitePhotoContentTypes],
    limit: maxSitePhotoBytes,
  });

  use(request: Request, response: Response, next: NextFunction): void {
    // No session cookie, no upload: the guard answers 401 without reading 2 MB first.
    const cookies = request.cookies as Record<string, string> | undefined;
    if (!cookies?.[SESSION_COOKIE]) return next();
    this.parseRawImage(request, response, (error?: unknown) => {
      if (!error) return next();
      const isTooLarge =
        typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
      next(
        isTooLarge
          ? new PayloadTooLargeException(
              'La photo dépasse 2 Mo : réduisez ou compressez l’image puis réessayez.',
            )
          : new BadRequestException("Le fichier de la photo n'a pas pu être lu. Réessayez."),
      );
    });
  }
}
