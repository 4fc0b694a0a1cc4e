import { defineMessages } from '../../i18n/language';

// Sentences holding a link or a badge are cut around it: `before`, the element, `after`.

/** The legal pages: legal notice, personal data, accessibility statement. */
export const legalMessages = defineMessages({
  fr: {
    toComplete: 'À compléter',
    newWindow: (label: string) => `${label} – nouvelle fenêtre`,
    legalNotice: {
      title: 'Mentions légales',
      publisherTitle: 'Éditeur',
      publisher: {
        before:
          'Direction interministérielle du numérique (DINUM), 20 avenue de Ségur, 75007 Paris ',
        after: " : à remplacer par l'administration qui publie AdmZ.",
      },
      publicationDirector: 'Directeur ou directrice de la publication : ',
      hostingTitle: 'Hébergement',
      hosting: {
        before: "Nom, adresse et téléphone de l'hébergeur ",
        after: ". Les données d'AdmZ sont conservées dans une base PostgreSQL chez cet hébergeur.",
      },
      sourceTitle: 'Code source et licences',
      source: {
        before:
          "Le code source d'AdmZ est un logiciel libre, publié sous licence MIT (adresse du dépôt ",
        after:
          "). Sauf mention contraire, les textes de ce site sont sous licence Etalab 2.0. AdmZ utilise le système de design de l'État (DSFR) ; la marque de l'État et son logo ne peuvent être réutilisés.",
      },
      dataTitle: 'Données personnelles et accessibilité',
      data: {
        beforePersonalData: "Ce qu'AdmZ garde de vous, pourquoi et combien de temps : ",
        personalData: 'données personnelles',
        beforeAccessibility: ". L'état d'accessibilité du service : ",
        accessibility: "déclaration d'accessibilité",
        after: '.',
      },
      securityTitle: 'Sécurité',
      security: {
        before: 'Pour signaler une vulnérabilité, écrivez à ',
        beforeSecurityTxt: ' (voir aussi ',
        after: '). Merci de ne pas la rendre publique avant sa correction.',
      },
    },
    personalData: {
      title: 'Données personnelles',
      lead: "AdmZ sert à réserver un poste dans les tiers-lieux de l'État et à y être accueilli. Cette page dit quelles données vous concernant AdmZ garde, pourquoi, combien de temps, et comment exercer vos droits.",
      controllerTitle: 'Qui est responsable',
      controller: {
        before: "Le responsable du traitement est l'administration qui publie AdmZ (voir les ",
        legalNotice: 'mentions légales',
        beforeEmail: '. Vous pouvez écrire à son délégué à la protection des données (DPD) : ',
        after: '.',
      },
      keptTitle: "Ce qu'AdmZ garde, et pourquoi",
      kept: [
        {
          title: 'Votre identité',
          text: ", transmise par ProConnect à chaque connexion : prénom, nom d'usage, adresse électronique, organisation et son SIRET, identifiants chez votre fournisseur d'identité. Elle sert à vous connecter, à vous écrire (confirmation, rappel, annulation) et à vous accueillir par votre nom. AdmZ lit aussi votre qualité d'agent public pour vous ouvrir l'accès, sans la conserver.",
        },
        {
          title: 'Vos réservations',
          text: " : site, poste, jour, créneau, statut, séries et listes d'attente. Elles servent à gérer l'occupation des postes.",
        },
        {
          title: 'Votre présence',
          text: " : heures d'arrivée et de départ, borne d'accueil qui a lu votre QR code. Elles servent à libérer les postes réservés mais inoccupés, à savoir qui est présent (accueil, évacuation) et à compter l'occupation.",
        },
        {
          title: 'Votre profil « Qui est là ? »',
          text: ", seulement si vous l'activez : sujet de travail, compétences, et votre choix pour chaque réservation. Il sert à vous faire connaître des autres agents présents le même jour. « Quitter et effacer mon profil » le supprime aussitôt, comme la suppression de votre compte.",
        },
        {
          title: 'Vos rôles',
          text: " : gestionnaire d'un site, détenteur ou détentrice d'une clé, poste qui vous est attribué.",
        },
        {
          title: 'Le journal des actions de gestion',
          text: " : si vous gérez un site ou administrez AdmZ, chacune de vos actions de gestion (horaires, règles, postes, bornes, gestionnaires), avec votre nom, la date, l'avant et l'après ; et les actions qui vous concernent (vous nommer gestionnaire, vous donner une clé, vous attribuer un poste). Il sert à rendre compte de la gestion d'un service public : votre nom y reste si vous supprimez votre compte.",
        },
      ],
      sessions: {
        title: 'Vos connexions',
        before: ' : une session par appareil connecté (cookie technique ',
        after: "), et l'empreinte de votre lien d'agenda si vous en avez créé un.",
      },
      legalBasis:
        "Ce traitement relève de la mission d'intérêt public des administrations qui ouvrent ces tiers-lieux (article 6-1-e du règlement général sur la protection des données). AdmZ n'utilise ni mesure d'audience ni publicité : son seul cookie est celui de la session, nécessaire au service ; il n'y a donc rien à accepter.",
      whoSeesTitle: 'Qui les voit',
      whoSees:
        "Les gestionnaires d'un site voient qui a réservé et qui est présent dans leur site, pour l'accueil et la sécurité. La borne d'accueil affiche votre prénom à votre arrivée. Les administrateurs d'AdmZ ont accès à l'ensemble. Les autres agents ne voient que les postes occupés, jamais par qui — sauf si vous activez « Qui est là ? » : les agents connectés voient alors votre nom, votre organisation, votre sujet, vos compétences et la zone de votre poste les jours où vous êtes visible, et les gestionnaires rien de plus. Rien n'est vendu ni transmis à des tiers.",
      howLongTitle: 'Combien de temps',
      howLong:
        'Chaque jour, AdmZ efface ou anonymise ce qui a dépassé sa durée de conservation. Les durées de ce service :',
      loadingPeriods: 'Chargement des durées de conservation…',
      periodsCaption: 'Durées de conservation',
      periodsHeaders: { what: 'Donnée', howLong: 'Durée de conservation' },
      cnilRecommendation:
        "La durée de conservation des heures de présence suit la recommandation de la CNIL pour les dispositifs de contrôle d'accès.",
      rightsTitle: 'Vos droits',
      rights: {
        before:
          "Vous pouvez accéder à vos données, les faire rectifier ou effacer, en limiter l'usage, vous y opposer et les emporter (portabilité). La plupart se font sans rien demander à personne, depuis la page ",
        myData: 'Mes données',
        after: ' :',
      },
      rightsList: [
        {
          title: 'Accès et portabilité',
          text: " : tout ce qu'AdmZ garde sur vous, lisible à l'écran et téléchargeable dans un fichier JSON.",
        },
        {
          title: 'Effacement',
          text: ' : « Supprimer mon compte » annule vos réservations à venir, anonymise les passées et efface votre identité.',
        },
        {
          title: 'Rectification',
          text: " : votre identité vient de votre administration par ProConnect ; une fois corrigée auprès d'elle, AdmZ la reprend à votre connexion suivante.",
        },
      ],
      otherRequests: {
        before: 'Pour toute autre demande, écrivez au délégué à la protection des données : ',
        after: '. Une réponse vous est due sous un mois.',
      },
      complaintTitle: 'Réclamation',
      complaint: {
        before:
          "Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL) : ",
        after: ' ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.',
      },
    },
    accessibility: {
      title: "Déclaration d'accessibilité",
      intro: {
        before: "L'administration qui publie AdmZ ",
        after:
          " s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité s'applique à l'application web AdmZ (réservation de postes, « Mes réservations », pages des gestionnaires) et à la borne d'accueil.",
      },
      complianceTitle: 'État de conformité',
      compliance: {
        before: 'AdmZ est ',
        status: 'partiellement conforme',
        after:
          " avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des limites énumérées ci-dessous.",
      },
      noAudit: {
        title: "Aucun audit de conformité n'a encore été réalisé",
        text: " : le taux de critères respectés n'est pas mesuré. Cet état repose sur les vérifications décrites ci-dessous, faites par l'équipe qui développe AdmZ. Un audit est prévu avant l'ouverture à tous les agents ",
        after: '.',
      },
      checkedTitle: 'Ce qui a été vérifié',
      checked:
        "Les vérifications ci-dessous sont des tests automatiques, joués par l'intégration continue à chaque modification, dans un vrai navigateur (Chromium). Résultats au 4 décembre 2026.",
      automaticTitle: 'Analyse automatique de chaque page',
      automatic: [
        'Outil : axe-core 4.14, avec les règles des niveaux A et AA des WCAG 2.0 et 2.1 (tags wcag2a, wcag2aa, wcag21a, wcag21aa). Le test échoue sur toute anomalie « critique » ou « sérieuse ».',
        "Pages couvertes : toutes les pages de l'application web, vues par une personne non connectée, une agente, une gestionnaire de site et un administrateur — pages publiques, réservation, « Mes réservations », événements, invitations, « Mes données », pages des gestionnaires et de l'administration, lien d'invitation invalide, page introuvable, accès refusé, agenda intégrable — et tous les écrans de la borne d'accueil (appairage, accueil, saisie du code, réglages, clé inconnue, connexion perdue).",
        'États couverts : fenêtres de confirmation ouvertes, erreurs de formulaire affichées (formulaire envoyé vide ou avec un code erroné), listes vides.',
        "Deux tailles d'écran : ordinateur (1280 × 900 pixels, 1280 × 800 pour la borne) et téléphone (390 × 844 pixels). À chaque fois : aucune anomalie critique ou sérieuse, aucun défilement horizontal, aucun avertissement ni erreur dans la console du navigateur.",
        "Les calendriers (« Mes réservations », disponibilités d'un tiers-lieu) dans chacune de leurs vues (semaine, mois, agenda ; l'agenda sur téléphone et tablette), le plan d'une zone (zoom, poste sélectionné) et le pass QR en plein écran sur quatre tailles d'écran sont analysés de même.",
      ],
      keyboardTitle: 'Parcours joués au clavier seul',
      keyboard: [
        "Annuler une réservation depuis « Mes réservations » : la fenêtre de confirmation s'ouvre (Entrée ou Espace), se ferme avec Échap en rendant le focus au bouton, puis l'annulation confirmée place le focus sur le message de résultat.",
        'Réserver un poste : choisir le créneau, puis « Un poste libre », avec Tab, Espace et Entrée.',
        "S'inscrire à un événement depuis l'agenda des événements, puis se désinscrire.",
        "Sur la borne : ouvrir la saisie du code, taper le code court d'une réservation, valider avec Entrée, voir le message de bienvenue.",
        'Confirmer la suppression de son compte, dans « Mes données ».',
        "À chaque étape, le test vérifie que le focus est là où on l'attend et qu'il est visible (contour de focus), y compris sur le lien d'accueil de l'en-tête.",
      ],
      designSystem:
        "Les composants viennent du système de design de l'État (DSFR), conçu pour être conforme au RGAA. Les parcours principaux sont aussi joués par des tests qui trouvent chaque élément par son rôle et son nom accessibles, comme une aide technique.",
      notYetTitle: 'Pas encore vérifié',
      notYet:
        "Technologies utilisées : HTML, CSS, JavaScript (React), DSFR. Pas encore fait : l'audit manuel des 106 critères du RGAA, les tests avec des lecteurs d'écran (NVDA, VoiceOver), l'agrandissement à 200 % de chaque page, la réservation d'un poste au clavier seul. Un outil automatique ne trouve qu'une partie des défauts : ces résultats ne valent pas conformité.",
      limitsTitle: 'Limites connues',
      limits: [
        "Les calendriers viennent d'un composant libre (react-big-calendar) dont les rôles ARIA de grille étaient incomplets : AdmZ les retire, et la grille se lit comme une suite de jours et de boutons. Ils n'ont pas été essayés avec un lecteur d'écran ; la liste des réservations et la liste des postes de la page « Réserver un poste » donnent les mêmes informations et permettent les mêmes actions.",
        'Les plans des zones sont des images déposées par les gestionnaires, sans description textuelle de la salle ; chaque poste y est aussi nommé dans la liste des postes.',
        "Le QR code d'arrivée ne se lit qu'avec une caméra : un code court à saisir sur la borne (« Saisir mon code ») le remplace.",
        "La borne d'accueil (tablette) n'a pas été essayée avec un lecteur d'écran ; une arrivée y est signalée à l'écran et par un bip.",
        "Les mails envoyés par AdmZ (confirmation, rappel) n'ont pas été vérifiés ; chacun a une version en texte brut.",
      ],
      contactTitle: "Retour d'information et contact",
      contact: {
        before:
          "Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez-nous pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme : ",
        after: '.',
      },
      remediesTitle: 'Voies de recours',
      remedies:
        "Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :",
      defenderForm: {
        before: 'écrire un message au ',
        link: 'Défenseur des droits',
        title: 'Défenseur des droits, formulaire',
        after: ' ;',
      },
      defenderDelegate: {
        before: 'contacter ',
        link: 'le délégué du Défenseur des droits dans votre région',
        title: 'Délégués du Défenseur des droits',
        after: ' ;',
      },
      defenderMail:
        'envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
      dated: {
        before:
          'Déclaration établie en décembre 2026, mise à jour le 4 décembre 2026. Voir aussi les ',
        legalNotice: 'mentions légales',
        after: '.',
      },
    },
  },
  en: {
    toComplete: 'To complete',
    newWindow: (label: string) => `${label} – new window`,
    legalNotice: {
      title: 'Legal notice',
      publisherTitle: 'Publisher',
      publisher: {
        before:
          'Direction interministérielle du numérique (DINUM), 20 avenue de Ségur, 75007 Paris, France ',
        after: ': to be replaced by the administration that publishes AdmZ.',
      },
      publicationDirector: 'Director of publication: ',
      hostingTitle: 'Hosting',
      hosting: {
        before: 'Name, address and telephone number of the host provider ',
        after: '. AdmZ’s data is kept in a PostgreSQL database at this provider.',
      },
      sourceTitle: 'Source code and licences',
      source: {
        before:
          'AdmZ’s source code is free software, published under the MIT licence (repository address ',
        after:
          '). Unless stated otherwise, the texts of this site are under the Etalab 2.0 licence. AdmZ uses the French State’s design system (DSFR); the State’s brand and logo may not be reused.',
      },
      dataTitle: 'Personal data and accessibility',
      data: {
        beforePersonalData: 'What AdmZ keeps about you, why and for how long: ',
        personalData: 'personal data',
        beforeAccessibility: '. How accessible the service is: ',
        accessibility: 'accessibility statement',
        after: '.',
      },
      securityTitle: 'Security',
      security: {
        before: 'To report a vulnerability, write to ',
        beforeSecurityTxt: ' (see also ',
        after: '). Please do not make it public before it is fixed.',
      },
    },
    personalData: {
      title: 'Personal data',
      lead: 'AdmZ is for booking a desk in the State’s co-working sites and being welcomed there. This page says which data about you AdmZ keeps, why, for how long, and how to exercise your rights.',
      controllerTitle: 'Who is responsible',
      controller: {
        before: 'The data controller is the administration that publishes AdmZ (see the ',
        legalNotice: 'legal notice',
        beforeEmail: '. You can write to its data protection officer (DPO): ',
        after: '.',
      },
      keptTitle: 'What AdmZ keeps, and why',
      kept: [
        {
          title: 'Your identity',
          text: ', sent by ProConnect at each login: first name, usual name, e-mail address, organisation and its SIRET, identifiers at your identity provider. It is used to log you in, to write to you (confirmation, reminder, cancellation) and to welcome you by name. AdmZ also reads whether you are a public servant to give you access, without keeping it.',
        },
        {
          title: 'Your bookings',
          text: ': site, desk, day, slot, status, series and waiting lists. They are used to manage how desks are used.',
        },
        {
          title: 'Your presence',
          text: ': arrival and departure times, the kiosk that read your pass. They are used to free desks booked but not used, to know who is present (welcome, evacuation) and to count occupancy.',
        },
        {
          title: 'Your “Who is here?” profile',
          text: ', only if you turn it on: what you work on, skills, and your choice for each booking. It is used to make you known to other public servants present the same day. “Leave and erase my profile” deletes it at once, as does deleting your account.',
        },
        {
          title: 'Your roles',
          text: ': host of a site, key holder, desk assigned to you.',
        },
        {
          title: 'The log of management actions',
          text: ': if you run a site or administer AdmZ, each of your management actions (opening hours, rules, desks, kiosks, hosts), with your name, the date, before and after; and the actions about you (making you a host, giving you a key, assigning you a desk). It is used to account for the management of a public service: your name stays in it if you delete your account.',
        },
      ],
      sessions: {
        title: 'Your logins',
        before: ': one session per logged-in device (technical cookie ',
        after: '), and the fingerprint of your calendar link if you created one.',
      },
      legalBasis:
        'This processing falls under the public-interest task of the administrations that open these sites (article 6-1-e of the General Data Protection Regulation). AdmZ uses neither audience measurement nor advertising: its only cookie is the session one, needed for the service; so there is nothing to accept.',
      whoSeesTitle: 'Who sees them',
      whoSees:
        'The hosts of a site see who has booked and who is present at their site, for welcoming and safety. The kiosk shows your first name when you arrive. AdmZ administrators have access to everything. Other public servants only see which desks are taken, never by whom — unless you turn on “Who is here?”: logged-in public servants then see your name, your organisation, your subject, your skills and the zone of your desk on the days you are visible, and hosts nothing more. Nothing is sold or passed on to third parties.',
      howLongTitle: 'For how long',
      howLong:
        'Every day, AdmZ erases or anonymises what has gone past its retention period. The periods of this service:',
      loadingPeriods: 'Loading retention periods…',
      periodsCaption: 'Retention periods',
      periodsHeaders: { what: 'Data', howLong: 'Retention period' },
      cnilRecommendation:
        'The retention period of presence times follows the CNIL’s recommendation for access control systems.',
      rightsTitle: 'Your rights',
      rights: {
        before:
          'You can access your data, have it corrected or erased, restrict its use, object to it and take it with you (portability). Most of this needs no request to anyone, from the page ',
        myData: 'My data',
        after: ':',
      },
      rightsList: [
        {
          title: 'Access and portability',
          text: ': everything AdmZ keeps about you, readable on screen and downloadable in a JSON file.',
        },
        {
          title: 'Erasure',
          text: ': “Delete my account” cancels your upcoming bookings, anonymises past ones and erases your identity.',
        },
        {
          title: 'Correction',
          text: ': your identity comes from your administration through ProConnect; once corrected there, AdmZ picks it up at your next login.',
        },
      ],
      otherRequests: {
        before: 'For any other request, write to the data protection officer: ',
        after: '. You are owed an answer within one month.',
      },
      complaintTitle: 'Complaint',
      complaint: {
        before:
          'If, after contacting us, you think your rights are not respected, you can file a complaint with the Commission nationale de l’informatique et des libertés (CNIL): ',
        after: ' or by post: CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France.',
      },
    },
    accessibility: {
      title: 'Accessibility statement',
      intro: {
        before: 'The administration that publishes AdmZ ',
        after:
          ' is committed to making its digital services accessible, in line with article 47 of French law no. 2005-102 of 11 February 2005. This accessibility statement applies to the AdmZ web application (desk booking, “My bookings”, hosts’ pages) and to the kiosk.',
      },
      complianceTitle: 'Compliance status',
      compliance: {
        before: 'AdmZ is ',
        status: 'partially compliant',
        after:
          ' with the French accessibility framework (RGAA), version 4.1, because of the limits listed below.',
      },
      noAudit: {
        title: 'No compliance audit has been carried out yet',
        text: ': the rate of criteria met is not measured. This status rests on the checks described below, made by the team that develops AdmZ. An audit is planned before opening to all public servants ',
        after: '.',
      },
      checkedTitle: 'What has been checked',
      checked:
        'The checks below are automated tests, run by continuous integration on every change, in a real browser (Chromium). Results as of 4 December 2026.',
      automaticTitle: 'Automated analysis of every page',
      automatic: [
        'Tool: axe-core 4.14, with the level A and AA rules of WCAG 2.0 and 2.1 (tags wcag2a, wcag2aa, wcag21a, wcag21aa). The test fails on any “critical” or “serious” issue.',
        'Pages covered: every page of the web application, seen by a person not logged in, a public servant, a site host and an administrator — public pages, booking, “My bookings”, events, invitations, “My data”, hosts’ and administration pages, invalid invitation link, page not found, access denied, embeddable agenda — and every screen of the kiosk (pairing, welcome, code entry, settings, unknown key, connection lost).',
        'States covered: confirmation dialogs open, form errors shown (form sent empty or with a wrong code), empty lists.',
        'Two screen sizes: computer (1280 × 900 pixels, 1280 × 800 for the kiosk) and phone (390 × 844 pixels). Each time: no critical or serious issue, no horizontal scrolling, no warning or error in the browser console.',
        'The calendars (“My bookings”, a site’s availability) in each of their views (week, month, agenda; the agenda on phone and tablet), a zone’s floor plan (zoom, selected desk) and the full-screen pass on four screen sizes are analysed in the same way.',
      ],
      keyboardTitle: 'Journeys played with the keyboard only',
      keyboard: [
        'Cancel a booking from “My bookings”: the confirmation dialog opens (Enter or Space), closes with Escape returning focus to the button, then the confirmed cancellation puts focus on the result message.',
        'Book a desk: choose the slot, then “Any free desk”, with Tab, Space and Enter.',
        'Register for an event from the events agenda, then unregister.',
        'On the kiosk: open code entry, type a booking’s short code, confirm with Enter, see the welcome message.',
        'Confirm the deletion of one’s account, in “My data”.',
        'At each step, the test checks that focus is where expected and that it is visible (focus outline), including on the header’s home link.',
      ],
      designSystem:
        'The components come from the French State’s design system (DSFR), designed to comply with the RGAA. The main journeys are also played by tests that find each element by its accessible role and name, as an assistive technology does.',
      notYetTitle: 'Not checked yet',
      notYet:
        'Technologies used: HTML, CSS, JavaScript (React), DSFR. Not done yet: the manual audit of the RGAA’s 106 criteria, tests with screen readers (NVDA, VoiceOver), 200 % zoom on each page, booking a desk with the keyboard only. An automated tool finds only some of the defects: these results do not amount to compliance.',
      limitsTitle: 'Known limits',
      limits: [
        'The calendars come from an open-source component (react-big-calendar) whose ARIA grid roles were incomplete: AdmZ removes them, and the grid reads as a series of days and buttons. They have not been tried with a screen reader; the list of bookings and the list of desks on the “Book a desk” page give the same information and allow the same actions.',
        'Zone floor plans are images uploaded by hosts, with no text description of the room; each desk is also named in the list of desks.',
        'The arrival QR code can only be read with a camera: a short code to type at the kiosk (“Enter my code”) replaces it.',
        'The kiosk (tablet) has not been tried with a screen reader; an arrival is signalled on screen and by a beep.',
        'The mails sent by AdmZ (confirmation, reminder) have not been checked; each has a plain-text version.',
      ],
      contactTitle: 'Feedback and contact',
      contact: {
        before:
          'If you cannot access some content or a service, write to us to be directed to an accessible alternative or to get the content in another form: ',
        after: '.',
      },
      remediesTitle: 'Remedies',
      remedies:
        'If you have reported to us an accessibility defect that prevents you from accessing content or a service and you have not received a satisfactory answer, you can:',
      defenderForm: {
        before: 'write a message to ',
        link: 'the Défenseur des droits',
        title: 'Défenseur des droits, form',
        after: ';',
      },
      defenderDelegate: {
        before: 'contact ',
        link: 'the Défenseur des droits delegate in your region',
        title: 'Delegates of the Défenseur des droits',
        after: ';',
      },
      defenderMail:
        'send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.',
      dated: {
        before: 'Statement drawn up in December 2026, updated on 4 December 2026. See also the ',
        legalNotice: 'legal notice',
        after: '.',
      },
    },
  },
});
