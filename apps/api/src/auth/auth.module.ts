import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KiosksModule } from '../kiosks/kiosks.module';
import { SiteRole, User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { MeController } from './me.controller';
import { OidcClientService } from './oidc-client.service';
import { LoginAttempt, Session } from './session.entity';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Session, LoginAttempt, User, SiteRole]), KiosksModule],
  controllers: [MeController, AuthController],
  providers: [
    SessionsService,
    UsersService,
    OidcClientService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, UsersService],
})
export class AuthModule {}
