/** A booking as a mail tells it: every value already in French and in site-local time. */
export type BookingMailView = {
  givenName: string;
  siteName: string;
  siteAddress: string;
  accessInfo: string;
  timezone: string;
  deskLabel: string;
  zone: string;
  /** « lundi 23 novembre 2026 » */
  dateLabel: string;
  /** « Matin », « Après-midi », « Journée » */
  slotLabel: string;
  localStart: string;
  localEnd: string;
  /** « AB3D-EF7H » */
  shortCode: string;
  passUrl: string;
  myBookingsUrl: string;
  bookUrl: string;
};

export type MailContent = { subject: string; text: string; html: string };

// State design system colours (blue France, grey text, success, error), inlined: mail clients drop <style>.
const colours = {
  blue: '#000091',
  text: '#161616',
  muted: '#666666',
  border: '#dddddd',
  background: '#f6f6f6',
  success: '#18753c',
  error: '#ce0500',
};

const signatureText = [
  '—',
  "AdmZ, les tiers-lieux de l'État",
  'Ce message est envoyé automatiquement : merci de ne pas y répondre.',
].join('\n');

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const slotSentence = (view: BookingMailView) =>
  `${view.slotLabel}, de ${view.localStart} à ${view.localEnd} (heure locale du site, ${view.timezone})`;

const shortLabel = (view: BookingMailView) =>
  `poste ${view.deskLabel}, ${view.siteName}, ${view.dateLabel} (${view.slotLabel.toLowerCase()})`;

function detailsText(view: BookingMailView): string {
  return [
    `Site : ${view.siteName}`,
    view.siteAddress ? `Adresse : ${view.siteAddress}` : '',
    `Poste : ${view.deskLabel} (zone ${view.zone})`,
    `Date : ${view.dateLabel}`,
    `Créneau : ${slotSentence(view)}`,
    view.accessInfo ? `Accès : ${view.accessInfo}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function detailsHtml(view: BookingMailView): string {
  const rows: [string, string][] = [
    ['Site', view.siteName],
    ['Adresse', view.siteAddress],
    ['Poste', `${view.deskLabel} (zone ${view.zone})`],
    ['Date', view.dateLabel],
    ['Créneau', slotSentence(view)],
    ['Accès', view.accessInfo],
  ];
  const cells = rows
    .filter(([, value]) => value)
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;color:${colours.muted};font-weight:normal;white-space:nowrap">${escapeHtml(label)}</th>` +
        `<td style="padding:6px 0;color:${colours.text};font-weight:bold">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" style="border-collapse:collapse;margin:16px 0;font-size:16px">${cells}</table>`;
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(text)}</p>`;
}

function button(label: string, url: string): string {
  return `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:${colours.blue};color:#ffffff;text-decoration:none;padding:10px 20px;font-weight:bold">${escapeHtml(label)}</a></p>`;
}

function qrBlock(view: BookingMailView, qrCid: string): string {
  return (
    `<div style="margin:24px 0;padding:16px;border:1px solid ${colours.border};text-align:center">` +
    `<img src="cid:${escapeHtml(qrCid)}" width="220" height="220" alt="QR code d'arrivée de votre réservation du ${escapeHtml(view.dateLabel)}, à présenter à la borne d'accueil" style="display:block;margin:0 auto 12px">` +
    `<p style="margin:0;color:${colours.text}">Code à saisir si la caméra ne lit pas le QR code : <strong style="font-family:monospace;font-size:18px;letter-spacing:2px">${escapeHtml(view.shortCode)}</strong></p>` +
    `</div>`
  );
}

/** The common frame: a French, single-column, accessible mail (lang, title, real headings). */
function layout(title: string, accent: string, bodyHtml: string): string {
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="margin:0;padding:0;background:${colours.background};font-family:Marianne,Arial,sans-serif;color:${colours.text}">`,
    `<div style="max-width:600px;margin:0 auto;background:#ffffff;border-top:4px solid ${colours.blue}">`,
    `<div style="padding:16px 24px;border-bottom:1px solid ${colours.border}"><strong style="font-size:20px;color:${colours.blue}">AdmZ</strong> <span style="color:${colours.muted}">— les tiers-lieux de l'État</span></div>`,
    `<div style="padding:24px">`,
    `<h1 style="margin:0 0 16px;font-size:24px;line-height:1.3;color:${accent}">${escapeHtml(title)}</h1>`,
    bodyHtml,
    `</div>`,
    `<div style="padding:16px 24px;border-top:1px solid ${colours.border};font-size:14px;color:${colours.muted}">Ce message est envoyé automatiquement par AdmZ : merci de ne pas y répondre.</div>`,
    `</div></body></html>`,
  ].join('\n');
}

