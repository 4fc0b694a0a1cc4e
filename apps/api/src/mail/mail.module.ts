import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevOutboxController } from './dev-outbox.controller';
import { DevOutboxGuard } from './dev-outbox.guard';
import { MAIL_PERSIST_DIR, MailService } from './mail.service';
import { OutboxMessage } from './outbox-message.entity';

@Global()
@Module({})
export class MailModule {
  /** `persistDir`: where outbox .eml files go (DATA_DIR); undefined in tests. */
  static register({ persistDir }: { persistDir: string | undefined }): DynamicModule {
    return {
      module: MailModule,
      imports: [TypeOrmModule.forFeature([OutboxMessage])],
      controllers: [DevOutboxController],
      providers: [{ provide: MAIL_PERSIST_DIR, useValue: persistDir }, MailService, DevOutboxGuard],
      exports: [MailService],
    };
  }
}
