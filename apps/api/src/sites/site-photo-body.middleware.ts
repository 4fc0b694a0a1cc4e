import { Injectable, type NestMiddleware } from '@nestjs/common';
import { maxSitePhotoBytes, sitePhotoContentTypes } from '@admz/shared';
import { rawImageBody } from '../common/raw-image-body';

/** Reads a site photo's raw image body; only on the photo route, as zone plans do. */
@Injectable()
export class SitePhotoBodyMiddleware implements NestMiddleware {
  readonly use = rawImageBody({
    contentTypes: sitePhotoContentTypes,
    maxBytes: maxSitePhotoBytes,
    tooLarge: 'La photo dépasse 2 Mo : réduisez ou compressez l’image puis réessayez.',
    unreadable: "Le fichier de la photo n'a pas pu être lu. Réessayez.",
  });
}
