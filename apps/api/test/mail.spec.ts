import type { AddressInfo } from 'node:net';
import type { Booking, BookingPass, ErrorResponse, Outbox } from '@admz/shared';
import jsQR from 'jsqr';
import { simpleParser, type ParsedMail } from 'mailparser';
import { PNG } from 'pngjs';
import { SMTPServer } from 'smtp-server';
import { QrTokensService } from '../src/check-ins/qr-tokens.service';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NotificationsService } from '../src/notifications/notifications.service';
import {
  addDays,
  book,
  loadDemoSites,
  nextWeekday,
  weeksLaterOpen,
  sessionsFor,
  type DemoSite,
  startDemoApp,
  type DemoSessions,
  listAllMyBookings,
} from './fixtures';
import { call, demoClaims, startTestApp, type TestApp } from './test-app';

/** A real SMTP server on a loopback port, keeping every message it receives. */
async function startSmtpServer(): Promise<{
  url: string;
  received: ParsedMail[];
  close: () => Promise<void>;
}> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream, { keepCidLinks: true })
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function waitFor<T>(find: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('waited 10 s for a mail that did not come');
}

function decodeQrCode(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** iCalendar content lines, unfolded (RFC 5545 §3.1). */
function icsLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

const utcStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const agentEmail = demoClaims('agent').email!;

describe('mail over SMTP', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let paris: DemoSite;
  let cookies: DemoSessions;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ({ t, paris, cookies } = await startDemoApp({ SMTP_URL: smtp.url }));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const mailTo = (address: string, subject: RegExp) =>
    waitFor(() =>
      smtp.received.find(
        (mail) =>
          subject.test(mail.subject ?? '') &&
          (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) =>
            to?.value.some((entry) => entry.address === address),
          ),
      ),
    );

  let booking: Booking;
  const uidOf = (bookingId: string) => `UID:reservation-${bookingId}@admz.beta.gouv.fr`;

  test('a booking sends a French confirmation with the QR code and an invitation', async () => {
    const date = nextWeekday(t.clock, paris.timezone, 2);
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(0),
      date,
      slot: 'morning',
    });
    expect(created.status).toBe(201);
    booking = created.body;

    const mail = await mailTo(agentEmail, /^Réservation confirmée/);
    expect(mail.from?.value).toEqual([
      { name: 'AdmZ', address: 'ne-pas-repondre@admz.beta.gouv.fr' },
    ]);
    expect(mail.subject).toContain(`poste ${booking.desk.label}, AdmZ Paris`);
    expect(mail.text).toContain('Bonjour Camille,');
    expect(mail.text).toContain('Créneau : Matin, de 09:00 à 13:00');
    expect(mail.text).toContain('20 avenue de Ségur, 75007 Paris');
    expect(mail.html).toContain('Votre réservation est confirmée');
    expect(mail.html).toContain('lang="fr"');

    // The inline image the HTML shows is the booking's own signed check-in token, valid over
    // the booking's window (the web app's code, by contrast, changes every 30 s).
    const qr = mail.attachments.find((attachment) => attachment.contentType === 'image/png');
    expect(qr?.cid).toBeTruthy();
    expect(mail.html).toContain(`cid:${qr!.cid}`);
    const mailToken = decodeQrCode(qr!.content)!;
    const verified = await t.app.get(QrTokensService).verify(mailToken, new Date(booking.startsAt));
    expect(verified).toMatchObject({
      type: 'booking',
      bookingId: booking.id,
      siteId: paris.id,
      givenName: 'Camille',
      deskLabel: booking.desk.label,
      validUntil: new Date(booking.endsAt),
    });
    const pass = await call<BookingPass>(t, `/api/bookings/${booking.id}/pass`, {
      cookie: cookies.agent,
    });
    expect(pass.body.token).not.toBe(mailToken);

    const invitation = mail.attachments.find(
      (attachment) => attachment.filename === 'reservation.ics',
    );
    expect(invitation?.contentType).toBe('text/calendar');
    const ics = invitation!.content.toString('utf8');
    expect(ics).not.toMatch(/[^\r]\n/);
    const lines = icsLines(ics);
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain(`DTSTART:${utcStamp(booking.startsAt)}`);
    expect(lines).toContain(`DTEND:${utcStamp(booking.endsAt)}`);
    expect(lines).toContain(`SUMMARY:AdmZ — poste ${booking.desk.label} (AdmZ Paris)`);
    expect(lines).toContain(uidOf(booking.id));
  });

  test('cancelling sends a cancellation that removes the same calendar event', async () => {
    const cancelled = await call<Booking>(t, `/api/bookings/${booking.id}/cancel`, {
      method: 'POST',
      cookie: cookies.agent,
    });
    expect(cancelled.status).toBe(200);

    const mail = await mailTo(agentEmail, /^Réservation annulée/);
    expect(mail.text).toContain('Votre réservation est annulée');
    expect(mail.text).toContain(`Poste : ${booking.desk.label}`);
    const cancellation = mail.attachments.find(
      (attachment) => attachment.filename === 'annulation.ics',
    );
    const lines = icsLines(cancellation!.content.toString('utf8'));
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain(uidOf(booking.id));
    expect(lines).toContain(`DTSTART:${utcStamp(booking.startsAt)}`);
  });

  test('the development outbox is off when mails go out by SMTP', async () => {
    const response = await call<ErrorResponse>(t, '/api/dev/outbox', { cookie: cookies.admin });
    expect(response.status).toBe(404);
    expect(response.body.message).toMatch(/boîte d'envoi/);
  });
});

