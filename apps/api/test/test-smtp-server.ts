import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * What the server does with a message once it has read it: accept it (250), refuse it for now
 * (451, the answer of a server that will take it later), or hold the answer until `release()`.
 */
export type SmtpBehaviour = 'accept' | 'refuse' | 'hold';

/** `to`: the recipients' addresses. */
export type ReceivedMail = { messageId: string; subject: string; to: string[] };

/**
 * A real SMTP server on a loopback port that counts what it accepted, refused and holds, by
 * Message-ID. It may start closed (`listen()` later, on the same port): a mail server that is down.
 */
export async function startTestSmtpServer({
  behaviour = 'accept',
  isListening = true,
}: { behaviour?: SmtpBehaviour; isListening?: boolean } = {}) {
  let current = behaviour;
  const accepted: ReceivedMail[] = [];
  const refused: ReceivedMail[] = [];
  const held: { mail: ReceivedMail; answer: () => void }[] = [];
  const closedSessions = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = {
            messageId: parsed.messageId ?? '',
            subject: parsed.subject ?? '',
            to: [parsed.to ?? []]
              .flat()
              .flatMap((to) => to.value.map((entry) => entry.address ?? '')),
          };
          if (current === 'refuse') {
            refused.push(mail);
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          } else if (current === 'hold') {
            held.push({
              mail,
              answer: () => {
                // Delivered only if the client is still there to hear the 250.
                if (!closedSessions.has(session.id)) accepted.push(mail);
                callback();
              },
            });
          } else {
            accepted.push(mail);
            callback();
          }
        })
        .catch(callback);
    },
  });
  // A port that was free: the server listens there now, or later.
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port: chosen } = server.server.address() as AddressInfo;
      if (isListening) resolve(chosen);
      else server.server.close(() => resolve(chosen));
    });
  });
  let isOpen = isListening;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    refused,
    held,
    /** How many times the server accepted the mail of this Message-ID. */
    acceptedCount: (messageId: string) =>
      accepted.filter((mail) => mail.messageId === messageId).length,
    behave(next: SmtpBehaviour) {
      current = next;
    },
    /** Answers 250 to every held message; those whose client has gone are not delivered. */
    release() {
      for (const { answer } of held.splice(0)) answer();
    },
    async listen() {
      await new Promise<void>((resolve) => server.server.listen(port, '127.0.0.1', resolve));
      isOpen = true;
    },
    async close() {
      if (!isOpen) return;
      isOpen = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startTestSmtpServer>>;
