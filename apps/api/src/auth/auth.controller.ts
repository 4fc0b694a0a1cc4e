import { Controller, Get, HttpStatus, Post, Query, Redirect, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from './access.decorators';
import { OidcClientService, type BrowserRedirect } from './oidc-client.service';

/** Browser redirects of the OpenID Connect login (ProConnect, or the local provider in development). */
@Controller('auth')
export class AuthController {
  constructor(private readonly oidcClient: OidcClientService) {}

  @Public()
  @Get('login')
  @Redirect()
  login(
    @Query('returnTo') returnTo: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BrowserRedirect> {
    return this.oidcClient.startLogin(returnTo, response);
  }

  @Public()
  @Get('callback')
  @Redirect()
  callback(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BrowserRedirect> {
    return this.oidcClient.finishLogin(request, response);
  }

  /** A POST from AdmZ's own page (the guard checks its origin): a link elsewhere cannot log out. */
  @Public()
  @Post('logout')
  @Redirect(undefined, HttpStatus.SEE_OTHER)
  logout(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BrowserRedirect> {
    return this.oidcClient.startLogout(request, response);
  }

  @Public()
  @Get('logout/callback')
  @Redirect()
  logoutCallback(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): BrowserRedirect {
    return this.oidcClient.finishLogout(request, response);
  }
}
