import { Body, Controller, Get, HttpCode, Ip, Param, Post, Put } from '@nestjs/common';
import {
  createKioskSchema,
  idSchema,
  pairKioskSchema,
  setSettingsPinSchema,
  settingsUnlockSchema,
  type Kiosk,
  type KioskPairing,
  type PairedKiosk,
  type SettingsUnlockResult,
} from '@admz/shared';
import {
  CurrentKiosk,
  CurrentUser,
  KioskOnly,
  Public,
  SiteHostOnly,
  type CurrentUserContext,
} from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { Kiosk as KioskEntity } from './kiosk.entity';
import { KiosksService } from './kiosks.service';

class CreateKioskDto extends zodDto(createKioskSchema) {}
class PairKioskDto extends zodDto(pairKioskSchema) {}
class SetSettingsPinDto extends zodDto(setSettingsPinSchema) {}
class SettingsUnlockDto extends zodDto(settingsUnlockSchema) {}

const uuid = new ZodParamPipe(idSchema);

@Controller('sites/:siteId/kiosks')
@SiteHostOnly()
export class KiosksController {
  constructor(private readonly kiosks: KiosksService) {}

  @Get()
  listKiosks(@Param('siteId', uuid) siteId: string): Promise<Kiosk[]> {
    return this.kiosks.listKiosks(siteId);
  }

  @Post()
  createKiosk(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: CreateKioskDto,
  ): Promise<KioskPairing> {
    return this.kiosks.createKiosk(user, siteId, body);
  }

  @Post(':kioskId/pairing-code')
  @HttpCode(200)
  renewPairingCode(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('kioskId', uuid) kioskId: string,
  ): Promise<KioskPairing> {
    return this.kiosks.renewPairingCode(user, siteId, kioskId);
  }

  @Put(':kioskId/settings-pin')
  setSettingsPin(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('kioskId', uuid) kioskId: string,
    @Body() body: SetSettingsPinDto,
  ): Promise<Kiosk> {
    return this.kiosks.setSettingsPin(user, siteId, kioskId, body);
  }

  @Post(':kioskId/revoke')
  @HttpCode(200)
  revokeKiosk(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('kioskId', uuid) kioskId: string,
  ): Promise<Kiosk> {
    return this.kiosks.revokeKiosk(user, siteId, kioskId);
  }
}

/** The tablet's side of pairing: no credential yet, only the code a host gave. */
@Controller('kiosk')
export class KioskPairingController {
  constructor(private readonly kiosks: KiosksService) {}

  @Post('pair')
  @Public()
  pair(@Body() body: PairKioskDto, @Ip() sourceAddress: string | undefined): Promise<PairedKiosk> {
    return this.kiosks.pair(body, sourceAddress);
  }
}

/** The tablet asks whether the code typed at the door opens its settings. */
@Controller('kiosk')
@KioskOnly()
export class KioskSettingsController {
  constructor(private readonly kiosks: KiosksService) {}

  @Post('settings-unlock')
  @HttpCode(200)
  unlockSettings(
    @CurrentKiosk() kiosk: KioskEntity,
    @Body() body: SettingsUnlockDto,
  ): Promise<SettingsUnlockResult> {
    return this.kiosks.unlockSettings(kiosk, body);
  }
}
