import { Controller, Get } from '@nestjs/common';
import type { Me } from '@admz/shared';
import { CurrentUser, type CurrentUserContext } from './access.decorators';

@Controller('me')
export class MeController {
  @Get()
  getMe(@CurrentUser() { user, hostedSiteIds }: CurrentUserContext): Me {
    return {
      id: user.id,
      givenName: user.givenName,
      usualName: user.usualName,
      email: user.email,
      organizationLabel: user.organizationLabel,
      isAdmin: user.isAdmin,
      hostedSiteIds,
    };
  }
}
