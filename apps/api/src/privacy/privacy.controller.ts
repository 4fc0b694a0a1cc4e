import { Controller, Delete, Get, Header, Res } from '@nestjs/common';
import type { AccountDeletion, MyData, RetentionPeriods } from '@admz/shared';
import type { Response } from 'express';
import { CurrentUser, Public, type CurrentUserContext } from '../auth/access.decorators';
import { MyDataService } from './my-data.service';
import { RetentionService } from './retention.service';

@Controller()
export class PrivacyController {
  constructor(
    private readonly myData: MyDataService,
    private readonly retention: RetentionService,
  ) {}

  // The « Données personnelles » page states this deployment's own periods.
  @Get('privacy/retention')
  @Public()
  getRetentionPeriods(): RetentionPeriods {
    return this.retention.getPeriods();
  }

  @Get('me/data')
  @Header('Cache-Control', 'no-store')
  getMyData(@CurrentUser() auth: CurrentUserContext): Promise<MyData> {
    return this.myData.exportMyData(auth);
  }

  @Get('me/data/download')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Disposition', 'attachment; filename="admz-mes-donnees.json"')
  downloadMyData(@CurrentUser() auth: CurrentUserContext): Promise<MyData> {
    return this.myData.exportMyData(auth);
  }

  @Delete('me')
  deleteMyAccount(
    @CurrentUser() auth: CurrentUserContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AccountDeletion> {
    return this.myData.deleteAccount(auth, response);
  }
}
