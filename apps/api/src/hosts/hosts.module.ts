import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { HostsController } from './hosts.controller';
import { HostsService } from './hosts.service';

@Module({
  imports: [SitesModule],
  controllers: [HostsController],
  providers: [HostsService],
})
export class HostsModule {}
