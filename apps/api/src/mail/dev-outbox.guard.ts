import {
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config';
import { MailService } from './mail.service';

/**
 * The development outbox exists only without SMTP server and outside production; there,
 * administrators read it, and in development (and tests) any logged-in agent does.
 */
@Injectable()
export class DevOutboxGuard implements CanActivate {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.mail.isOutboxBrowsable) {
      throw new NotFoundException(
        "La boîte d'envoi de développement n'est pas active : les mails partent par SMTP.",
      );
    }
    const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
    if (auth?.user.isAdmin || this.config.nodeEnv !== 'production') return true;
    throw new ForbiddenException("La boîte d'envoi est réservée aux administrateurs.");
  }
}
