import { Controller, Get, Query } from '@nestjs/common';
import { auditQuerySchema, type AuditEvent } from '@admz/shared';
import { DataSource } from 'typeorm';
import { AdminOnly } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { listAuditEvents } from './audit-queries';

class AuditQueryDto extends zodDto(auditQuerySchema) {}

@Controller('admin/audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @AdminOnly()
  list(@Query() query: AuditQueryDto): Promise<AuditEvent[]> {
    return listAuditEvents(this.dataSource.manager, query);
  }
}
