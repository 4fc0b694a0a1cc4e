import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { outboxQuerySchema, type Outbox } from '@admz/shared';
import { zodDto } from '../common/zod-dto';
import { DevOutboxGuard } from './dev-outbox.guard';
import { MailService } from './mail.service';

class OutboxQueryDto extends zodDto(outboxQuerySchema) {}

@Controller('dev/outbox')
@UseGuards(DevOutboxGuard)
export class DevOutboxController {
  constructor(private readonly mail: MailService) {}

  @Get()
  listOutbox(@Query() query: OutboxQueryDto): Promise<Outbox> {
    return this.mail.listOutbox(query.limit);
  }
}
