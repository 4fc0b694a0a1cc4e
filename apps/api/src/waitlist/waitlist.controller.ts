import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { idSchema, joinWaitlistSchema, type WaitlistEntry } from '@admz/shared';
import { CurrentUser, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { WaitlistService } from './waitlist.service';

class JoinWaitlistDto extends zodDto(joinWaitlistSchema) {}

@Controller('waitlist')
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  @Post()
  joinWaitlist(
    @CurrentUser() { user }: CurrentUserContext,
    @Body() body: JoinWaitlistDto,
  ): Promise<WaitlistEntry> {
    return this.waitlist.joinWaitlist(user, body);
  }

  @Get('mine')
  listMyEntries(@CurrentUser() { user }: CurrentUserContext): Promise<WaitlistEntry[]> {
    return this.waitlist.listMyEntries(user);
  }

  @Delete(':entryId')
  leaveWaitlist(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('entryId', new ZodParamPipe(idSchema)) entryId: string,
  ): Promise<WaitlistEntry> {
    return this.waitlist.leaveWaitlist(user, entryId);
  }
}