export function bookingConfirmedMail(view: BookingMailView, qrCid: string): MailContent {
  const title = 'Votre réservation est confirmée';
  const arrival = `À votre arrivée, présentez le QR code à la borne d'accueil, ou saisissez le code ${view.shortCode}.`;
  const calendar = "L'invitation jointe (reservation.ics) ajoute ce créneau à votre agenda.";
  return {
    subject: `Réservation confirmée : ${shortLabel(view)}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      'Votre réservation est confirmée.',
      '',
      detailsText(view),
      '',
      arrival,
      `Votre QR code est aussi dans « Mes réservations » : ${view.passUrl}`,
      calendar,
      '',
      `Un empêchement ? Annulez pour libérer le poste : ${view.myBookingsUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.blue,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph('Votre réservation est confirmée.'),
        detailsHtml(view),
        paragraph(arrival),
        qrBlock(view, qrCid),
        paragraph(calendar),
        button('Voir mes réservations', view.myBookingsUrl),
        paragraph('Un empêchement ? Annulez votre réservation pour libérer le poste.'),
      ].join('\n'),
    ),
  };
}

/** A recurring series: every date booked (same desk and slot) and every date refused, with why. */
export type SeriesMailView = {
  givenName: string;
  siteName: string;
  deskLabel: string;
  zone: string;
  slotLabel: string;
  booked: { dateLabel: string; localStart: string; localEnd: string }[];
  refused: { dateLabel: string; reason: string }[];
  myBookingsUrl: string;
  calendarHint: string;
};

export function seriesConfirmedMail(view: SeriesMailView): MailContent {
  const count = view.booked.length;
  const title =
    count === 1 ? 'Votre réservation est confirmée' : `Vos ${count} réservations sont confirmées`;
  const summary = `Poste ${view.deskLabel} (${view.zone}), ${view.siteName}, ${view.slotLabel.toLowerCase()} :`;
  const bookedLines = view.booked.map(
    (day) => `${day.dateLabel}, de ${day.localStart} à ${day.localEnd}`,
  );
  const refusedLines = view.refused.map((day) => `${day.dateLabel} : ${day.reason}`);
  const arrival =
    'Chaque réservation a son QR code, dans « Mes réservations » ; vous recevrez aussi un rappel la veille.';
  return {
    subject: `${count === 1 ? 'Réservation confirmée' : `${count} réservations confirmées`} : poste ${view.deskLabel}, ${view.siteName}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      summary,
      ...bookedLines.map((line) => `- ${line}`),
      ...(refusedLines.length > 0
        ? [
            '',
            'Ces dates n’ont pas pu être réservées :',
            ...refusedLines.map((line) => `- ${line}`),
          ]
        : []),
      '',
      arrival,
      view.calendarHint,
      `Vos réservations : ${view.myBookingsUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.blue,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(summary),
        `<ul>${bookedLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
        refusedLines.length > 0
          ? paragraph('Ces dates n’ont pas pu être réservées :') +
            `<ul>${refusedLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
          : '',
        paragraph(arrival),
        paragraph(view.calendarHint),
        button('Voir mes réservations', view.myBookingsUrl),
      ].join('\n'),
    ),
  };
}

export function bookingCancelledMail(view: BookingMailView): MailContent {
  const title = 'Votre réservation est annulée';
  const calendar = "L'annulation jointe (annulation.ics) retire ce créneau de votre agenda.";
  return {
    subject: `Réservation annulée : ${shortLabel(view)}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      'Votre réservation est annulée : le poste est de nouveau libre pour les autres agents.',
      '',
      detailsText(view),
      '',
      calendar,
      `Réserver un autre créneau : ${view.bookUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(
          'Votre réservation est annulée : le poste est de nouveau libre pour les autres agents.',
        ),
        detailsHtml(view),
        paragraph(calendar),
        button('Réserver un autre créneau', view.bookUrl),
      ].join('\n'),
    ),
  };
}

/** Who acted for the person, as the mail names them. */
const hostWords = (hostName: string | null) =>
  hostName ? `${hostName}, gestionnaire du site,` : 'Un gestionnaire du site';

/** A host booked a desk for the person (at their request, or at the door). */
export function bookingBookedByHostMail(
  view: BookingMailView,
  hostName: string | null,
  qrCid: string,
): MailContent {
  const title = 'Une réservation a été faite pour vous';
  const intro = `${hostWords(hostName)} a réservé ce poste pour vous.`;
  const arrival = `À votre arrivée, présentez le QR code à la borne d'accueil, ou saisissez le code ${view.shortCode}.`;
  const calendar = "L'invitation jointe (reservation.ics) ajoute ce créneau à votre agenda.";
  const notYou = 'Vous n’en avez pas besoin ? Annulez-la pour libérer le poste.';
  return {
    subject: `Réservation faite pour vous : ${shortLabel(view)}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      detailsText(view),
      '',
      arrival,
      `Votre QR code est aussi dans « Mes réservations » : ${view.passUrl}`,
      calendar,
      '',
      `${notYou} ${view.myBookingsUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.blue,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        detailsHtml(view),
        paragraph(arrival),
        qrBlock(view, qrCid),
        paragraph(calendar),
        button('Voir mes réservations', view.myBookingsUrl),
        paragraph(notYou),
      ].join('\n'),
    ),
  };
}

