import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { User } from './user.entity';
import { Clock } from '../common/clock';
import { insertAuditEvent } from '../audit/audit-queries';
import { acceptInvitations } from '../hosts/host-queries';

/** The identity claims AdmZ keeps (ProConnect names). */
export type IdentityClaims = {
  sub: string;
  given_name?: string;
  usual_name?: string;
  email?: string;
  uid?: string;
  siret?: string;
  idp_id?: string;
  organization_label?: string;
  roles?: string[];
};

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** ProConnect lets everyone through: access is ours to decide, on the `roles` claim. */
  isPublicAgent(claims: IdentityClaims): boolean {
    return (claims.roles ?? []).some((role) => this.config.oidc.allowedRoles.includes(role));
  }

  /** Creates or refreshes the person behind `sub` (the identity key) from fresh claims. */
  async upsertFromClaims(claims: IdentityClaims): Promise<User> {
    const email = (claims.email ?? '').toLowerCase();
    const values = {
      sub: claims.sub,
      givenName: claims.given_name ?? '',
      usualName: claims.usual_name ?? '',
      email,
      uid: claims.uid ?? null,
      siret: claims.siret ?? null,
      idpId: claims.idp_id ?? null,
      organizationLabel: claims.organization_label ?? null,
      lastLoginAt: this.clock.now(),
    };
    await this.users
      .createQueryBuilder()
      .insert()
      .values({ ...values, isAdmin: this.config.adminEmails.includes(email) })
      .orUpdate(
        [
          'given_name',
          'usual_name',
          'email',
          'uid',
          'siret',
          'idp_id',
          'organization_label',
          'last_login_at',
        ],
        ['sub'],
      )
      .execute();
    const user = await this.users.findOneByOrFail({ sub: claims.sub });
    if (!user.isAdmin && this.config.adminEmails.includes(email)) {
      await this.users.update({ id: user.id }, { isAdmin: true });
      user.isAdmin = true;
    }
    if (email) await this.acceptInvitations(user, email);
    return user;
  }

  /** An admin appointed this address before its first login: the roles are the person's now. */
  private async acceptInvitations(user: User, email: string): Promise<void> {
    await this.users.manager.transaction(async (manager) => {
      const siteIds = await acceptInvitations(manager, user.id, email);
      for (const siteId of siteIds) {
        await insertAuditEvent(manager, {
          at: this.clock.now(),
          kind: 'host.invitation-accepted',
          actor: null,
          siteId,
          subject: `${user.givenName} ${user.usualName} <${email}>`.trim(),
          after: { role: 'host', userId: user.id },
        });
      }
    });
  }
}