describe('mail when the SMTP server is down', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A port nobody listens on: every delivery attempt is refused.
    const closed = await startSmtpServer();
    await closed.close();
    t = await startTestApp({ SMTP_URL: closed.url });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('the booking still succeeds, and stays booked', async () => {
    const { paris } = await loadDemoSites(t);
    const cookies = await sessionsFor(t);
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(1),
      date: nextWeekday(t.clock, paris.timezone, 3),
      slot: 'day',
    });
    expect(created.status).toBe(201);
    const mine = await listAllMyBookings(t, cookies.agent);
    expect(mine.find((item) => item.id === created.body.id)?.status).toBe('confirmed');
  });
});

describe('no SMTP_URL with a real identity provider', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Discovery is lazy: an issuer nobody answers for is enough to turn the local provider off.
    t = await startTestApp({
      NODE_ENV: 'development',
      OIDC_ISSUER: 'https://proconnect.example/api/v2',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('there is no outbox to read: real people log in, and their mail is theirs', async () => {
    const { paris } = await loadDemoSites(t);
    const cookies = await sessionsFor(t);
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(4),
      date: nextWeekday(t.clock, paris.timezone, 2),
      slot: 'morning',
    });
    expect(created.status).toBe(201);
    for (const cookie of [cookies.agent2, cookies.admin]) {
      const response = await call<ErrorResponse>(t, '/api/dev/outbox', { cookie });
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain(agentEmail);
    }
  });
});

