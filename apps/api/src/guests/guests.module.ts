import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { GuestCheckInsService } from './guest-check-ins.service';
import {
  GuestsController,
  PublicGuestInvitationsController,
  SiteGuestSettingsController,
  SiteGuestsController,
} from './guests.controller';
import { GuestsService } from './guests.service';

@Module({
  imports: [SitesModule],
  controllers: [
    GuestsController,
    SiteGuestsController,
    SiteGuestSettingsController,
    PublicGuestInvitationsController,
  ],
  providers: [GuestsService, GuestCheckInsService],
  exports: [GuestCheckInsService],
})
export class GuestsModule {}
