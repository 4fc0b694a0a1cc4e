import { Injectable, type NestMiddleware } from '@nestjs/common';
import { maxZonePlanBytes, zonePlanContentTypes } from '@admz/shared';
import { rawImageBody } from '../common/raw-image-body';

/** Reads a plan upload's raw image body; only on the plan route. */
@Injectable()
export class ZonePlanBodyMiddleware implements NestMiddleware {
  readonly use = rawImageBody({
    contentTypes: zonePlanContentTypes,
    maxBytes: maxZonePlanBytes,
    tooLarge: 'Le plan dépasse 2 Mo : réduisez ou compressez l’image puis réessayez.',
    unreadable: "Le fichier du plan n'a pas pu être lu. Réessayez.",
  });
}