/** A host cancelled the person's booking for them. */
export function bookingCancelledByHostMail(
  view: BookingMailView,
  hostName: string | null,
): MailContent {
  const title = 'Votre réservation a été annulée par un gestionnaire';
  const intro = `${hostWords(hostName)} a annulé votre réservation : le poste est de nouveau libre.`;
  const calendar = "L'annulation jointe (annulation.ics) retire ce créneau de votre agenda.";
  return {
    subject: `Réservation annulée par un gestionnaire : ${shortLabel(view)}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      detailsText(view),
      '',
      calendar,
      `Réserver un autre créneau : ${view.bookUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        detailsHtml(view),
        paragraph(calendar),
        button('Réserver un autre créneau', view.bookUrl),
      ].join('\n'),
    ),
  };
}

/** Nobody checked in in time: the desk went back to the others (no-show release). */
export function bookingReleasedMail(view: BookingMailView, minutes: string): MailContent {
  const title = 'Votre réservation a été libérée';
  const why = `Nous ne vous avons pas vu·e arriver dans les ${minutes} qui ont suivi le début du créneau : le poste a été rendu aux autres agents.`;
  const again =
    'Vous êtes finalement sur place ? Scannez votre pass AdmZ à la borne : elle vous propose un poste libre.';
  const calendar = "L'annulation jointe (annulation.ics) retire ce créneau de votre agenda.";
  return {
    subject: `Réservation libérée : ${shortLabel(view)}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      why,
      '',
      detailsText(view),
      '',
      again,
      calendar,
      `Réserver un autre créneau : ${view.bookUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(why),
        detailsHtml(view),
        paragraph(again),
        paragraph(calendar),
        button('Réserver un autre créneau', view.bookUrl),
      ].join('\n'),
    ),
  };
}

export function waitlistPromotedMail(view: BookingMailView, qrCid: string): MailContent {
  const title = "Un poste s'est libéré : il est à vous";
  const intro =
    "Vous étiez sur la liste d'attente de ce créneau : un poste s'est libéré et nous l'avons réservé pour vous.";
  const arrival = `À votre arrivée, présentez le QR code à la borne d'accueil, ou saisissez le code ${view.shortCode}.`;
  const release =
    "Vous n'en avez plus besoin ? Annulez-le pour le libérer pour la personne suivante.";
  return {
    subject: `Un poste s'est libéré : ${shortLabel(view)}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      detailsText(view),
      '',
      arrival,
      `Votre QR code est aussi dans « Mes réservations » : ${view.passUrl}`,
      "L'invitation jointe (reservation.ics) ajoute ce créneau à votre agenda.",
      '',
      `${release} ${view.myBookingsUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.success,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        detailsHtml(view),
        paragraph(arrival),
        qrBlock(view, qrCid),
        button('Voir mes réservations', view.myBookingsUrl),
        paragraph(release),
      ].join('\n'),
    ),
  };
}

export function bookingReminderMail(view: BookingMailView, qrCid: string): MailContent {
  const title = `Rappel : vous êtes attendu·e demain à ${view.siteName}`;
  const arrival = `À votre arrivée, présentez le QR code à la borne d'accueil, ou saisissez le code ${view.shortCode}.`;
  const release = 'Un empêchement ? Annulez pour libérer le poste pour un·e collègue.';
  return {
    subject: `Rappel : demain, ${shortLabel(view)}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      'Petit rappel de votre réservation de demain :',
      '',
      detailsText(view),
      '',
      arrival,
      `Votre QR code : ${view.passUrl}`,
      '',
      `${release} ${view.myBookingsUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.blue,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph('Petit rappel de votre réservation de demain :'),
        detailsHtml(view),
        paragraph(arrival),
        qrBlock(view, qrCid),
        button('Voir mes réservations', view.myBookingsUrl),
        paragraph(release),
      ].join('\n'),
    ),
  };
}

export type HoursChangedItem = { view: BookingMailView; reason: string };

