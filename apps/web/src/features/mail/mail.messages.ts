import { formatCount } from '../../i18n/format';
import { defineMessages } from '../../i18n/language';

const mail = { fr: 'mail', en: 'e-mail' };

/** The development outbox: the mails the server kept instead of sending them. */
export const mailMessages = defineMessages({
  fr: {
    route: {
      title: "Boîte d'envoi (développement)",
      lead: "Sans serveur SMTP configuré, AdmZ garde ici les mails qu'il aurait envoyés.",
    },
    outbox: {
      loading: "Chargement de la boîte d'envoi…",
      inactiveTitle: "Boîte d'envoi inactive",
      inactive: "Ce serveur envoie les mails par SMTP (SMTP_URL) : il n'en garde pas de copie ici.",
      empty: "Aucun mail pour l'instant.",
      emptyHint: "Réservez ou annulez un poste : le mail envoyé à l'agent apparaîtra ici.",
      listLabel: 'Mails envoyés',
      count: (count: number) => `${formatCount(count, mail, 'fr')}, du plus récent au plus ancien.`,
      to: (address: string) => `À ${address}`,
      attachments: 'Pièces jointes :',
      htmlVersion: (subject: string) => `Version HTML du mail « ${subject} »`,
      textVersion: 'Version texte',
    },
  },
  en: {
    route: {
      title: 'Outbox (development)',
      lead: 'With no SMTP server configured, AdmZ keeps here the e-mails it would have sent.',
    },
    outbox: {
      loading: 'Loading the outbox…',
      inactiveTitle: 'Outbox inactive',
      inactive: 'This server sends e-mails by SMTP (SMTP_URL): it keeps no copy here.',
      empty: 'No e-mails yet.',
      emptyHint: 'Book or cancel a desk: the e-mail sent to the public servant will appear here.',
      listLabel: 'Sent e-mails',
      count: (count: number) => `${formatCount(count, mail, 'en')}, newest first.`,
      to: (address: string) => `To ${address}`,
      attachments: 'Attachments:',
      htmlVersion: (subject: string) => `HTML version of the e-mail “${subject}”`,
      textVersion: 'Text version',
    },
  },
});
