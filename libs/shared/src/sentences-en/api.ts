import type { SentenceTable } from '../sentences';

/**
 * The API's sentences, written out. Vocabulary: poste = desk, site/tiers-lieu = site,
 * réservation = booking, gestionnaire = host, borne = kiosk, créneau = slot,
 * agent = public servant, invité·e = guest.
 */
const sentences: SentenceTable = {
  // The error filter, the validation pipes, the framework's refusals.
  'Requête invalide.': 'Invalid request.',
  'Vous devez vous connecter.': 'You need to sign in.',
  "Vous n'avez pas accès à cette ressource.": 'You do not have access to this resource.',
  "Cette ressource n'existe pas.": 'This resource does not exist.',
  'La requête est trop volumineuse.': 'The request is too large.',
  "Ce type de contenu n'est pas accepté : envoyez du JSON en UTF-8.":
    'This content type is not accepted: send JSON in UTF-8.',
  'Une erreur interne est survenue. Réessayez dans un instant.':
    'An internal error occurred. Please try again in a moment.',
  'Le service est momentanément indisponible : réessayez dans quelques secondes.':
    'The service is unavailable for a moment: please try again in a few seconds.',
  'La requête ne peut pas aboutir.': 'The request cannot be completed.',
  "Le corps de la requête n'est pas un JSON valide.": 'The request body is not valid JSON.',
  "L'adresse demandée contient un caractère mal encodé.":
    'The requested address contains a badly encoded character.',
  'Requête invalide : vérifiez {fields}. {issue}': 'Invalid request: check {fields}. {issue}',
  'Requête invalide : vérifiez {fields}.': 'Invalid request: check {fields}.',
  'Paramètre « {path} » invalide : {issue}': 'Invalid parameter “{path}”: {issue}',
  'Valeur invalide.': 'Invalid value.',
  'Ce texte contient un caractère de contrôle non autorisé.':
    'This text contains a control character that is not allowed.',
  'Le corps de la requête doit être du JSON (Content-Type: application/json).':
    'The request body must be JSON (Content-Type: application/json).',
  'Requête refusée : elle ne vient pas d’une page d’AdmZ. Rechargez la page et réessayez.':
    'Request refused: it does not come from an AdmZ page. Reload the page and try again.',

  // The API clients' own sentences when no answer of the API says more (defaultApiSentences;
  // the web shows englishApiSentences from the first screen, before this table has loaded).
  'Impossible de joindre le serveur AdmZ. Vérifiez votre connexion puis réessayez.':
    'Cannot reach the AdmZ server. Check your connection, then try again.',
  'Le serveur a renvoyé une réponse inattendue. Réessayez dans un instant.':
    'The server sent an unexpected answer. Please try again in a moment.',
  'Votre session a expiré. Reconnectez-vous pour continuer.':
    'Your session has expired. Sign in again to continue.',
  "Vous n'avez pas accès à cette information.": 'You do not have access to this information.',
  "Cette information n'existe pas ou plus.": 'This information does not exist or no longer exists.',
  'Le serveur AdmZ rencontre un problème (code {status}). Réessayez dans un instant.':
    'The AdmZ server has a problem (code {status}). Please try again in a moment.',
  "La demande n'a pas abouti (code {status}).": 'The request did not go through (code {status}).',

  // Access.
  'Borne non reconnue : appairez-la.': 'Kiosk not recognised: pair it.',
  'Cette action est réservée aux administrateurs.': 'This action is reserved for administrators.',
  "Vous n'êtes pas gestionnaire de ce site.": 'You are not a host of this site.',
  'Seuls les gestionnaires du site et la personne qui a proposé cet événement peuvent faire cela.':
    'Only the site’s hosts and the person who proposed this event can do this.',
  "La boîte d'envoi de développement n'est pas active.": 'The development outbox is not active.',
  "Ce compte n'existe plus.": 'This account no longer exists.',
  'Le serveur redémarre : reconnexion dans un instant.':
    'The server is restarting: reconnecting in a moment.',

  // Attempt limits (the wait is written by the API: `1 minute`, `30 secondes`).
  'Trop de codes erronés : patientez {wait} avant de réessayer, ou scannez le QR code de votre réservation.':
    'Too many wrong codes: wait {wait} before trying again, or scan your booking’s QR code.',
  'Trop de codes erronés sur cette borne en ce moment : réessayez dans {wait}, ou scannez le QR code de votre réservation.':
    'Too many wrong codes on this kiosk right now: try again in {wait}, or scan your booking’s QR code.',
  'Trop de codes d’appairage erronés : réessayez dans {wait}.':
    'Too many wrong pairing codes: try again in {wait}.',
  'Trop d’essais d’appairage en ce moment : réessayez dans {wait}.':
    'Too many pairing attempts right now: try again in {wait}.',
  'Trop de codes erronés : les réglages de cette borne sont bloqués, réessayez dans {wait}.':
    'Too many wrong codes: this kiosk’s settings are locked, try again in {wait}.',
  '1 seconde': '1 second',
  '{count} secondes': '{count} seconds',
  '{count} minutes': '{count} minutes',

  // Values the API writes into its sentences.
  ' le {date}': ' on {date}',
  ' à {time}': ' at {time}',
  'que le {date}': 'only on {date}',
  'que du {from} au {to}': 'only from {from} to {to}',
  'de {opens} à {closes}': 'from {opens} to {closes}',
  'de {opens} à {closes} et de {reopens} à {closesAgain}':
    'from {opens} to {closes} and from {reopens} to {closesAgain}',
  'à la demi-journée': 'by the half day',
  'à la journée entière': 'by the full day',
  "à l'heure": 'by the hour',
  'demi-journée': 'half day',
  'journée entière': 'full day',
  Matin: 'Morning',
  'Après-midi': 'Afternoon',
  Journée: 'Full day',
  Horaire: 'Hourly',
  début: 'start',
  fin: 'end',
  '{count} jours': '{count} days',
  '{count} jour': '{count} day',

  // Sites.
  "Ce site n'existe pas.": 'This site does not exist.',
  "Ce tiers-lieu n'existe pas.": 'This site does not exist.',
  'Ce site est déjà archivé.': 'This site is already archived.',
  "Ce site n'est pas archivé.": 'This site is not archived.',
  "Ce site n'a pas de photo.": 'This site has no photo.',
  "{site} est archivé : il n'accepte plus de réservation.":
    '{site} is archived: it no longer takes bookings.',
  "{site} n'accueille des agents {period} : choisissez un jour dans cette période.":
    '{site} welcomes public servants {period}: choose a day in that period.',
  'Le site est exceptionnellement fermé le {date} ({reason}).':
    'The site is exceptionally closed on {date} ({reason}).',
  'Le site est exceptionnellement fermé le {date}.': 'The site is exceptionally closed on {date}.',
  'Le site est fermé le {date} (Jour férié : {holiday}).':
    'The site is closed on {date} (public holiday: {holiday}).',
  'Le site est fermé le {date}.': 'The site is closed on {date}.',
  'Le site est fermé ce jour-là : choisissez un autre jour.':
    'The site is closed that day: choose another day.',
  "Le tiers-lieu n'ouvre pas ce jour-là.": 'The site does not open that day.',
  'Un site temporaire indique son premier jour.': 'A temporary site gives its first day.',
  'Un site temporaire indique son dernier jour.': 'A temporary site gives its last day.',
  'Archiver {site} annulerait {count} réservations à venir. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.':
    'Archiving {site} would cancel {count} upcoming bookings. Check the list, then confirm to cancel them and notify the people concerned.',
  'Archiver {site} annulerait {count} réservation à venir. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.':
    'Archiving {site} would cancel {count} upcoming booking. Check the list, then confirm to cancel it and notify the person concerned.',
  "Ce changement d'horaires annulerait {count} réservations à venir. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.":
    'This change of opening hours would cancel {count} upcoming bookings. Check the list, then confirm to cancel them and notify the people concerned.',
  "Ce changement d'horaires annulerait {count} réservation à venir. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.":
    'This change of opening hours would cancel {count} upcoming booking. Check the list, then confirm to cancel it and notify the person concerned.',
  "Aucune exception d'horaires à cette date.": 'No exception to the opening hours on this date.',
  'La photo dépasse 2 Mo : réduisez ou compressez l’image puis réessayez.':
    'The photo is larger than 2 MB: reduce or compress the image, then try again.',
  "Le fichier de la photo n'a pas pu être lu. Réessayez.":
    'The photo file could not be read. Try again.',
  'La photo doit être une image JPEG, PNG ou WebP (Content-Type image/jpeg, image/png ou image/webp).':
    'The photo must be a JPEG, PNG or WebP image (Content-Type image/jpeg, image/png or image/webp).',
  'La photo est vide : envoyez le fichier de l’image.': 'The photo is empty: send the image file.',
  "Ce fichier n'est pas une image JPEG, PNG ou WebP : enregistrez la photo dans l'un de ces formats puis réessayez.":
    'This file is not a JPEG, PNG or WebP image: save the photo in one of these formats, then try again.',
  "Cette personne n'est pas détentrice d'une clé de ce site.":
    'This person does not hold a key to this site.',
  "Aucun agent ne s'est encore connecté à AdmZ avec l'adresse {email} : demandez-lui de se connecter une première fois.":
    'No public servant has signed in to AdmZ with the address {email} yet: ask them to sign in once.',
  "Cette personne n'est pas gestionnaire de ce site.": 'This person is not a host of this site.',
  "Cette invitation n'existe pas (ou a déjà été acceptée).":
    'This invitation does not exist (or has already been accepted).',
  "Ce site n'affiche pas les noms dans ses statistiques : seul le nombre de visiteurs réguliers est publié.":
    'This site does not show names in its statistics: only the number of regular visitors is published.',
  'La période (from, to) ne peut dépasser {max} jours : elle en compte {days}.':
    'The period (from, to) cannot exceed {max} days: it spans {days}.',

  // Desks and zones.
  "Ce poste n'existe pas.": 'This desk does not exist.',
  "Ce poste n'existe pas sur ce site.": 'This desk does not exist on this site.',
  "Un de ces postes n'existe pas sur ce site.": 'One of these desks does not exist on this site.',
  "Cette zone n'existe pas sur ce site.": 'This zone does not exist on this site.',
  'Une zone « {zone} » existe déjà sur ce site.': 'A zone “{zone}” already exists on this site.',
  "Le site {site} n'a pas de zone « {zone} ».": 'The site {site} has no zone “{zone}”.',
  'Le poste {desk} n’est plus proposé à la réservation : choisissez-en un autre.':
    'Desk {desk} is no longer open for booking: choose another one.',
  'zoneIds doit nommer chacune des {count} zones du site, une fois chacune (la liste a peut-être changé : rechargez la page).':
    'zoneIds must name each of the site’s {count} zones, once each (the list may have changed: reload the page).',
  'La zone « {zone} » a encore {count} postes actifs ({labels}) : désactivez-les ou déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” still has {count} active desks ({labels}): deactivate them or move them to another zone before deleting it.',
  'La zone « {zone} » a encore {count} poste actif ({labels}) : désactivez-les ou déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” still has {count} active desk ({labels}): deactivate it or move it to another zone before deleting it.',
  // Never written (one count makes both words plural or both singular); listed for the check.
  'La zone « {zone} » a encore {count} postes actif ({labels}) : désactivez-les ou déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” still has {count} active desks ({labels}): deactivate them or move them to another zone before deleting it.',
  'La zone « {zone} » a encore {count} poste actifs ({labels}) : désactivez-les ou déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” still has {count} active desk ({labels}): deactivate it or move it to another zone before deleting it.',
  'La zone « {zone} » garde {count} postes désactivés ({labels}), avec leur historique de réservations : déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” keeps {count} deactivated desks ({labels}), with their booking history: move them to another zone before deleting it.',
  'La zone « {zone} » garde {count} poste désactivé ({labels}), avec leur historique de réservations : déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” keeps {count} deactivated desk ({labels}), with its booking history: move it to another zone before deleting it.',
  'La zone « {zone} » garde {count} postes désactivé ({labels}), avec leur historique de réservations : déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” keeps {count} deactivated desks ({labels}), with their booking history: move them to another zone before deleting it.',
  'La zone « {zone} » garde {count} poste désactivés ({labels}), avec leur historique de réservations : déplacez-les dans une autre zone avant de la supprimer.':
    'Zone “{zone}” keeps {count} deactivated desk ({labels}), with its booking history: move it to another zone before deleting it.',
  "La zone « {zone} » est la seule où le site propose la réservation à l'heure : choisissez d’autres zones dans les règles du site avant de la supprimer.":
    'Zone “{zone}” is the only one where the site offers hourly booking: choose other zones in the site’s rules before deleting it.',
  "Ces libellés existent déjà sur ce site : {labels}. Aucun poste n'a été créé : choisissez d'autres numéros ou un autre préfixe.":
    'These labels already exist on this site: {labels}. No desk was created: choose other numbers or another prefix.',
  "Ce libellé existe déjà sur ce site : {labels}. Aucun poste n'a été créé : choisissez d'autres numéros ou un autre préfixe.":
    'This label already exists on this site: {labels}. No desk was created: choose other numbers or another prefix.',
  '{what} annulerait {count} réservations à venir. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.':
    '{what} would cancel {count} upcoming bookings. Check the list, then confirm to cancel them and notify the people concerned.',
  '{what} annulerait {count} réservation à venir. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.':
    '{what} would cancel {count} upcoming booking. Check the list, then confirm to cancel it and notify the person concerned.',
  'Désactiver ces postes': 'Deactivating these desks',
  'Désactiver le poste {desk}': 'Deactivating desk {desk}',

  // Database constraints.
  'Le poste {desk} est déjà réservé sur ce créneau.':
    'Desk {desk} is already booked for this slot.',
  'Ce poste est déjà réservé sur ce créneau.': 'This desk is already booked for this slot.',
  'Vous avez déjà un poste sur ce créneau : {desk} ({site}).':
    'You already have a desk for this slot: {desk} ({site}).',
  'Vous avez déjà un poste réservé sur ce créneau.':
    'You already have a desk booked for this slot.',
  'Ce créneau est vide : son début et sa fin tombent au même instant.':
    'This slot is empty: it starts and ends at the same moment.',
  "Ce poste n'appartient pas à ce site.": 'This desk does not belong to this site.',
  'Deux réservations ont reçu le même code : réessayez.':
    'Two bookings were given the same code: try again.',
  'Un poste porte déjà ce libellé sur ce site.': 'A desk already has this label on this site.',
  'Des postes sont encore dans cette zone : déplacez-les avant de la supprimer.':
    'Desks are still in this zone: move them before deleting it.',
  'Une zone porte déjà ce nom sur ce site.': 'A zone already has this name on this site.',
  'Un site utilise déjà cet identifiant court.': 'A site already uses this short identifier.',
  "Un site temporaire indique son premier et son dernier jour, dans l'ordre ; un site permanent n'en a pas.":
    'A temporary site gives its first and last day, in that order; a permanent site has none.',
  "Deux plages d'ouverture d'un même jour se chevauchent.":
    'Two opening ranges on the same day overlap.',
  "Le poste {desk} est dans une zone réservée pour un événement sur ce créneau : choisissez un poste d'une autre zone.":
    'Desk {desk} is in a zone reserved for an event during this slot: choose a desk in another zone.',
  "Ce poste est dans une zone réservée pour un événement sur ce créneau : choisissez un poste d'une autre zone.":
    'This desk is in a zone reserved for an event during this slot: choose a desk in another zone.',
  'Un autre événement validé occupe déjà cette zone sur ce créneau : choisissez un autre horaire ou une autre zone.':
    'Another approved event already uses this zone during this slot: choose another time or another zone.',
  'Des événements utilisent cette zone : elle ne peut pas être supprimée tant qu’ils existent.':
    'Events use this zone: it cannot be deleted while they exist.',
  "L'événement doit finir après son début.": 'The event must end after it starts.',
  'Vous êtes déjà inscrit à cet événement.': 'You are already registered for this event.',
  '« {room} » est déjà réservée sur ce créneau : choisissez un autre horaire ou une autre salle.':
    '“{room}” is already booked for this slot: choose another time or another room.',
  'Cette salle est déjà réservée sur ce créneau.': 'This room is already booked for this slot.',
  'Une salle porte déjà ce nom sur ce site.': 'A room already has this name on this site.',
  'Des événements utilisent cette salle : elle ne peut pas être supprimée.':
    'Events use this room: it cannot be deleted.',
  'Cette personne est déjà invitée sur ce site ce jour-là.':
    'This person is already invited to this site on that day.',
  "Vous êtes déjà sur la liste d'attente de ce créneau.":
    'You are already on the waiting list for this slot.',
  'Ce créneau chevauche une réservation existante.': 'This slot overlaps an existing booking.',
  'Cet élément existe déjà.': 'This item already exists.',
  "Cet élément fait référence à un élément qui n'existe pas.":
    'This item refers to an item that does not exist.',
  'Ces valeurs ne respectent pas une règle des données.': 'These values break a data rule.',
  'Une valeur envoyée est mal formée ou hors limites.':
    'A value sent is malformed or out of range.',

  // Bookings.
  "Le poste {desk} n'appartient pas au site {site}.":
    'Desk {desk} does not belong to the site {site}.',
  "Le poste {desk} n'est pas ouvert à la réservation.": 'Desk {desk} is not open for booking.',
  'Ce créneau est déjà passé.': 'This slot is already over.',
  'Vous avez déjà le poste {desk} sur ce créneau.': 'You already have desk {desk} for this slot.',
  'Plus aucun poste n’est libre sur ce créneau : essayez un autre créneau, un autre jour, ou inscrivez-vous sur la liste d’attente.':
    'No desk is free for this slot any more: try another slot, another day, or join the waiting list.',
  'Vous êtes déjà arrivé·e : cette réservation ne peut plus être annulée.':
    'You have already arrived: this booking can no longer be cancelled.',
  'Cette réservation a déjà été libérée : vous n’étiez pas arrivé·e à temps.':
    'This booking has already been released: you had not arrived in time.',
  'Cette réservation a été libérée : vous n’étiez pas arrivé·e à temps.':
    'This booking was released: you had not arrived in time.',
  'Cette réservation est annulée.': 'This booking is cancelled.',
  'Vous avez déjà enregistré votre départ pour cette réservation.':
    'You have already checked out of this booking.',
  "Cette réservation n'existe pas.": 'This booking does not exist.',
  "Cette réservation n'existe pas sur ce site.": 'This booking does not exist on this site.',
  'Cette réservation est terminée.': 'This booking is over.',
  "Cette série de réservations n'existe pas.": 'This series of bookings does not exist.',
  "Ce lien d'agenda n'existe pas ou a été régénéré : créez un nouveau lien depuis « Mes réservations ».":
    'This calendar link does not exist or has been regenerated: create a new link from “My bookings”.',
  'Ce poste est attribué à une personne : choisissez-en un autre.':
    'This desk is assigned to someone: choose another one.',
  'Réservation impossible : ce site ne propose pas les réservations {kind} (règle du site ; créneaux proposés : {offered}).':
    'Booking not possible: this site does not offer bookings {kind} (site rule; slots offered: {offered}).',
  "Réservation impossible : à l'heure, ce site ne propose que les zones {zones} (règle du site).":
    'Booking not possible: by the hour, this site only offers the zones {zones} (site rule).',
  "Réservation impossible : on ne peut pas réserver plus de {days} jours à l'avance (règle du site).":
    'Booking not possible: you cannot book more than {days} days ahead (site rule).',
  'Vous avez atteint le maximum de {count} réservations par semaine sur ce site (règle du site).':
    'You have reached the maximum of {count} bookings per week on this site (site rule).',
  'Annulation impossible moins de {duration} avant le début (règle du site).':
    'Cancelling is not possible less than {duration} before the start (site rule).',
  "Le créneau « {slot} » est en dehors des horaires d'ouverture : {opening}":
    'The slot “{slot}” is outside the opening hours: {opening}',
  'ce jour-là le site est ouvert {ranges}.': 'that day the site is open {ranges}.',
  'Indiquez l’heure de début et l’heure de fin.': 'Give the start time and the end time.',
  "Après {closing}, seuls les détenteurs d'une clé peuvent réserver (horaires étendus du site).":
    'After {closing}, only key holders can book (the site’s extended hours).',
  "Le créneau de {start} à {end} est en dehors des horaires d'ouverture : {opening}":
    'The slot from {start} to {end} is outside the opening hours: {opening}',
  "{time} n'existe pas le {date} sur ce site : les horloges avancent d'une heure cette nuit-là (heure d'été). Choisissez une autre heure.":
    '{time} does not exist on {date} at this site: the clocks go forward one hour that night (summer time). Choose another time.',
  "Le créneau « {slot} » est en dehors des horaires d'ouverture ce jour-là.":
    'The slot “{slot}” is outside the opening hours that day.',

  // Waiting list.
  "Ce créneau a déjà commencé : sa liste d'attente est close.":
    'This slot has already started: its waiting list is closed.',
  "Ce créneau a commencé : sa liste d'attente est close.":
    'This slot has started: its waiting list is closed.',
  'Un poste est libre sur ce créneau : réservez-le directement.':
    'A desk is free for this slot: book it directly.',
  "Un poste vous a déjà été attribué sur ce créneau : annulez la réservation si vous n'en avez plus besoin.":
    'A desk has already been given to you for this slot: cancel the booking if you no longer need it.',
  "Un poste vient de vous être attribué sur ce créneau : annulez la réservation si vous n'en avez plus besoin.":
    'A desk has just been given to you for this slot: cancel the booking if you no longer need it.',
  "Cette inscription en liste d'attente n'existe pas.": 'This waiting list entry does not exist.',

  // The host's day (today board): a host acting for someone.
  '{person} est déjà parti·e{at} : arrivée non enregistrée.':
    '{person} has already left{at}: arrival not recorded.',
  '{person} est déjà parti·e : arrivée non enregistrée.':
    '{person} has already left: arrival not recorded.',
  'Cette réservation a été annulée : arrivée non enregistrée.':
    'This booking was cancelled: arrival not recorded.',
  "Trop tôt : l'arrivée s'enregistre{day} à partir de {time}.":
    'Too early: arrival can be recorded{day} from {time}.',
  "Trop tôt : l'arrivée s'enregistre à partir de {time}.":
    'Too early: arrival can be recorded from {time}.',
  'La réservation de {person} a été libérée et le poste {desk} réattribué : réservez-lui un autre poste.':
    '{person}’s booking was released and desk {desk} given to someone else: book them another desk.',
  '{person} a déjà un autre poste en ce moment.': '{person} already has another desk right now.',
  'Cette réservation vient de changer : rechargez le tableau.':
    'This booking has just changed: reload the board.',
  '{person} n’est pas arrivé·e : départ non enregistré.':
    '{person} has not arrived: departure not recorded.',
  'Cette réservation a été libérée faute d’arrivée : départ non enregistré.':
    'This booking was released for want of an arrival: departure not recorded.',
  'Cette réservation a été annulée : départ non enregistré.':
    'This booking was cancelled: departure not recorded.',
  'Personne ne s’est encore connecté à AdmZ avec l’adresse {email} : elle doit se connecter une première fois.':
    'Nobody has signed in to AdmZ with the address {email} yet: they must sign in once.',
  '{person} est déjà arrivé·e : cette réservation ne peut plus être annulée.':
    '{person} has already arrived: this booking can no longer be cancelled.',
  'Cette réservation a déjà été libérée faute d’arrivée.':
    'This booking has already been released for want of an arrival.',
  // A refusal written to the person booking (« Vous avez… »), said of the person booked for.
  '{person} a déjà un poste sur ce créneau : {desk} ({site}).':
    '{person} already has a desk for this slot: {desk} ({site}).',
  '{person} a déjà un poste réservé sur ce créneau.':
    '{person} already has a desk booked for this slot.',
  '{person} a déjà le poste {desk} sur ce créneau.':
    '{person} already has desk {desk} for this slot.',
  '{person} a déjà un poste en ce moment : {desk} ({site}).':
    '{person} already has a desk right now: {desk} ({site}).',
  '{person} a atteint le maximum de {count} réservations par semaine sur ce site (règle du site).':
    '{person} has reached the maximum of {count} bookings per week on this site (site rule).',

  // Arrivals at the kiosk.
  'Heure de passage dans le futur : horloge de la borne à vérifier.':
    'Scan time in the future: check the kiosk’s clock.',
  'Passage de plus de {hours} heures : il n’est plus accepté.':
    'Scan older than {hours} hours: it is no longer accepted.',
  'Heure de passage antérieure à la création de ce QR code : passage non accepté.':
    'Scan time earlier than this QR code’s creation: scan not accepted.',
  'La borne était en ligne à l’heure indiquée pour ce passage : il aurait été transmis aussitôt, il n’est pas accepté.':
    'The kiosk was online at the time given for this scan: it would have been sent at once, so it is not accepted.',
  'QR code non reconnu : il ne provient pas d’AdmZ ou a été modifié.':
    'QR code not recognised: it does not come from AdmZ or has been altered.',
  'Ce QR code a expiré : affichez votre réservation dans AdmZ, le code change toutes les 30 secondes.':
    'This QR code has expired: show your booking in AdmZ, the code changes every 30 seconds.',
  'Trop tôt : ce QR code ne sera valable que peu avant le début de la réservation.':
    'Too early: this QR code will only be valid shortly before the booking starts.',
  'Ce QR code a expiré : le créneau de la réservation est terminé.':
    'This QR code has expired: the booking’s slot is over.',
  'Scannez un QR code AdmZ ou tapez un code.': 'Scan an AdmZ QR code or type a code.',
  "Cette réservation n'existe plus.": 'This booking no longer exists.',
  'Cette réservation n’est pas en cours : départ non enregistré.':
    'This booking is not under way: departure not recorded.',
  'Pass non reconnu : scannez de nouveau.': 'Pass not recognised: scan again.',
  'Ce poste vient d’être pris : choisissez-en un autre.':
    'This desk has just been taken: choose another one.',
  'Cette réservation concerne un autre site : {site}.': 'This booking is for another site: {site}.',
  'Cette réservation a changé : scannez de nouveau.': 'This booking has changed: scan again.',
  'Ce QR code reçu par mail a déjà servi aujourd’hui : présentez celui de l’application AdmZ (« Mes réservations »).':
    'This QR code received by email has already been used today: show the one in the AdmZ app (“My bookings”).',
  'Pass non reconnu : il ne provient pas d’AdmZ.':
    'Pass not recognised: it does not come from AdmZ.',
  'Vous avez déjà un poste en ce moment : {desk} ({site}).':
    'You already have a desk right now: {desk} ({site}).',
  'Aucun poste libre pour le moment sur ce site.': 'No desk is free on this site at the moment.',
  'Le site ferme : plus de créneau disponible aujourd’hui.':
    'The site is closing: no slot left today.',
  'Délai dépassé : scannez de nouveau votre QR code.': 'Time is up: scan your QR code again.',
  'Code inconnu : vérifiez la saisie.': 'Unknown code: check what you typed.',
  'Un pass personnel ne permet pas d’arriver sans réservation hors ligne.':
    'A personal pass cannot be used to arrive without a booking while offline.',
  'Cette réservation a été annulée.': 'This booking was cancelled.',
  'Cette réservation a été libérée faute d’arrivée à temps.':
    'This booking was released because nobody arrived in time.',
  'Cette réservation a été libérée faute d’arrivée à temps. Scannez votre pass AdmZ pour prendre un poste libre.':
    'This booking was released because nobody arrived in time. Scan your AdmZ pass to take a free desk.',
  'La réservation avait été libérée et le poste réattribué avant le retour du réseau.':
    'The booking had been released and the desk given to someone else before the network came back.',
  'Votre départ a déjà été enregistré à {time}.': 'Your departure was already recorded at {time}.',
  'Votre départ a déjà été enregistré.': 'Your departure has already been recorded.',
  "Trop tôt : l'enregistrement ouvre{day} à {time}.": 'Too early: check-in opens{day} at {time}.',
  "Trop tôt : l'enregistrement ouvre à {time}.": 'Too early: check-in opens at {time}.',
  'Cette inscription a changé : scannez de nouveau.': 'This registration has changed: scan again.',
  'Cette inscription n’existe plus : elle a été annulée.':
    'This registration no longer exists: it was cancelled.',
  'Cet événement a lieu sur un autre site : {site}.':
    'This event takes place at another site: {site}.',
  'L’événement « {title} » a été annulé.': 'The event “{title}” was cancelled.',
  'L’événement « {title} » n’est pas validé : pas d’accueil à la borne.':
    'The event “{title}” is not approved: no welcome at the kiosk.',
  'Vous êtes en liste d’attente pour « {title} » : aucune place sur place ne vous a été attribuée. Adressez-vous aux organisateurs.':
    'You are on the waiting list for “{title}”: no on-site place has been given to you. Speak to the organisers.',
  'Vous êtes inscrit·e à distance à « {title} » : l’accueil sur place est réservé aux inscrits sur place.':
    'You are registered to attend “{title}” remotely: the on-site welcome is for on-site registrants only.',
  'Trop tôt : l’accueil de « {title} » ouvre{day} à {time}.':
    'Too early: the welcome for “{title}” opens{day} at {time}.',
  'Trop tôt : l’accueil de « {title} » ouvre à {time}.':
    'Too early: the welcome for “{title}” opens at {time}.',
  'L’événement « {title} » est terminé.': 'The event “{title}” is over.',

  // Kiosks.
  'Cette borne est désactivée : créez-en une nouvelle.':
    'This kiosk is disabled: create a new one.',
  'Code d’appairage inconnu ou expiré : demandez un nouveau code à un gestionnaire du site.':
    'Pairing code unknown or expired: ask a host of the site for a new code.',
  'Aucun code des réglages n’est défini pour cette borne : un gestionnaire du site le fixe sur la page « Bornes d’accueil ».':
    'No settings code is set for this kiosk: a host of the site sets it on the “Front desk kiosks” page.',
  'Code des réglages incorrect : les réglages sont bloqués pendant 5 minutes.':
    'Wrong settings code: the settings are locked for 5 minutes.',
  'Code des réglages incorrect : encore 1 essai avant le blocage des réglages pendant 5 minutes.':
    'Wrong settings code: 1 more try before the settings are locked for 5 minutes.',
  'Code des réglages incorrect : encore {count} essais avant le blocage des réglages pendant 5 minutes.':
    'Wrong settings code: {count} more tries before the settings are locked for 5 minutes.',
  'Borne non reconnue : appairez-la de nouveau.': 'Kiosk not recognised: pair it again.',
  'Borne désactivée par un gestionnaire du site.': 'Kiosk disabled by a host of the site.',
  "Cette borne n'existe pas sur ce site.": 'This kiosk does not exist on this site.',

  // Events.
  "Cet événement n'existe pas.": 'This event does not exist.',
  "Cet événement n'existe pas sur ce site.": 'This event does not exist on this site.',
  "Cet événement n'existe pas ou n'a pas eu lieu.":
    'This event does not exist or has not taken place.',
  "Cet événement n'existe pas ou n'est pas encore publié.":
    'This event does not exist or is not published yet.',
  "Cet événement n'existe pas ou n'est pas ouvert aux inscriptions.":
    'This event does not exist or is not open for registration.',
  'Seul un événement validé et qui a eu lieu a des archives : celui-ci a été annulé.':
    'Only an approved event that has taken place has archives: this one was cancelled.',
  'Seul un événement validé et qui a eu lieu a des archives : celui-ci a été refusé.':
    'Only an approved event that has taken place has archives: this one was declined.',
  'Seul un événement validé et qui a eu lieu a des archives : celui-ci a été seulement proposé.':
    'Only an approved event that has taken place has archives: this one was only proposed.',
  "Cet événement n'est pas encore terminé : ses archives s'ajoutent une fois qu'il a eu lieu.":
    'This event is not over yet: its archives are added once it has taken place.',
  'Cet événement ne se suit pas à distance : inscrivez-vous sur place.':
    'This event cannot be followed remotely: register to attend on site.',
  'Votre arrivée à l’événement est enregistrée : vous ne pouvez plus vous désinscrire.':
    'Your arrival at the event is recorded: you can no longer unregister.',
  "Vous n'êtes pas inscrit à cet événement.": 'You are not registered for this event.',
  "Seuls les inscrits d'un événement validé reçoivent un message.":
    'Only the registrants of an approved event receive a message.',
  'Vous suivez cet événement à distance : il n’y a pas de pass pour l’accueil sur place.':
    'You are following this event remotely: there is no pass for the on-site welcome.',
  'Vous êtes en liste d’attente : le pass vous sera donné si une place se libère.':
    'You are on the waiting list: you will get the pass if a place becomes free.',
  'Cet événement est terminé.': 'This event is over.',
  'Le pass de l’événement s’affiche le jour même : revenez le jour de l’événement.':
    'The event pass appears on the day itself: come back on the day of the event.',
  'Cet événement a commencé : les inscriptions sont closes.':
    'This event has started: registration is closed.',
  'Cet événement est déjà annulé.': 'This event is already cancelled.',
  "Seul un événement validé s'annule : refusez plutôt cette proposition.":
    'Only an approved event can be cancelled: decline this proposal instead.',
  'Cet événement est terminé : il ne s’annule plus.':
    'This event is over: it can no longer be cancelled.',
  "Ce site est archivé : il n'accueille plus d'événements.":
    'This site is archived: it no longer hosts events.',
  "Cet horaire est déjà passé : proposez l'événement à une date à venir.":
    'This time has already passed: propose the event for a future date.',
  "Un événement se propose au plus {days} jours à l'avance.":
    'An event can be proposed at most {days} days ahead.',
  "Cette salle n'existe pas sur ce site ou n'est plus proposée à la réservation.":
    'This room does not exist on this site or is no longer open for booking.',
  '{room} accueille au plus {capacity} personnes : réduisez le nombre de places ou choisissez une zone.':
    '{room} holds at most {capacity} people: reduce the number of places or choose a zone.',
  'Cet événement a déjà commencé : il ne peut plus être validé.':
    'This event has already started: it can no longer be approved.',
  'Valider cet événement annulerait {count} réservations de poste dans la zone {zone}. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.':
    'Approving this event would cancel {count} desk bookings in the zone {zone}. Check the list, then confirm to cancel them and notify the people concerned.',
  'Valider cet événement annulerait {count} réservation de poste dans la zone {zone}. Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.':
    'Approving this event would cancel {count} desk booking in the zone {zone}. Check the list, then confirm to cancel it and notify the person concerned.',
  'Cet événement est déjà validé.': 'This event is already approved.',
  'Cette proposition a déjà été refusée.': 'This proposal has already been declined.',
  'Cet événement est annulé.': 'This event is cancelled.',
  "{site} est un site itinérant : il n'accueille d'événement {period}. Choisissez un jour dans cette période.":
    '{site} is a travelling site: it hosts events {period}. Choose a day in that period.',
  "L'heure de {which} ({time}) n'existe pas ce jour-là sur le site (passage à l'heure d'été) : choisissez-en une autre.":
    'The {which} time ({time}) does not exist that day at the site (change to summer time): choose another one.',
  "Ce site n'existe pas ou n'accueille plus d'événements : choisissez-en un autre dans l'agenda.":
    'This site does not exist or no longer hosts events: choose another one in the calendar.',

  // Rooms.
  "Cette salle n'existe pas sur ce site.": 'This room does not exist on this site.',
  "Cette salle n'existe pas ou n'est plus proposée à la réservation.":
    'This room does not exist or is no longer open for booking.',
  "{room} se réserve pendant les heures d'ouverture du site ce jour-là : {ranges}.":
    '{room} can be booked during the site’s opening hours that day: {ranges}.',
  '{room} accueille au plus {capacity} personnes : choisissez une salle plus grande.':
    '{room} holds at most {capacity} people: choose a bigger room.',
  'Une salle se réserve au moins {duration}.': 'A room is booked for at least {duration}.',
  "Une salle se réserve au plus {duration} d'affilée sur ce site.":
    'A room is booked for at most {duration} in a row on this site.',
  'Ce créneau a déjà commencé : choisissez un horaire à venir.':
    'This slot has already started: choose a time still to come.',
  "Une salle se réserve au plus {days} jours à l'avance sur ce site (jusqu'au {date}).":
    'A room can be booked at most {days} days ahead on this site (until {date}).',
  "Vous avez déjà {count} réservations de salle à venir : c'est le maximum. Annulez-en une pour en faire une autre.":
    'You already have {count} upcoming room bookings: that is the maximum. Cancel one to make another.',
  "Vous avez déjà {count} réservation de salle à venir : c'est le maximum. Annulez-en une pour en faire une autre.":
    'You already have {count} upcoming room booking: that is the maximum. Cancel it to make another.',
  "Cette réservation de salle n'existe pas.": 'This room booking does not exist.',
  "Cette réservation de salle n'existe pas sur ce site.":
    'This room booking does not exist on this site.',
  'Seule la personne qui a réservé la salle peut annuler cette réservation.':
    'Only the person who booked the room can cancel this booking.',
  "Cette salle est tenue par un événement : annulez l'événement pour la libérer.":
    'This room is held by an event: cancel the event to free it.',
  'Cette réservation de salle est déjà annulée.': 'This room booking is already cancelled.',
  'Cette réunion est terminée : elle ne s’annule plus.':
    'This meeting is over: it can no longer be cancelled.',

  // Floor plans.
  "Le plan est vide : envoyez le fichier de l'image (SVG ou PNG).":
    'The plan is empty: send the image file (SVG or PNG).',
  "La zone « {zone} » n'a pas encore de plan.": 'Zone “{zone}” has no plan yet.',
  "La zone « {zone} » n'a pas de plan.": 'Zone “{zone}” has no plan.',
  "Ce site n'a pas de zone « {zone} » : créez-la d'abord (page « Postes et zones »).":
    'This site has no zone “{zone}”: create it first (“Desks and zones” page).',
  'Le plan doit être une image SVG (image/svg+xml) ou PNG (image/png).':
    'The plan must be an SVG (image/svg+xml) or PNG (image/png) image.',
  "Ce fichier n'est pas une image PNG valide : enregistrez le plan en PNG ou en SVG puis réessayez.":
    'This file is not a valid PNG image: save the plan as PNG or SVG, then try again.',
  "L'image du plan n'a pas de taille lisible.": 'The plan image has no readable size.',
  'Le plan est trop grand ({width} × {height} pixels) : au plus {max} pixels de côté.':
    'The plan is too large ({width} × {height} pixels): at most {max} pixels a side.',
  "Ce fichier n'est pas un SVG valide : {reason}": 'This file is not a valid SVG: {reason}',
  "Le plan SVG doit indiquer sa taille : attributs width et height, ou viewBox sur l'élément <svg>.":
    'The SVG plan must give its size: width and height attributes, or a viewBox on the <svg> element.',
  'Le plan dépasse 2 Mo : réduisez ou compressez l’image puis réessayez.':
    'The plan is larger than 2 MB: reduce or compress the image, then try again.',
  "Le fichier du plan n'a pas pu être lu. Réessayez.":
    'The plan file could not be read. Try again.',
  'le document doit commencer par un élément <svg>.':
    'the document must start with an <svg> element.',
  "le texte n'est pas encodé en UTF-8.": 'the text is not encoded in UTF-8.',
  '{what} non fermé.': 'unclosed {what}.',
  "nom d'élément ou d'attribut attendu (caractère {position}).":
    'element or attribute name expected (character {position}).',
  'du texte se trouve en dehors de l’élément <svg>.': 'some text lies outside the <svg> element.',
  'le document contient plusieurs éléments racines.': 'the document has several root elements.',
  'section CDATA en dehors de l’élément <svg>.': 'CDATA section outside the <svg> element.',
  'les déclarations DOCTYPE et ENTITY ne sont pas acceptées dans un plan.':
    'DOCTYPE and ENTITY declarations are not accepted in a plan.',
  'balise fermante </{name}> mal formée.': 'malformed closing tag </{name}>.',
  'éléments imbriqués sur plus de {depth} niveaux.':
    'elements nested more than {depth} levels deep.',
  'espace attendu dans la balise <{name}>.': 'space expected in the <{name}> tag.',
  "caractère < dans l'attribut {name}.": 'character < in the attribute {name}.',
  'attribut {name} répété.': 'attribute {name} repeated.',
  'balise <{name}> non fermée.': 'unclosed <{name}> tag.',
  'élément <{name}> non fermé.': 'unclosed <{name}> element.',
  'aucun élément <svg> trouvé.': 'no <svg> element found.',
  'caractère & isolé (écrivez &amp;).': 'lone & character (write &amp;).',
  'entité &{entity}; inconnue.': 'unknown entity &{entity};.',

  // Guests.
  'Cette invitation n’existe pas ou n’est plus valable : demandez à l’agent qui vous invite de vous inviter de nouveau.':
    'This invitation does not exist or is no longer valid: ask the public servant who invited you to invite you again.',
  'Cette date est passée : choisissez un jour à venir.':
    'This date has passed: choose a day to come.',
  'On invite au plus {days} jours à l’avance.': 'Guests can be invited at most {days} days ahead.',
  'Vous ne pouvez pas vous inviter vous-même : réservez un poste.':
    'You cannot invite yourself: book a desk.',
  'Vous avez déjà invité {count} personnes ce jour-là : c’est le maximum par agent et par jour.':
    'You have already invited {count} people that day: that is the maximum per public servant per day.',
  "Cette invitation n'existe pas.": 'This invitation does not exist.',
  "Cette invitation n'existe pas sur ce site.": 'This invitation does not exist on this site.',
  'La personne invitée est déjà arrivée : l’invitation ne peut plus être annulée.':
    'The guest has already arrived: the invitation can no longer be cancelled.',
  'Cette invitation est déjà annulée ou refusée.':
    'This invitation is already cancelled or declined.',
  'Cette invitation a été refusée par l’équipe du site.':
    'This invitation was declined by the site’s team.',
  'Ce site n’a pas de charte d’utilisation à accepter.': 'This site has no terms of use to accept.',
  'Cette invitation a déjà été traitée (validée, refusée ou annulée).':
    'This invitation has already been handled (approved, declined or cancelled).',
  'Cette invitation a changé : scannez de nouveau.': 'This invitation has changed: scan again.',
  'Cette invitation n’existe plus : demandez à l’agent qui vous invite.':
    'This invitation no longer exists: ask the public servant who invited you.',
  'Cette invitation a été annulée.': 'This invitation was cancelled.',
  'Cette invitation concerne un autre site : {site}.':
    'This invitation is for another site: {site}.',
  'Cette invitation n’a pas encore été validée par l’équipe du site : adressez-vous à l’accueil.':
    'This invitation has not been approved by the site’s team yet: speak to the front desk.',
  'Trop tôt : cette invitation est pour le {date}.': 'Too early: this invitation is for {date}.',
  'Cette invitation était pour le {date} : elle n’est plus valable.':
    'This invitation was for {date}: it is no longer valid.',
  'La charte d’utilisation du site n’a pas été acceptée : ouvrez le lien de votre invitation pour l’accepter.':
    'The site’s terms of use have not been accepted: open your invitation link to accept them.',

  // Presence, the development identity provider, calendar feeds.
  '« Qui est là ? » montre le jour même et les jours à venir, pas les jours passés.':
    '“Who’s here?” shows today and the days to come, not past days.',
  "Le paramètre « {name} » n'est pas accepté par ProConnect.":
    'The parameter “{name}” is not accepted by ProConnect.',
  'Le paramètre « {name} » est obligatoire et doit compter au moins {length} caractères.':
    'The parameter “{name}” is required and must be at least {length} characters long.',
  "La valeur « {value} » du paramètre « prompt » n'est pas acceptée par ProConnect.":
    'The value “{value}” of the “prompt” parameter is not accepted by ProConnect.',
  '{slot}, de {start} à {end} (heure locale du site, {timezone})':
    '{slot}, from {start} to {end} (site local time, {timezone})',
};

