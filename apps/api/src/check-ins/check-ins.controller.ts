import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { checkInRequestSchema, type CheckInResult, type KioskIdentity } from '@admz/shared';
import type { JWK } from 'jose';
import { CurrentKiosk, KioskOnly, Public } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { Kiosk } from '../kiosks/kiosk.entity';
import { CheckInsService } from './check-ins.service';
import { QrTokensService } from './qr-tokens.service';

class CheckInRequestDto extends zodDto(checkInRequestSchema) {}

/** What a kiosk device calls, with its credential as a Bearer token. */
@Controller('kiosk')
export class CheckInsController {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly qrTokens: QrTokensService,
  ) {}

  @Get('me')
  @KioskOnly()
  getKioskIdentity(@CurrentKiosk() kiosk: Kiosk): Promise<KioskIdentity> {
    return this.checkIns.describeKiosk(kiosk);
  }

  @Post('check-ins')
  @KioskOnly()
  @HttpCode(200)
  checkIn(@CurrentKiosk() kiosk: Kiosk, @Body() body: CheckInRequestDto): Promise<CheckInResult> {
    return this.checkIns.checkIn(kiosk, body);
  }

  @Get('keys')
  @Public()
  getPublicKeys(): Promise<{ keys: JWK[] }> {
    return this.qrTokens.publicJwks();
  }
}
