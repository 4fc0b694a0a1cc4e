import { createHash } from 'node:crypto';
import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { idSchema, publicEventsQuerySchema, type PublicAgenda } from '@admz/shared';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { PublicAgendaService } from './public-agenda.service';

class PublicEventsQueryDto extends zodDto(publicEventsQuerySchema) {}

/** The public agenda and its feeds: no login, the same for everyone, cached. */
@Controller('public')
@Public()
export class PublicAgendaController {
  constructor(private readonly publicAgenda: PublicAgendaService) {}

  @Get('events')
  @Header('Cache-Control', 'public, max-age=300')
  getAgenda(@Query() query: PublicEventsQueryDto): Promise<PublicAgenda> {
    return this.publicAgenda.getAgenda(query.siteId);
  }

  @Get('events.ics')
  async renderNetworkFeed(@Res() response: Response): Promise<void> {
    sendCalendar(response, await this.publicAgenda.renderNetworkFeed());
  }

  @Get('sites/:siteId/events.ics')
  async renderSiteFeed(
    @Param('siteId', new ZodParamPipe(idSchema)) siteId: string,
    @Res() response: Response,
  ): Promise<void> {
    sendCalendar(response, await this.publicAgenda.renderSiteFeed(siteId));
  }
}

/**
 * A feed calendars poll every few minutes: cached 15 minutes, then revalidated by its ETag (the
 * feed's bytes do not change until an event does: its DTSTAMP is the event's last change).
 */
function sendCalendar(response: Response, ics: string): void {
  const etag = `"${createHash('sha256').update(ics).digest('base64url')}"`;
  response.type('text/calendar; charset=utf-8').set({
    'Cache-Control': 'public, max-age=900',
    ETag: etag,
  });
  const knownTags = (response.req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (knownTags.includes(etag)) {
    response.status(304).end();
    return;
  }
  response.send(ics);
}