const weekdays = [
  ['lundi', 'Monday'],
  ['mardi', 'Tuesday'],
  ['mercredi', 'Wednesday'],
  ['jeudi', 'Thursday'],
  ['vendredi', 'Friday'],
  ['samedi', 'Saturday'],
  ['dimanche', 'Sunday'],
] as const;
const months = [
  ['janvier', 'January'],
  ['février', 'February'],
  ['mars', 'March'],
  ['avril', 'April'],
  ['mai', 'May'],
  ['juin', 'June'],
  ['juillet', 'July'],
  ['août', 'August'],
  ['septembre', 'September'],
  ['octobre', 'October'],
  ['novembre', 'November'],
  ['décembre', 'December'],
] as const;

/** The dates `formatFrenchDate` writes into a sentence (« lundi 5 janvier 2026 »), as values. */
const datesEn: SentenceTable = Object.fromEntries(
  weekdays.flatMap(([weekday, weekdayEn]) =>
    months.flatMap(([month, monthEn]) => [
      [`${weekday} {day} ${month} {year}`, `${weekdayEn} {day} ${monthEn} {year}`],
      [`${weekday} {day} ${month}`, `${weekdayEn} {day} ${monthEn}`],
    ]),
  ),
);

/**
 * Every sentence the API can send, in English, keyed by the French sentence (`{name}` stands for
 * a value). Checked against the API's source by apps/api/src/common/api-sentences.spec.ts.
 */
export const apiSentencesEn: SentenceTable = { ...sentences, ...datesEn };