/** One mail per person: each of their bookings cancelled by the new hours, and why. */
export function hoursChangedMail(
  givenName: string,
  siteName: string,
  items: HoursChangedItem[],
  bookUrl: string,
): MailContent {
  const title = `Les horaires de ${siteName} ont changé`;
  const intro =
    items.length === 1
      ? "Les horaires d'ouverture du site ont changé et votre réservation ne tient plus dans les nouveaux horaires : elle est annulée."
      : `Les horaires d'ouverture du site ont changé et ${items.length} de vos réservations ne tiennent plus dans les nouveaux horaires : elles sont annulées.`;
  const apology =
    "Nous sommes désolés pour ce changement. L'annulation jointe retire chaque créneau de votre agenda.";
  return {
    subject:
      items.length === 1 && items[0]
        ? `Réservation annulée (horaires modifiés) : ${shortLabel(items[0].view)}`
        : `${items.length} réservations annulées (horaires modifiés) à ${siteName}`,
    text: [
      `Bonjour ${givenName},`,
      '',
      intro,
      '',
      ...items.flatMap(({ view, reason }) => [
        `- ${view.dateLabel}, ${slotSentence(view)} — poste ${view.deskLabel} (zone ${view.zone})`,
        `  Pourquoi : ${reason}`,
      ]),
      '',
      apology,
      `Réserver un autre créneau : ${bookUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${givenName},`),
        paragraph(intro),
        '<ul style="margin:0 0 16px;padding-left:20px;line-height:1.5">',
        ...items.map(
          ({ view, reason }) =>
            `<li style="margin-bottom:12px"><strong>${escapeHtml(`${view.dateLabel}, ${slotSentence(view)}`)}</strong><br>` +
            `${escapeHtml(`Poste ${view.deskLabel} (zone ${view.zone})`)}<br>` +
            `<span style="color:${colours.muted}">Pourquoi : ${escapeHtml(reason)}</span></li>`,
        ),
        '</ul>',
        paragraph(apology),
        button('Réserver un autre créneau', bookUrl),
      ].join('\n'),
    ),
  };
}

/** The words of a mail listing one person's bookings cancelled for one reason. */
type CancelledBookingsWords = {
  title: string;
  subjectOfOne: (view: BookingMailView) => string;
  subjectOfMany: (count: number) => string;
  intro: string;
  apology: string;
  bookLabel: string;
};

function cancelledBookingsMail(
  givenName: string,
  views: BookingMailView[],
  bookUrl: string,
  words: CancelledBookingsWords,
): MailContent {
  const [only] = views;
  return {
    subject:
      views.length === 1 && only ? words.subjectOfOne(only) : words.subjectOfMany(views.length),
    text: [
      `Bonjour ${givenName},`,
      '',
      words.intro,
      '',
      ...views.map(
        (view) =>
          `- ${view.dateLabel}, ${slotSentence(view)} — poste ${view.deskLabel} (zone ${view.zone})`,
      ),
      '',
      words.apology,
      `${words.bookLabel} : ${bookUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      words.title,
      colours.error,
      [
        paragraph(`Bonjour ${givenName},`),
        paragraph(words.intro),
        '<ul style="margin:0 0 16px;padding-left:20px;line-height:1.5">',
        ...views.map(
          (view) =>
            `<li style="margin-bottom:12px"><strong>${escapeHtml(`${view.dateLabel}, ${slotSentence(view)}`)}</strong><br>` +
            `${escapeHtml(`Poste ${view.deskLabel} (zone ${view.zone})`)}</li>`,
        ),
        '</ul>',
        paragraph(words.apology),
        button(words.bookLabel, bookUrl),
      ].join('\n'),
    ),
  };
}

/** One mail per person: their bookings cancelled because the site took the desk out of booking. */
export function desksDeactivatedMail(
  givenName: string,
  siteName: string,
  views: BookingMailView[],
  bookUrl: string,
): MailContent {
  return cancelledBookingsMail(givenName, views, bookUrl, {
    title: `Poste retiré de la réservation à ${siteName}`,
    subjectOfOne: (view) => `Réservation annulée (poste retiré) : ${shortLabel(view)}`,
    subjectOfMany: (count) => `${count} réservations annulées (poste retiré) à ${siteName}`,
    intro:
      views.length === 1
        ? "L'équipe du site a retiré de la réservation le poste que vous aviez réservé : votre réservation est annulée."
        : `L'équipe du site a retiré de la réservation les postes que vous aviez réservés : ${views.length} de vos réservations sont annulées.`,
    apology:
      "Nous sommes désolés pour ce changement. Vous pouvez réserver un autre poste du site sur ces créneaux ; l'annulation jointe retire chaque créneau de votre agenda.",
    bookLabel: 'Réserver un autre poste',
  });
}

/** One mail per person: their bookings cancelled because the site is archived (it closes). */
export function siteArchivedMail(
  givenName: string,
  siteName: string,
  views: BookingMailView[],
  bookUrl: string,
): MailContent {
  return cancelledBookingsMail(givenName, views, bookUrl, {
    title: `${siteName} ferme`,
    subjectOfOne: (view) => `Réservation annulée (site fermé) : ${shortLabel(view)}`,
    subjectOfMany: (count) => `${count} réservations annulées : ${siteName} ferme`,
    intro:
      views.length === 1
        ? `${siteName} ferme : le site a été retiré du réseau et n'accepte plus de réservation. Votre réservation y est annulée.`
        : `${siteName} ferme : le site a été retiré du réseau et n'accepte plus de réservation. ${views.length} de vos réservations y sont annulées.`,
    apology:
      "Nous sommes désolés pour ce changement. Vous pouvez réserver dans un autre site du réseau ; l'annulation jointe retire chaque créneau de votre agenda.",
    bookLabel: 'Réserver dans un autre site',
  });
}

