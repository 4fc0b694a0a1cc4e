import { Injectable, NotFoundException, type CanActivate } from '@nestjs/common';
import { MailService } from './mail.service';

/**
 * The development outbox exists only with the local identity provider and no SMTP server
 * (see `MailService.isOutboxBrowsable`); there, every account is a demo account.
 */
@Injectable()
export class DevOutboxGuard implements CanActivate {
  constructor(private readonly mail: MailService) {}

  canActivate(): boolean {
    if (!this.mail.isOutboxBrowsable) {
      throw new NotFoundException("La boîte d'envoi de développement n'est pas active.");
    }
    return true;
  }
}
