import { defineMessages } from '../i18n/language';

/** The texts of the components shared by several pages. */
export const componentsMessages = defineMessages({
  fr: {
    fullscreen: { enter: 'Plein écran', exit: 'Quitter le plein écran' },
    rotatingQr: {
      expired: 'QR code expiré',
      renewing: 'Nouveau QR code…',
      renewalFailed: 'Impossible de renouveler le QR code',
      rotationNote: (seconds: number) =>
        `Ce QR code change toutes les ${seconds} secondes : une capture d’écran ne fonctionne pas.`,
      nextCode: (countdown: string) => `Nouveau code dans ${countdown}.`,
    },
  },
  en: {
    fullscreen: { enter: 'Full screen', exit: 'Exit full screen' },
    rotatingQr: {
      expired: 'QR code expired',
      renewing: 'New QR code…',
      renewalFailed: 'The QR code could not be renewed',
      rotationNote: (seconds: number) =>
        `This QR code changes every ${seconds} seconds: a screenshot does not work.`,
      nextCode: (countdown: string) => `New code in ${countdown}.`,
    },
  },
});
