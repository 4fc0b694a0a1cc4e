import type { ZonePlanContentType } from '@admz/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The plan image of one zone of a site (SVG or PNG), as uploaded by a host. */
@Entity('zone_plans')
export class ZonePlanRow {
  @PrimaryColumn('uuid', { name: 'site_id' }) siteId: string;
  @PrimaryColumn('text') zone: string;
  @Column('bytea') image: Buffer;
  @Column('text', { name: 'content_type' }) contentType: ZonePlanContentType;
  @Column('double precision') width: number;
  @Column('double precision') height: number;
  /** Hash of the image: the ETag, and a version in the plan URL. */
  @Column('text') sha256: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
