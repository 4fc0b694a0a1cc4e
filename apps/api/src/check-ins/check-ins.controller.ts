import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import {
  checkInRequestSchema,
  checkOutRequestSchema,
  offlineCheckInsRequestSchema,
  walkInRequestSchema,
  type CheckInResult,
  type CheckOutResult,
  type KioskIdentity,
  type OfflineCheckInsResult,
} from '@admz/shared';
import type { JWK } from 'jose';
import { CurrentKiosk, KioskOnly, Public } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { Kiosk } from '../kiosks/kiosk.entity';
import { CheckInsService } from './check-ins.service';
import { QrTokensService } from './qr-tokens.service';

class CheckInRequestDto extends zodDto(checkInRequestSchema) {}
class CheckOutRequestDto extends zodDto(checkOutRequestSchema) {}
class WalkInRequestDto extends zodDto(walkInRequestSchema) {}
class OfflineCheckInsRequestDto extends zodDto(offlineCheckInsRequestSchema) {}

/** What a kiosk device calls, with its credential as a Bearer token. */
@Controller('kiosk')
@KioskOnly()
export class CheckInsController {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly qrTokens: QrTokensService,
  ) {}

  @Get('me')
  getKioskIdentity(@CurrentKiosk() kiosk: Kiosk): Promise<KioskIdentity> {
    return this.checkIns.describeKiosk(kiosk);
  }

  @Post('check-ins')
  @HttpCode(200)
  checkIn(
    @CurrentKiosk() kiosk: Kiosk,
    @Body() body: CheckInRequestDto,
    @Ip() sourceAddress: string | undefined,
  ): Promise<CheckInResult> {
    return this.checkIns.checkIn(kiosk, body, sourceAddress);
  }

  @Post('check-outs')
  @HttpCode(200)
  checkOut(
    @CurrentKiosk() kiosk: Kiosk,
    @Body() body: CheckOutRequestDto,
  ): Promise<CheckOutResult> {
    return this.checkIns.checkOut(kiosk, body);
  }

  @Post('walk-ins')
  @HttpCode(201)
  walkIn(@CurrentKiosk() kiosk: Kiosk, @Body() body: WalkInRequestDto): Promise<CheckInResult> {
    return this.checkIns.walkIn(kiosk, body);
  }

  @Post('check-ins/offline')
  @HttpCode(200)
  replayOffline(
    @CurrentKiosk() kiosk: Kiosk,
    @Body() body: OfflineCheckInsRequestDto,
  ): Promise<OfflineCheckInsResult> {
    return this.checkIns.replayOffline(kiosk, body);
  }

  @Get('keys')
  @Public()
  getPublicKeys(): Promise<{ keys: JWK[] }> {
    return this.qrTokens.publicJwks();
  }
}
