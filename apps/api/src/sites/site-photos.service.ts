import { createHash } from 'node:crypto';
import {
  BadRequestException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { sitePhotoContentTypes, type Site, type SitePhotoContentType } from '@admz/shared';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource, type EntityManager } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { Clock } from '../common/clock';
import type { User } from '../users/user.entity';
import {
  deleteSitePhoto,
  readSitePhoto,
  readSitePhotoMetas,
  upsertSitePhoto,
} from './site-queries';
import { SitesService } from './sites.service';

export type ServedSitePhoto = { image: Buffer; contentType: SitePhotoContentType; etag: string };

const isPhotoType = (type: string | undefined): type is SitePhotoContentType =>
  sitePhotoContentTypes.some((candidate) => candidate === type);

/**
 * A site's photo, shown to agents with its access information: JPEG, PNG or WebP, recognised
 * by its first bytes (not by what the upload claims), stored in the database like zone plans.
 */
@Injectable()
export class SitePhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly clock: Clock,
  ) {}

  async uploadPhoto(
    actor: User,
    siteId: string,
    contentTypeHeader: string | undefined,
    body: unknown,
  ): Promise<Site> {
    const declared = (contentTypeHeader ?? '').split(';')[0]?.trim().toLowerCase();
    if (!isPhotoType(declared)) {
      throw new UnsupportedMediaTypeException(
        'La photo doit être une image JPEG, PNG ou WebP (Content-Type image/jpeg, image/png ou image/webp).',
      );
    }
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new BadRequestException('La photo est vide : envoyez le fichier de l’image.');
    }
    const detected = (await fileTypeFromBuffer(body))?.mime;
    if (!isPhotoType(detected)) {
      throw new UnprocessableEntityException(
        "Ce fichier n'est pas une image JPEG, PNG ou WebP : enregistrez la photo dans l'un de ces formats puis réessayez.",
      );
    }
    const site = await this.sites.getSite(siteId);
    await this.dataSource.transaction(async (manager) => {
      const before = (await readSitePhotoMetas(manager, [siteId])).get(siteId) ?? null;
      await upsertSitePhoto(manager, {
        siteId,
        image: body,
        contentType: detected,
        sha256: createHash('sha256').update(body).digest('hex'),
        at: this.clock.now(),
      });
      const after = (await readSitePhotoMetas(manager, [siteId])).get(siteId) ?? null;
      await this.recordChange(manager, actor, site, before, after);
    });
    return this.sites.getSiteResponse(siteId);
  }

  async getPhoto(siteId: string): Promise<ServedSitePhoto> {
    const photo = await readSitePhoto(this.dataSource.manager, siteId);
    if (!photo) throw new NotFoundException("Ce site n'a pas de photo.");
    return { image: photo.image, contentType: photo.content_type, etag: `"${photo.sha256}"` };
  }

  async deletePhoto(actor: User, siteId: string): Promise<Site> {
    const site = await this.sites.getSite(siteId);
    await this.dataSource.transaction(async (manager) => {
      const before = (await readSitePhotoMetas(manager, [siteId])).get(siteId) ?? null;
      if (!(await deleteSitePhoto(manager, siteId))) {
        throw new NotFoundException("Ce site n'a pas de photo.");
      }
      await this.recordChange(manager, actor, site, before, null);
    });
    return this.sites.getSiteResponse(siteId);
  }

  /** Written in the photo change's transaction (through its connection: see typed-query). */
  private async recordChange(
    manager: EntityManager,
    actor: User,
    site: { id: string; name: string },
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await insertAuditEvent(manager, {
      at: this.clock.now(),
      kind: 'site.photo-changed',
      actor: auditActorOf(actor),
      siteId: site.id,
      subject: site.name,
      before,
      after,
    });
  }
}