/** An event as a mail tells it: every value already in French and in site-local time. */
export type EventMailView = {
  givenName: string;
  title: string;
  siteName: string;
  siteAddress: string;
  /** The space, worded: « zone Atelier », or a room's name. */
  zone: string;
  /** « lundi 23 novembre 2026 » */
  dateLabel: string;
  localStart: string;
  localEnd: string;
  timezone: string;
  eventUrl: string;
};

const eventWhen = (view: EventMailView) =>
  `${view.dateLabel}, de ${view.localStart} à ${view.localEnd} (heure locale du site, ${view.timezone})`;

function eventDetailsText(view: EventMailView): string {
  return [
    `Événement : ${view.title}`,
    `Site : ${view.siteName}`,
    view.siteAddress ? `Adresse : ${view.siteAddress}` : '',
    `Espace : ${view.zone}`,
    `Date : ${eventWhen(view)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function eventDetailsHtml(view: EventMailView): string {
  const rows: [string, string][] = [
    ['Événement', view.title],
    ['Site', view.siteName],
    ['Adresse', view.siteAddress],
    ['Espace', view.zone],
    ['Date', eventWhen(view)],
  ];
  const cells = rows
    .filter(([, value]) => value)
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;color:${colours.muted};font-weight:normal;white-space:nowrap">${escapeHtml(label)}</th>` +
        `<td style="padding:6px 0;color:${colours.text};font-weight:bold">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" style="border-collapse:collapse;margin:16px 0;font-size:16px">${cells}</table>`;
}

/** To who proposed it: the site's hosts approved the event; it is on the site's agenda. */
export function eventApprovedMail(view: EventMailView): MailContent {
  const title = 'Votre événement est validé';
  const intro =
    "L'équipe du site a validé l'événement que vous avez proposé : il figure désormais à l'agenda du site.";
  return {
    subject: `Événement validé : ${view.title} (${view.siteName}, ${view.dateLabel})`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      eventDetailsText(view),
      '',
      `Voir l'événement : ${view.eventUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.success,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        eventDetailsHtml(view),
        button("Voir l'événement", view.eventUrl),
      ].join('\n'),
    ),
  };
}

/** To who proposed it: the site's hosts declined the event, and why. */
export function eventDeclinedMail(
  view: EventMailView,
  reason: string,
  proposeUrl: string,
): MailContent {
  const title = "Votre proposition d'événement n'est pas retenue";
  const intro = "L'équipe du site n'a pas retenu l'événement que vous avez proposé.";
  const next = 'Vous pouvez en proposer un autre, à une autre date ou sous une autre forme.';
  return {
    subject: `Proposition d'événement refusée : ${view.title} (${view.siteName})`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      eventDetailsText(view),
      '',
      `Raison donnée par l'équipe : ${reason}`,
      '',
      next,
      `Proposer un événement : ${proposeUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        eventDetailsHtml(view),
        `<p style="margin:0 0 16px;line-height:1.5"><strong>Raison donnée par l'équipe :</strong> ${escapeHtml(reason)}</p>`,
        paragraph(next),
        button('Proposer un événement', proposeUrl),
      ].join('\n'),
    ),
  };
}

/** One mail per person: their bookings cancelled because an approved event holds the zone. */
export function eventSpaceHeldMail(
  givenName: string,
  event: { title: string; zone: string; siteName: string },
  views: BookingMailView[],
  bookUrl: string,
): MailContent {
  const title = `Zone ${event.zone} réservée pour un événement`;
  const intro =
    views.length === 1
      ? `L'événement « ${event.title} » occupera la zone ${event.zone} de ${event.siteName} pendant votre réservation : elle est annulée.`
      : `L'événement « ${event.title} » occupera la zone ${event.zone} de ${event.siteName} : ${views.length} de vos réservations sont annulées.`;
  const apology =
    "Nous sommes désolés pour ce changement. Vous pouvez réserver un poste d'une autre zone sur ces créneaux ; l'annulation jointe retire chaque créneau de votre agenda.";
  return {
    subject:
      views.length === 1 && views[0]
        ? `Réservation annulée (événement) : ${shortLabel(views[0])}`
        : `${views.length} réservations annulées (événement) à ${event.siteName}`,
    text: [
      `Bonjour ${givenName},`,
      '',
      intro,
      '',
      ...views.map(
        (view) =>
          `- ${view.dateLabel}, ${slotSentence(view)} — poste ${view.deskLabel} (zone ${view.zone})`,
      ),
      '',
      apology,
      `Réserver un autre poste : ${bookUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${givenName},`),
        paragraph(intro),
        '<ul style="margin:0 0 16px;padding-left:20px;line-height:1.5">',
        ...views.map(
          (view) =>
            `<li style="margin-bottom:12px"><strong>${escapeHtml(`${view.dateLabel}, ${slotSentence(view)}`)}</strong><br>` +
            `${escapeHtml(`Poste ${view.deskLabel} (zone ${view.zone})`)}</li>`,
        ),
        '</ul>',
        paragraph(apology),
        button('Réserver un autre poste', bookUrl),
      ].join('\n'),
    ),
  };
}