describe('development outbox (no SMTP_URL)', () => {
  let t: TestApp;
  let paris: DemoSite;
  let cookies: DemoSessions;

  beforeAll(async () => {
    ({ t, paris, cookies } = await startDemoApp());
  });
  afterAll(async () => {
    await t?.close();
  });

  const outbox = async () => {
    const response = await call<Outbox>(t, '/api/dev/outbox', { cookie: cookies.agent });
    expect(response.status).toBe(200);
    return response.body.messages;
  };

  test('a booking mail lands in the outbox, readable on the development page', async () => {
    const created = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: paris.deskId(2),
      date: nextWeekday(t.clock, paris.timezone, 4),
      slot: 'afternoon',
    });
    expect(created.status).toBe(201);
    // A worker composes the mail after the answer: wait for it.
    const mail = await waitFor(async () => (await outbox())[0]);
    expect(mail.to).toContain(agentEmail);
    expect(mail.subject).toMatch(/^Réservation confirmée : poste/);
    expect(mail.text).toContain('Créneau : Après-midi, de 13:00 à 19:00');
    // The preview carries the QR code itself, since a page cannot resolve cid: links.
    expect(mail.html).toContain('data:image/png;base64,');
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([
      'qr-code.png',
      'reservation.ics',
    ]);

    const anonymous = await call(t, '/api/dev/outbox');
    expect(anonymous.status).toBe(401);
  });

  test('a recurring series sends one mail listing the dates booked and those refused', async () => {
    // A week later than the other tests here, whose bookings would make the closure a 409.
    const tuesday = weeksLaterOpen(nextWeekday(t.clock, paris.timezone, 2), 1);
    const closedThursday = addDays(tuesday, 2);
    const closure = await call(
      t,
      `/api/sites/${paris.id}/opening-hours/exceptions/${closedThursday}`,
      { method: 'PUT', cookie: cookies.hote, body: { isClosed: true, reason: 'Inventaire' } },
    );
    expect(closure.status).toBe(200);
    const series = await call<{ booked: unknown[]; refused: unknown[] }>(t, '/api/booking-series', {
      cookie: cookies.admin,
      body: {
        siteId: paris.id,
        deskId: paris.deskId(7),
        slot: 'morning',
        weekdays: [2, 4],
        from: tuesday,
        until: addDays(tuesday, 7),
      },
    });
    expect(series.status).toBe(201);
    expect(series.body.booked).toHaveLength(2);
    expect(series.body.refused).toHaveLength(1);
    const mail = await waitFor(async () =>
      (await outbox()).find((message) => /^2 réservations confirmées/.test(message.subject)),
    );
    expect(mail.to).toContain('paul.durand@numerique.gouv.fr');
    expect(mail.text).toContain('Ces dates n’ont pas pu être réservées');
    expect(mail.text).toContain('Inventaire');
    // One mail for the series, not one per date.
    const perDate = (await outbox()).filter(
      (message) =>
        message.to.includes('paul.durand') && message.subject.startsWith('Réservation confirmée'),
    );
    expect(perDate).toHaveLength(0);
  });

  test('waitlist promotion, reminder and hours change each tell the person in French', async () => {
    const created = await book(t, cookies.agent2, {
      siteId: paris.id,
      deskId: paris.deskId(3),
      date: nextWeekday(t.clock, paris.timezone, 5),
      slot: 'morning',
    });
    expect(created.status).toBe(201);
    const notifications = t.app.get(NotificationsService);
    const agent2 = demoClaims('agent2').email!;

    // Each is a mail job, composed by a worker after the call.
    const mailsToAgent2 = (count: number) =>
      waitFor(async () => {
        const mails = (await outbox()).filter(
          (mail) => mail.to.includes(agent2) && !mail.subject.startsWith('Réservation confirmée'),
        );
        return mails.length >= count ? mails : undefined;
      });
    await notifications.waitlistPromoted(created.body.id);
    await notifications.bookingReminder(created.body.id);
    // The reminder is composed from the booking as it is then: still confirmed.
    await mailsToAgent2(2);
    await t.dataSource.query(`UPDATE bookings SET status = 'cancelled' WHERE id = $1`, [
      created.body.id,
    ]);
    await notifications.hoursChanged(paris.id, [created.body.id]);

    const toAgent2 = await mailsToAgent2(3);
    const subjects = toAgent2.map((mail) => mail.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Un poste s'est libéré : poste/),
        expect.stringMatching(/^Rappel : demain, poste/),
        expect.stringMatching(/^Réservation annulée \(horaires modifiés\)/),
      ]),
    );
    const hoursChanged = toAgent2.find((mail) => mail.subject.includes('horaires modifiés'))!;
    expect(hoursChanged.text).toContain('Matin, de 09:00 à 13:00');
    expect(hoursChanged.text).toMatch(/Pourquoi : les nouveaux horaires d'ouverture de AdmZ Paris/);
    expect(hoursChanged.attachments.map((attachment) => attachment.filename)).toEqual([
      'annulation.ics',
    ]);
  });

  test('a failing notification never fails its caller', async () => {
    const notifications = t.app.get(NotificationsService);
    await expect(
      notifications.bookingConfirmed('00000000-0000-4000-8000-000000000000'),
    ).resolves.toBeUndefined();
  });
});
