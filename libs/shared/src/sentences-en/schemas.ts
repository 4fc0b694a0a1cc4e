/**
 * The shared schemas' validation messages in English, keyed by the French message exactly as
 * zod gives it. `{name}` stands for an interpolated value (any non-empty text), kept as is in the
 * English. A message whose French value names a French word (`prénom`, `lundi`) has its own
 * entries before the general pattern: read in order, the first key that matches is the right one.
 * schemas.spec.ts checks that every message in the schemas has its entry here.
 */
export const schemaSentencesEn: Readonly<Record<string, string>> = {
  // Zod's own message for a missing field (common.ts), then common.ts's schemas.
  'Ce champ est obligatoire.': 'This field is required.',
  'Identifiant invalide.': 'Invalid identifier.',
  'Ce texte contient un caractère de contrôle non autorisé.':
    'This text contains a control character that is not allowed.',
  'La date doit être au format AAAA-MM-JJ.': 'The date must be in the YYYY-MM-DD format.',
  "Cette date n'existe pas.": 'This date does not exist.',
  'La date doit être comprise entre {first} et {last}.':
    'The date must be between {first} and {last}.',
  "L'heure doit être au format HH:MM.": 'The time must be in the HH:MM format.',
  'Fuseau horaire inconnu : choisissez-le dans la liste (exemple : Europe/Paris).':
    'Unknown time zone: choose it from the list (for example Europe/Paris).',

  // analytics.ts
  'La date de fin (to) doit suivre la date de début (from).':
    'The end date (to) must not be before the start date (from).',
  'Le tableau doit être « days », « zones », « desks », « administrations » ou « visitors ».':
    'The table must be ‘days’, ‘zones’, ‘desks’, ‘administrations’ or ‘visitors’.',
  'Le choix « showNames » doit être vrai ou faux.': 'The ‘showNames’ choice must be true or false.',
  'Le nombre de mois (months) doit être un nombre.':
    'The number of months (months) must be a number.',
  'Le nombre de mois (months) doit être entier.':
    'The number of months (months) must be a whole number.',
  'Le nombre de mois (months) doit être au moins 1.':
    'The number of months (months) must be at least 1.',
  'Le nombre de mois (months) doit être au plus {max}.':
    'The number of months (months) must be at most {max}.',

  // booking-series.ts, bookings.ts
  'Identifiant de site invalide.': 'Invalid site identifier.',
  'Identifiant de poste invalide.': 'Invalid desk identifier.',
  'Un jour de la semaine est un nombre de 1 (lundi) à 7 (dimanche).':
    'A day of the week is a number from 1 (Monday) to 7 (Sunday).',
  'Choisissez au moins un jour de la semaine.': 'Choose at least one day of the week.',
  'Chaque jour de la semaine ne peut être choisi qu’une fois.':
    'Each day of the week can only be chosen once.',
  'La date de fin doit être postérieure ou égale à la date de début.':
    'The end date must be on or after the start date.',
  'Une série couvre au plus six mois : rapprochez la date de fin.':
    'A series covers six months at most: bring the end date forward.',
  'Aucune date de cette période ne tombe un des jours choisis.':
    'No date in this period falls on one of the chosen days.',
  'Une série compte au plus {max} dates.': 'A series has at most {max} dates.',
  'Le créneau doit être « morning », « afternoon » ou « day ».':
    'The slot must be ‘morning’, ‘afternoon’ or ‘day’.',
  'Le créneau doit être « morning », « afternoon », « day » ou « hour ».':
    'The slot must be ‘morning’, ‘afternoon’, ‘day’ or ‘hour’.',
  "Une réservation à l'heure commence et finit à l'heure pile (ex. 14:00).":
    'A booking by the hour starts and ends on the hour (e.g. 14:00).',
  "Les heures de début et de fin ne s'indiquent que pour une réservation à l'heure.":
    'Start and end times are only given for a booking by the hour.',
  "L'heure de début doit précéder l'heure de fin.": 'The start time must be before the end time.',
  'La date de fin doit suivre la date de début.': 'The end date must not be before the start date.',
  'La période demandée dépasse {max} jours.': 'The requested period is longer than {max} days.',

  // event-archives.ts
  'Choisissez le type du lien : diapositives, vidéo, notes, dépôt ou autre.':
    'Choose the type of link: slides, video, notes, repository or other.',
  'Indiquez l’adresse du lien.': 'Enter the link’s address.',
  'Une adresse fait au plus 2 000 caractères.': 'An address must be at most 2,000 characters.',
  'Le lien est une adresse web complète en https:// (ou http://).':
    'The link must be a full web address starting with https:// (or http://).',
  'Donnez un intitulé au lien.': 'Give the link a title.',
  'L’intitulé d’un lien fait au plus 120 caractères.':
    'A link’s title must be at most 120 characters.',
  'Le résumé fait au plus {max} caractères.': 'The summary must be at most {max} characters.',
  'Au plus {max} liens.': 'At most {max} links.',
  'Un même lien est indiqué deux fois.': 'The same link is given twice.',
  'La recherche fait au plus 200 caractères.': 'The search must be at most 200 characters.',
  'Un thème fait au plus 40 caractères.': 'A topic must be at most 40 characters.',
  'Au plus 200 caractères.': 'At most 200 characters.',
  'La page est un nombre entier.': 'The page must be a whole number.',
  'La page est au moins 1.': 'The page must be at least 1.',
  'La page est au plus 1 000.': 'The page must be at most 1,000.',
  'Le paramètre « before » reprend la valeur nextBefore de la page précédente.':
    'The “before” parameter takes the nextBefore value of the previous page.',

  // events.ts
  "Type d'événement inconnu.": 'Unknown type of event.',
  'Public inconnu.': 'Unknown audience.',
  'Un thème ne peut pas être vide.': 'A topic cannot be empty.',
  'Le lien de visio fait au plus 500 caractères.':
    'The video call link must be at most 500 characters.',
  'Le lien de visio est une adresse complète en https:// (exemple : https://webinaire.numerique.gouv.fr/…).':
    'The video call link must be a full address starting with https:// (for example https://webinaire.numerique.gouv.fr/…).',
  'Au plus {max} thèmes.': 'At most {max} topics.',
  'Un même thème est indiqué deux fois.': 'The same topic is given twice.',
  'Le titre fait au moins 3 caractères.': 'The title must be at least 3 characters.',
  'Le titre fait au plus 120 caractères.': 'The title must be at most 120 characters.',
  'Décrivez l’événement en quelques lignes.': 'Describe the event in a few lines.',
  'La description fait au plus 4 000 caractères.':
    'The description must be at most 4,000 characters.',
  'Choisissez la zone utilisée.': 'Choose the zone the event uses.',
  'Choisissez la salle utilisée.': 'Choose the room the event uses.',
  'Le nombre de places est un nombre entier.': 'The number of places must be a whole number.',
  'Le nombre de places est au moins 1.': 'The number of places must be at least 1.',
  'Le nombre de places est au plus 1 000.': 'The number of places must be at most 1,000.',
  "L'heure de fin doit être après l'heure de début.": 'The end time must be after the start time.',
  'Choisissez soit une zone, soit une salle, pour l’événement.':
    'Choose either a zone or a room for the event.',
  'Indiquez pourquoi l’événement est annulé : les inscrits le reçoivent.':
    'Say why the event is cancelled: it is sent to the registrants.',
  'La raison fait au plus 1 000 caractères.': 'The reason must be at most 1,000 characters.',
  'Indiquez la raison du refus : elle est envoyée à la personne.':
    'Give the reason for declining: it is sent to the person.',
  'Choisissez « in_person » (sur place) ou « remote » (à distance).':
    'Choose ‘in_person’ (on site) or ‘remote’ (online).',
  'L’objet fait au moins 3 caractères.': 'The subject must be at least 3 characters.',
  'L’objet fait au plus 150 caractères.': 'The subject must be at most 150 characters.',
  'Écrivez votre message.': 'Write your message.',
  'Le message fait au plus 5 000 caractères.': 'The message must be at most 5,000 characters.',

  // floor-plans.ts
  'Le nom de la zone est obligatoire.': 'The zone’s name is required.',
  'Le nom de la zone fait au plus 80 caractères.': 'The zone’s name must be at most 80 characters.',
  'La position est un nombre entre 0 et 1.': 'The position is a number between 0 and 1.',
  'La position doit rester sur le plan (entre 0 et 1).':
    'The position must stay on the floor plan (between 0 and 1).',

  // guests.ts: `nameSchema('prénom')` and `nameSchema('nom')`, then the pattern.
  'Indiquez le prénom de la personne invitée.': 'Enter the guest’s first name.',
  'Indiquez le nom de la personne invitée.': 'Enter the guest’s surname.',
  'Indiquez le {field} de la personne invitée.': 'Enter the guest’s {field}.',
  'Le prénom fait au plus 100 caractères.': 'The first name must be at most 100 characters.',
  'Le nom fait au plus 100 caractères.': 'The surname must be at most 100 characters.',
  'Le {field} fait au plus 100 caractères.': 'The {field} must be at most 100 characters.',
  'Adresse électronique de la personne invitée invalide.': 'The guest’s email address is invalid.',
  'L’adresse électronique fait au plus 254 caractères.':
    'The email address must be at most 254 characters.',
  'Indiquez l’organisation de la personne invitée.': 'Enter the guest’s organisation.',
  'L’organisation fait au plus 150 caractères.': 'The organisation must be at most 150 characters.',
  'Le SIRET comporte 14 chiffres.': 'A SIRET number has 14 digits.',
  'Ce SIRET n’est pas valide : vérifiez les 14 chiffres.':
    'This SIRET number is not valid: check the 14 digits.',
  'Indiquez le motif de l’invitation.': 'Give the reason for the invitation.',
  'Le motif fait au plus 500 caractères.': 'The reason must be at most 500 characters.',
  'Indiquez la raison du refus : elle est envoyée à l’agent qui invite.':
    'Give the reason for declining: it is sent to the public servant who invited the guest.',
  'Indiquez si chaque invitation est validée par l’équipe.':
    'Say whether the team approves each invitation.',
  'La charte fait au plus 5 000 caractères.': 'The charter must be at most 5,000 characters.',

  // hosts.ts
  'Tapez au moins deux caractères.': 'Type at least two characters.',
  'Au plus 100 caractères.': 'At most 100 characters.',
  'Type d’action inconnu.': 'Unknown type of action.',
  'Nombre invalide.': 'Invalid number.',
  'Nombre entier attendu.': 'A whole number is expected.',
  'Au moins 1.': 'At least 1.',
  'Au plus 200.': 'At most 200.',

  // kiosks.ts
  'Le code des réglages est obligatoire.': 'The settings code is required.',
  'Le code des réglages comporte de {min} à {max} chiffres.':
    'The settings code has {min} to {max} digits.',
  'Le nom de la borne est obligatoire.': 'The kiosk’s name is required.',
  'Saisissez le code des réglages.': 'Enter the settings code.',
  'Code des réglages incorrect.': 'Wrong settings code.',
  'Le code d’appairage comporte {length} caractères.': 'The pairing code has {length} characters.',
  'Le code d’appairage contient des caractères non valides.':
    'The pairing code contains characters that are not valid.',
  'QR code illisible.': 'Unreadable QR code.',
  'Le code comporte {length} caractères.': 'The code has {length} characters.',
  'Le code contient des caractères non valides.':
    'The code contains characters that are not valid.',
  'Scannez un QR code ou saisissez un code.': 'Scan a QR code or enter a code.',
  'Jeton de départ invalide.': 'Invalid check-out token.',
  'Proposition expirée : scannez de nouveau.': 'This offer has expired: scan again.',
  'Créneau inconnu.': 'Unknown slot.',
  'Identifiant d’enregistrement invalide.': 'Invalid check-in identifier.',
  'Heure de passage mal formée.': 'Badly formed scan time.',
  'Aucun enregistrement à envoyer.': 'No check-ins to send.',
  'Au plus {max} enregistrements par envoi.': 'At most {max} check-ins per upload.',

  // outbox.ts
  'La limite doit être un nombre.': 'The limit must be a number.',
  'La limite doit être un nombre entier.': 'The limit must be a whole number.',
  'La limite va de 1 à 100.': 'The limit must be between 1 and 100.',

  // presence.ts
  'Une compétence ne peut pas être vide.': 'A skill cannot be empty.',
  'Une compétence fait au plus {max} caractères.': 'A skill must be at most {max} characters.',
  'Indiquez si vous souhaitez être visible (oui ou non).':
    'Say whether you want to be visible (yes or no).',
  'Le sujet de travail fait au plus {max} caractères.':
    'What you are working on must be at most {max} characters.',
  'Les compétences sont une liste de mots-clés.': 'Skills are a list of keywords.',
  'Au plus {max} compétences.': 'At most {max} skills.',
  'Une même compétence est indiquée deux fois.': 'The same skill is given twice.',
  'Le choix est « true », « false » ou « null ».': 'The choice is ‘true’, ‘false’ or ‘null’.',
  'Le nom de l’administration fait au plus 120 caractères.':
    'The administration’s name must be at most 120 characters.',

  // rooms.ts
  'Le type est « room » (salle) ou « table » (grande table).':
    'The type is ‘room’ (a room) or ‘table’ (a large table).',
  'Équipement inconnu.': 'Unknown equipment.',
  'Indiquez une durée en minutes.': 'Give a duration in minutes.',
  'Indiquez une durée entière en minutes.': 'Give a whole number of minutes.',
  'Une réservation de salle dure au moins {min} minutes.':
    'A room booking lasts at least {min} minutes.',
  'Une réservation de salle dure au plus 24 heures.': 'A room booking lasts 24 hours at most.',
  "La durée maximale se compte en quarts d'heure (un multiple de {step} minutes).":
    'The maximum duration is counted in quarter hours (a multiple of {step} minutes).',
  'Indiquez un nombre de jours.': 'Give a number of days.',
  'Indiquez un nombre entier de jours.': 'Give a whole number of days.',
  'Le nombre de jours ne peut pas être négatif.': 'The number of days cannot be negative.',
  'On ne peut pas ouvrir les salles à plus de 365 jours.':
    'Rooms cannot be opened for booking more than 365 days ahead.',
  'Indiquez un nombre de réservations.': 'Give a number of bookings.',
  'Indiquez un nombre entier de réservations.': 'Give a whole number of bookings.',
  'Au moins une réservation de salle à venir par personne.':
    'At least one upcoming room booking per person.',
  'Au plus 50 réservations de salle à venir par personne.':
    'At most 50 upcoming room bookings per person.',
  'Le nom de la salle fait au moins 2 caractères.':
    'The room’s name must be at least 2 characters.',
  'Le nom de la salle fait au plus 80 caractères.':
    'The room’s name must be at most 80 characters.',
  'La capacité est un nombre entier de personnes.': 'The capacity is a whole number of people.',
  "La capacité est d'au moins {min} personnes.": 'The capacity is at least {min} people.',
  "La capacité est d'au plus {max} personnes.": 'The capacity is at most {max} people.',
  'Un même équipement est indiqué deux fois.': 'The same equipment is given twice.',
  'isActive vaut true ou false.': 'isActive is true or false.',
  'Une adresse électronique de la liste est invalide.': 'An email address in the list is invalid.',
  'Une adresse électronique fait au plus 254 caractères.':
    'An email address must be at most 254 characters.',
  'Choisissez une salle.': 'Choose a room.',
  "L'objet de la réunion fait au moins 3 caractères.":
    'The meeting’s subject must be at least 3 characters.',
  "L'objet de la réunion fait au plus 120 caractères.":
    'The meeting’s subject must be at most 120 characters.',
  'Le nombre de personnes est un nombre entier.': 'The number of people must be a whole number.',
  'Le nombre de personnes est au moins 1.': 'The number of people must be at least 1.',
  'Le nombre de personnes est au plus {max}.': 'The number of people must be at most {max}.',
  'Trop de personnes invitées.': 'Too many people invited.',
  'Une salle se réserve au quart d’heure : choisissez 00, 15, 30 ou 45 minutes.':
    'Rooms are booked by the quarter hour: choose 00, 15, 30 or 45 minutes.',
  'Une même adresse est indiquée deux fois.': 'The same address is given twice.',
  'Vous avez nommé plus de personnes que le nombre indiqué : augmentez le nombre de personnes.':
    'You have named more people than the number given: increase the number of people.',

  // rules.ts (a « population » is a group of people the site opens bookings to earlier)
  'Type de créneau inconnu (half_day, full_day ou hourly).':
    'Unknown slot type (half_day, full_day or hourly).',
  'On ne peut pas ouvrir les réservations à plus de 365 jours.':
    'Bookings cannot be opened more than 365 days ahead.',
  'Le maximum hebdomadaire est d’au moins 1 réservation.':
    'The weekly maximum is at least 1 booking.',
  'Un mot de l’organisation fait au moins 2 caractères.':
    'An organisation word must be at least 2 characters.',
  'Un mot de l’organisation fait au plus 80 caractères.':
    'An organisation word must be at most 80 characters.',
  'Au plus 20 mots par population.': 'At most 20 words per group.',
  'Un SIREN fait exactement 9 chiffres.': 'A SIREN number has exactly 9 digits.',
  'Au plus 50 SIREN par population.': 'At most 50 SIREN numbers per group.',
  'Décrivez la population : au moins un mot de l’organisation ou un SIREN.':
    'Describe the group: at least one organisation word or one SIREN number.',
  'Nommez la population (par exemple « Services déconcentrés »).':
    'Name the group (for example ‘Regional services’).',
  'Le nom de la population fait au plus 80 caractères.':
    'The group’s name must be at most 80 characters.',
  'Proposez au moins un type de créneau.': 'Offer at least one slot type.',
  'Chaque type de créneau ne peut figurer qu’une fois.': 'Each slot type can only appear once.',
  'Indiquez un délai en minutes.': 'Give a number of minutes.',
  'Indiquez un délai entier en minutes.': 'Give a whole number of minutes.',
  'Le délai ne peut pas être négatif.': 'The deadline cannot be negative.',
  'Le délai d’annulation ne dépasse pas 7 jours.': 'The cancellation deadline is 7 days at most.',
  'Le délai de libération est d’au moins 5 minutes.': 'The release delay is at least 5 minutes.',
  'Le délai de libération ne dépasse pas 4 heures.': 'The release delay is 4 hours at most.',
  'Au plus 10 populations par site.': 'At most 10 groups per site.',

  // site-console.ts: `bulkNumber('premier')` and `bulkNumber('dernier')`, then the patterns.
  'La place de la zone est un nombre entier (1 = la première).':
    'The zone’s position is a whole number (1 = the first).',
  'La place de la zone commence à 1 (la première).': 'The zone’s position starts at 1 (the first).',
  'La place de la zone va au plus jusqu’à 1000.': 'The zone’s position goes up to 1000 at most.',
  'Indiquez le nouveau nom de la zone, sa nouvelle place, ou les deux.':
    'Give the zone’s new name, its new position, or both.',
  'zoneIds est la liste des zones du site, dans l’ordre voulu.':
    'zoneIds is the list of the site’s zones, in the order wanted.',
  'zoneIds contient au plus 500 zones.': 'zoneIds holds 500 zones at most.',
  'zoneIds nomme une même zone deux fois.': 'zoneIds names the same zone twice.',
  'Le premier numéro est un nombre entier.': 'The first number must be a whole number.',
  'Le dernier numéro est un nombre entier.': 'The last number must be a whole number.',
  'Le {which} numéro est un nombre entier.': 'The {which} number must be a whole number.',
  'Le premier numéro est positif ou nul.': 'The first number must be zero or more.',
  'Le dernier numéro est positif ou nul.': 'The last number must be zero or more.',
  'Le {which} numéro est positif ou nul.': 'The {which} number must be zero or more.',
  'Le premier numéro va au plus jusqu’à 99999.': 'The first number goes up to 99999 at most.',
  'Le dernier numéro va au plus jusqu’à 99999.': 'The last number goes up to 99999 at most.',
  'Le {which} numéro va au plus jusqu’à 99999.': 'The {which} number goes up to 99999 at most.',
  'Le préfixe des libellés fait au plus 30 caractères.':
    'The labels’ prefix must be at most 30 characters.',
  'Le nombre de chiffres est un nombre entier.': 'The number of digits must be a whole number.',
  'Le nombre de chiffres est positif ou nul.': 'The number of digits must be zero or more.',
  'Le nombre de chiffres va au plus jusqu’à 5.': 'The number of digits goes up to 5 at most.',
  'Le premier numéro doit être inférieur ou égal au dernier.':
    'The first number must not be greater than the last.',
  'Au plus {max} postes à la fois : réduisez l’intervalle des numéros.':
    'At most {max} desks at a time: narrow the range of numbers.',
  'deskIds est la liste des postes concernés.': 'deskIds is the list of the desks concerned.',
  'Choisissez au moins un poste.': 'Choose at least one desk.',
  'Au plus {max} postes à la fois.': 'At most {max} desks at a time.',
  'deskIds nomme un même poste deux fois.': 'deskIds names the same desk twice.',
  'confirm vaut true ou false.': 'confirm is true or false.',

  // sites.ts: the overlapping ranges of each weekday (`weekdayNames`), then the pattern.
  'Région de jours fériés inconnue.': 'Unknown public holiday region.',
  'Le type de site vaut « permanent » ou « temporary ».':
    'The type of site is ‘permanent’ or ‘temporary’.',
  "L'identifiant court ne contient que des minuscules, chiffres et tirets.":
    'The short identifier contains only lower-case letters, digits and hyphens.',
  'Le nom doit faire au moins 2 caractères.': 'The name must be at least 2 characters.',
  "L'adresse est obligatoire.": 'The address is required.',
  'La description fait au plus 2 000 caractères.':
    'The description must be at most 2,000 characters.',
  "Les informations d'accès font au plus 2 000 caractères.":
    'The access information must be at most 2,000 characters.',
  'Les informations wifi font au plus 500 caractères.':
    'The wifi information must be at most 500 characters.',
  'Le message des bornes fait au plus 280 caractères.':
    'The kiosks’ message must be at most 280 characters.',
  'Le nombre de places est au plus 10 000.': 'The number of places must be at most 10,000.',
  'Un site temporaire indique son premier jour.': 'A temporary site needs a first day.',
  'Un site temporaire indique son dernier jour.': 'A temporary site needs a last day.',
  'Le dernier jour du site temporaire ne peut pas précéder son premier jour.':
    'The temporary site’s last day cannot be before its first day.',
  "Un site permanent n'a pas de dates de début et de fin.":
    'A permanent site has no start and end dates.',
  'Seul un site temporaire annonce un nombre de places.':
    'Only a temporary site has a number of places.',
  'confirm vaut « true » ou « false ».': 'confirm is ‘true’ or ‘false’.',
  'Le libellé est obligatoire.': 'The label is required.',
  'La zone est obligatoire.': 'The zone is required.',
  "L'heure d'ouverture doit précéder l'heure de fermeture.":
    'The opening time must be before the closing time.',
  "Une ouverture exceptionnelle indique l'heure d'ouverture et de fermeture.":
    'Special opening hours need an opening and a closing time.',
  'Les plages du lundi se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'Monday’s time ranges overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Les plages du mardi se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'Tuesday’s time ranges overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Les plages du mercredi se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'Wednesday’s time ranges overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Les plages du jeudi se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'Thursday’s time ranges overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Les plages du vendredi se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'Friday’s time ranges overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Les plages du samedi se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'Saturday’s time ranges overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Les plages du dimanche se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'Sunday’s time ranges overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Les plages du {weekday} se chevauchent : {opensAt}–{closesAt} et {nextOpensAt}–{nextClosesAt}.':
    'The time ranges of {weekday} overlap: {opensAt}–{closesAt} and {nextOpensAt}–{nextClosesAt}.',
  'Adresse électronique invalide.': 'Invalid email address.',

  // waitlist.ts
  'La zone ne peut pas être vide.': 'The zone cannot be empty.',
  'Le nom de zone est trop long.': 'The zone’s name is too long.',
};