/** A place freed up: the person who was waiting is registered in person. */
export function eventRegistrationPromotedMail(view: EventMailView): MailContent {
  const title = 'Une place s’est libérée : vous êtes inscrit';
  const intro = `Une place s'est libérée à « ${view.title} » : vous n'êtes plus en liste d'attente, votre inscription sur place est confirmée.`;
  const cancel =
    "Si vous ne pouvez plus venir, désinscrivez-vous depuis la page de l'événement : la place ira à la personne suivante.";
  return {
    subject: `Inscription confirmée : ${view.title} (${view.siteName}, ${view.dateLabel})`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      eventDetailsText(view),
      '',
      cancel,
      `Voir l'événement : ${view.eventUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.success,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        eventDetailsHtml(view),
        paragraph(cancel),
        button("Voir l'événement", view.eventUrl),
      ].join('\n'),
    ),
  };
}

/** To each person registered or waiting, and who proposed it: the event is cancelled, and why. */
export function eventCancelledMail(view: EventMailView, reason: string): MailContent {
  const title = 'Événement annulé';
  const intro = `L'équipe du site a annulé « ${view.title} » : il n'aura pas lieu. Si vous y étiez inscrit, vous n'avez rien à faire.`;
  return {
    subject: `Événement annulé : ${view.title} (${view.siteName}, ${view.dateLabel})`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      eventDetailsText(view),
      '',
      `Raison donnée par l'organisation : ${reason}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        eventDetailsHtml(view),
        `<p style="margin:0 0 16px;line-height:1.5"><strong>Raison donnée par l'organisation :</strong> ${escapeHtml(reason)}</p>`,
      ].join('\n'),
    ),
  };
}

/** On registering: confirmed (with the `.ics`, and the visio link when remote), or waiting. */
export function eventRegisteredMail(
  view: EventMailView,
  registration: { mode: 'in_person' | 'remote'; isRegistered: boolean; visioUrl: string | null },
): MailContent {
  const title = registration.isRegistered
    ? 'Votre inscription est confirmée'
    : "Vous êtes en liste d'attente";
  const intro = !registration.isRegistered
    ? `Les places sur place de « ${view.title} » sont prises : vous êtes en liste d'attente. Si une place se libère, elle vous revient dans l'ordre d'inscription et vous recevez un courriel.`
    : registration.mode === 'remote'
      ? `Vous êtes inscrit à « ${view.title} », à distance.`
      : `Vous êtes inscrit à « ${view.title} », sur place.`;
  const visio = registration.visioUrl ? `Lien de la visio : ${registration.visioUrl}` : '';
  const calendar = registration.isRegistered
    ? "L'invitation jointe (evenement.ics) l'ajoute à votre agenda."
    : '';
  return {
    subject: registration.isRegistered
      ? `Inscription confirmée : ${view.title} (${view.siteName}, ${view.dateLabel})`
      : `Liste d'attente : ${view.title} (${view.siteName}, ${view.dateLabel})`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      eventDetailsText(view),
      '',
      visio,
      calendar,
      `Voir l'événement : ${view.eventUrl}`,
      '',
      signatureText,
    ]
      .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
      .join('\n'),
    html: layout(
      title,
      registration.isRegistered ? colours.success : colours.blue,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        eventDetailsHtml(view),
        registration.visioUrl
          ? `<p style="margin:0 0 16px;line-height:1.5">Lien de la visio : <a href="${escapeHtml(registration.visioUrl)}">${escapeHtml(registration.visioUrl)}</a></p>`
          : '',
        calendar ? paragraph(calendar) : '',
        button("Voir l'événement", view.eventUrl),
      ].join('\n'),
    ),
  };
}

/** Shortly before the start, to a remote registrant: the link to join. */
export function eventVisioLinkMail(view: EventMailView, visioUrl: string): MailContent {
  const intro = `« ${view.title} » commence à ${view.localStart}. Vous y êtes inscrit à distance : voici le lien pour le rejoindre.`;
  return {
    subject: `Bientôt : ${view.title}, le lien de la visio`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      `Lien de la visio : ${visioUrl}`,
      '',
      eventDetailsText(view),
      '',
      `Voir l'événement : ${view.eventUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      'La visio commence bientôt',
      colours.blue,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        button('Rejoindre la visio', visioUrl),
        eventDetailsHtml(view),
        button("Voir l'événement", view.eventUrl),
      ].join('\n'),
    ),
  };
}

/** The organisers' own words to a registrant: their subject and text, the event recalled below. */
export function eventMessageMail(
  view: EventMailView,
  message: { authorName: string; subject: string; body: string },
): MailContent {
  const intro = `${message.authorName}, qui organise « ${view.title} », écrit aux inscrits :`;
  return {
    subject: `${message.subject} — ${view.title}`,
    text: [
      `Bonjour ${view.givenName},`,
      '',
      intro,
      '',
      message.body,
      '',
      eventDetailsText(view),
      `Voir l'événement : ${view.eventUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      message.subject,
      colours.blue,
      [
        paragraph(`Bonjour ${view.givenName},`),
        paragraph(intro),
        `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid ${colours.border};white-space:pre-line">${escapeHtml(message.body)}</blockquote>`,
        eventDetailsHtml(view),
        button("Voir l'événement", view.eventUrl),
      ].join('\n'),
    ),
  };
}

/** A room booked for a group, as its mails show it. */
export type RoomBookingMailView = {
  /** Null for a guest without an account: « Bonjour, ». */
  givenName: string | null;
  title: string;
  roomName: string;
  siteName: string;
  siteAddress: string;
  /** « mardi 16 mars 2027 » */
  dateLabel: string;
  localStart: string;
  localEnd: string;
  timezone: string;
  headcount: number;
  /** Who booked it (« Camille Martin »), null once their account is gone. */
  bookerName: string | null;
  /** Whether this mail goes to who booked it. */
  isBooker: boolean;
  url: string;
};

function roomDetailsRows(view: RoomBookingMailView): [string, string][] {
  return [
    ['Objet', view.title],
    ['Salle', view.roomName],
    ['Site', view.siteName],
    ['Adresse', view.siteAddress],
    [
      'Date',
      `${view.dateLabel}, de ${view.localStart} à ${view.localEnd} (heure locale du site, ${view.timezone})`,
    ],
    ['Personnes', String(view.headcount)],
    ['Réservée par', view.bookerName ?? ''],
  ];
}

function roomDetailsText(view: RoomBookingMailView): string {
  return roomDetailsRows(view)
    .filter(([, value]) => value)
    .map(([label, value]) => `${label} : ${value}`)
    .join('\n');
}

function roomDetailsHtml(view: RoomBookingMailView): string {
  const cells = roomDetailsRows(view)
    .filter(([, value]) => value)
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;color:${colours.muted};font-weight:normal;white-space:nowrap">${escapeHtml(label)}</th>` +
        `<td style="padding:6px 0;color:${colours.text};font-weight:bold">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" style="border-collapse:collapse;margin:16px 0;font-size:16px">${cells}</table>`;
}

const roomGreeting = (view: RoomBookingMailView) =>
  view.givenName ? `Bonjour ${view.givenName},` : 'Bonjour,';

/** To who booked a room and to each person named: the meeting, with its `.ics`. */
export function roomBookingConfirmedMail(view: RoomBookingMailView): MailContent {
  const title = view.isBooker ? 'Votre salle est réservée' : 'Vous êtes invité à une réunion';
  const intro = view.isBooker
    ? `${view.roomName} est réservée pour « ${view.title} ».`
    : `${view.bookerName ?? 'Un agent'} vous a invité à « ${view.title} », en ${view.roomName}.`;
  const calendar = "L'invitation jointe (salle.ics) ajoute cette réunion à votre agenda.";
  return {
    subject: `Salle réservée : ${view.title} (${view.roomName}, ${view.dateLabel})`,
    text: [
      roomGreeting(view),
      '',
      intro,
      '',
      roomDetailsText(view),
      '',
      calendar,
      view.isBooker ? `Vos réservations de salle : ${view.url}` : '',
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.success,
      [
        paragraph(roomGreeting(view)),
        paragraph(intro),
        roomDetailsHtml(view),
        paragraph(calendar),
        view.isBooker ? button('Voir mes réservations de salle', view.url) : '',
      ].join('\n'),
    ),
  };
}

/** The booking is cancelled (by who booked it, or by the site's hosts): the `.ics` removes it. */
export function roomBookingCancelledMail(
  view: RoomBookingMailView,
  isByHost: boolean,
): MailContent {
  const title = 'Réservation de salle annulée';
  const intro = isByHost
    ? `L'équipe du site a annulé la réservation de ${view.roomName} pour « ${view.title} ».`
    : `La réservation de ${view.roomName} pour « ${view.title} » est annulée.`;
  return {
    subject: `Salle annulée : ${view.title} (${view.roomName}, ${view.dateLabel})`,
    text: [roomGreeting(view), '', intro, '', roomDetailsText(view), '', signatureText].join('\n'),
    html: layout(
      title,
      colours.error,
      [paragraph(roomGreeting(view)), paragraph(intro), roomDetailsHtml(view)].join('\n'),
    ),
  };
}

/** What a guest's mails say about the visit. */
export type GuestMailView = {
  guestName: string;
  inviterName: string;
  organisation: string;
  siteName: string;
  siteAddress: string;
  accessInfo: string;
  dateLabel: string;
  hasCharter: boolean;
};

function guestDetailsText(view: GuestMailView): string {
  return [
    `Site : ${view.siteName}`,
    view.siteAddress ? `Adresse : ${view.siteAddress}` : '',
    `Date : ${view.dateLabel}`,
    view.accessInfo ? `Accès : ${view.accessInfo}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function guestDetailsHtml(view: GuestMailView): string {
  const rows: [string, string][] = [
    ['Site', view.siteName],
    ['Adresse', view.siteAddress],
    ['Date', view.dateLabel],
    ['Accès', view.accessInfo],
  ];
  const cells = rows
    .filter(([, value]) => value)
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;color:${colours.muted};font-weight:normal;white-space:nowrap">${escapeHtml(label)}</th>` +
        `<td style="padding:6px 0;color:${colours.text};font-weight:bold">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" style="border-collapse:collapse;margin:16px 0;font-size:16px">${cells}</table>`;
}

/**
 * To the guest, once the invitation is approved (or at once where the site approves nobody):
 * the secret link to their page, where their QR code is shown on the day.
 */
export function guestInvitationMail(view: GuestMailView, invitationUrl: string): MailContent {
  const title = `Vous êtes invité·e à ${view.siteName}`;
  const intro = `${view.inviterName} vous invite à venir travailler à ${view.siteName}, un tiers-lieu de l'État.`;
  const steps = view.hasCharter
    ? 'Ouvrez votre invitation pour accepter la charte d’utilisation du site : votre QR code d’accès y apparaîtra le jour de la visite. Présentez-le à la borne d’accueil (ou tapez le code affiché dessous).'
    : 'Ouvrez votre invitation le jour de la visite : votre QR code d’accès y apparaît. Présentez-le à la borne d’accueil (ou tapez le code affiché dessous).';
  const secret =
    'Ce lien vous est personnel : ne le transmettez pas. Aucun compte n’est nécessaire.';
  return {
    subject: `Invitation : ${view.siteName}, ${view.dateLabel}`,
    text: [
      `Bonjour ${view.guestName},`,
      '',
      intro,
      '',
      guestDetailsText(view),
      '',
      steps,
      `Votre invitation : ${invitationUrl}`,
      '',
      secret,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.blue,
      [
        paragraph(`Bonjour ${view.guestName},`),
        paragraph(intro),
        guestDetailsHtml(view),
        paragraph(steps),
        button('Ouvrir mon invitation', invitationUrl),
        paragraph(secret),
      ].join('\n'),
    ),
  };
}

/** To the inviting agent: the hosts approved the invitation, the guest has been mailed. */
export function guestApprovedMail(
  inviterGivenName: string,
  view: GuestMailView,
  invitesUrl: string,
): MailContent {
  const title = 'Votre invitation est validée';
  const intro = `L'équipe du site a validé l'invitation de ${view.guestName} (${view.organisation}). Elle ou il a reçu par mail le lien de son invitation, avec son QR code d'accès.`;
  return {
    subject: `Invitation validée : ${view.guestName}, ${view.siteName}, ${view.dateLabel}`,
    text: [
      `Bonjour ${inviterGivenName},`,
      '',
      intro,
      '',
      guestDetailsText(view),
      '',
      `Mes invitations : ${invitesUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.success,
      [
        paragraph(`Bonjour ${inviterGivenName},`),
        paragraph(intro),
        guestDetailsHtml(view),
        button('Mes invitations', invitesUrl),
      ].join('\n'),
    ),
  };
}

/** To the inviting agent: the hosts declined the invitation, with their reason. */
export function guestDeclinedMail(
  inviterGivenName: string,
  view: GuestMailView,
  reason: string,
  invitesUrl: string,
): MailContent {
  const title = "Votre invitation n'est pas retenue";
  const intro = `L'équipe du site n'a pas retenu l'invitation de ${view.guestName} (${view.organisation}). La personne invitée n'a reçu aucun mail.`;
  return {
    subject: `Invitation refusée : ${view.guestName}, ${view.siteName}, ${view.dateLabel}`,
    text: [
      `Bonjour ${inviterGivenName},`,
      '',
      intro,
      '',
      guestDetailsText(view),
      '',
      `Raison donnée par l'équipe : ${reason}`,
      '',
      `Mes invitations : ${invitesUrl}`,
      '',
      signatureText,
    ].join('\n'),
    html: layout(
      title,
      colours.error,
      [
        paragraph(`Bonjour ${inviterGivenName},`),
        paragraph(intro),
        guestDetailsHtml(view),
        `<p style="margin:0 0 16px;line-height:1.5"><strong>Raison donnée par l'équipe :</strong> ${escapeHtml(reason)}</p>`,
        button('Mes invitations', invitesUrl),
      ].join('\n'),
    ),
  };
}
