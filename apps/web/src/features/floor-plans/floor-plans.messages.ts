import { defineMessages } from '../../i18n/language';

/** Zone floor plans: hosts upload them and place desks; public servants book on them. */
export const floorPlansMessages = defineMessages({
  fr: {
    hostsOnly: {
      title: 'Page réservée aux gestionnaires',
      description:
        "Cette page est réservée aux personnes qui gèrent un tiers-lieu. Si vous devriez y avoir accès, contactez l'équipe AdmZ.",
    },
    route: {
      title: 'Plans des zones',
      lead: 'Déposez le plan de chaque zone, puis placez-y ses postes : les agents réservent en cliquant sur le plan.',
    },
    upload: {
      noAnswer: "Impossible d'envoyer le plan au serveur AdmZ. Vérifiez votre connexion.",
      unexpectedAnswer: 'Le serveur a renvoyé une réponse inattendue.',
    },
    zonePlans: {
      zone: 'Zone',
      withPlan: 'plan en ligne',
      withoutPlan: 'sans plan',
      loadingZones: 'Chargement des zones…',
      noZones: "Ce tiers-lieu n'a encore aucun poste : créez des postes pour définir ses zones.",
      notAnImage: (file: string) =>
        `« ${file} » n'est pas une image SVG ou PNG. Exportez le plan dans l'un de ces formats.`,
      tooBig: (file: string, size: string) =>
        `« ${file} » pèse ${size} Mo : le plan ne doit pas dépasser 2 Mo.`,
      empty: (file: string) => `« ${file} » est vide.`,
      chooseFirst: 'Choisissez d’abord le fichier du plan (SVG ou PNG).',
      heading: (zone: string) => `Zone ${zone}`,
      deskCount: (count: number, placed: number) =>
        `${count} ${count > 1 ? 'postes' : 'poste'}, dont ${placed} sur le plan.`,
      planSize: (format: string, width: number, height: number) =>
        `Plan ${format} de ${width} × ${height} pixels.`,
      noPlan: "Cette zone n'a pas encore de plan.",
      replace: 'Remplacer le plan de la zone',
      plan: 'Plan de la zone',
      hint: "Image SVG ou PNG, 2 Mo au plus. Les scripts et liens externes d'un SVG sont retirés.",
      sending: 'Envoi du plan…',
      send: 'Envoyer le plan',
      delete: 'Supprimer le plan',
      confirmDelete: 'Confirmer la suppression du plan',
      cancel: 'Annuler',
      savedWithRemovals: (removed: string) =>
        `Plan enregistré. Pour la sécurité des agents, ces éléments ont été retirés : ${removed}.`,
      saved: 'Plan enregistré : placez maintenant les postes de la zone.',
      loadingDesks: 'Chargement des postes…',
    },
    markers: {
      free: 'libre',
      taken: 'occupé',
      mine: 'votre réservation',
      unavailable: 'indisponible',
      past: 'créneau passé',
    },
    booking: {
      loading: 'Chargement des plans…',
      slotLegend: 'Créneau affiché sur le plan',
      legend: 'Légende : chaque poste porte son libellé et son état en toutes lettres.',
      noPlan: (zone: string) => `La zone ${zone} n'a pas encore de plan.`,
      seeList: 'Voir ses postes dans la vue Liste',
      booking: 'réservation…',
      book: (slot: string) => ` : réserver (${slot})`,
      unplacedOne: 'Poste absent du plan',
      unplacedMany: 'Postes absents du plan',
      colon: ' :',
      bookFromList: 'réservez-les depuis la vue Liste',
    },
    plan: {
      imageAlt: (zone: string) => `Plan de la zone ${zone}`,
      controls: (zone: string) => `Zoom du plan de la zone ${zone}`,
      zoomIn: 'Zoomer',
      zoomOut: 'Dézoomer',
      wholePlan: 'Plan entier',
      zoom: (percent: number) => `Zoom ${percent} %`,
      panEditor:
        'Faites glisser le fond du plan pour le déplacer ; pincez-le, ou Ctrl + molette, pour zoomer.',
      pan: 'Faites glisser le plan pour le déplacer ; pincez-le, ou Ctrl + molette, pour zoomer.',
      dots: ' Faute de place, des postes sont réduits à un point : zoomez, ou passez dessus pour lire leur libellé.',
    },
    editor: {
      percent: (fraction: number) => `${Math.round(fraction * 100)} %`,
      placed: (desk: string, x: string, y: string) =>
        `${desk} placé à ${x} de la largeur et ${y} de la hauteur.`,
      removed: (desk: string) => `${desk} retiré du plan.`,
      notDropped: (desk: string) => `${desk} n'a pas été déposé sur le plan : rien n'a changé.`,
      moved: (desk: string, x: string, y: string) =>
        `${desk} : ${x} de la largeur, ${y} de la hauteur.`,
      help: 'Faites glisser un poste de la liste vers le plan, puis déplacez-le à la souris ou au doigt ; zoomez pour le placer avec précision. Un clic ou la touche Entrée sur un poste de la liste le pose au centre du plan ; au clavier, déplacez ensuite le poste avec les flèches (Maj + flèche pour aller plus vite) ; Suppr le retire du plan.',
      notSaved: (reason: string) => `La position n'a pas été enregistrée : ${reason}`,
      marker: (desk: string, x: string, y: string) =>
        `Poste ${desk}, à ${x} de la largeur et ${y} de la hauteur`,
      remove: (desk: string) => `Retirer ${desk} du plan`,
      toPlace: (count: number) => `Postes à placer (${count})`,
      allPlaced: 'Tous les postes de la zone sont sur le plan.',
      place: (desk: string) => `Placer ${desk} sur le plan`,
    },
  },
  en: {
    hostsOnly: {
      title: 'For hosts only',
      description:
        'This page is for the people who run a site. If you should have access, contact the AdmZ team.',
    },
    route: {
      title: 'Zone plans',
      lead: 'Upload the floor plan of each zone, then place its desks on it: public servants book by clicking on the floor plan.',
    },
    upload: {
      noAnswer: 'The floor plan could not be sent to the AdmZ server. Check your connection.',
      unexpectedAnswer: 'The server sent an unexpected answer.',
    },
    zonePlans: {
      zone: 'Zone',
      withPlan: 'floor plan online',
      withoutPlan: 'no floor plan',
      loadingZones: 'Loading the zones…',
      noZones: 'This site has no desk yet: create desks to define its zones.',
      notAnImage: (file: string) =>
        `« ${file} » is not an SVG or PNG image. Export the floor plan in one of these formats.`,
      tooBig: (file: string, size: string) =>
        `« ${file} » weighs ${size} MB: the floor plan must not exceed 2 MB.`,
      empty: (file: string) => `« ${file} » is empty.`,
      chooseFirst: 'First choose the floor plan file (SVG or PNG).',
      heading: (zone: string) => `Zone ${zone}`,
      deskCount: (count: number, placed: number) =>
        `${count} ${count === 1 ? 'desk' : 'desks'}, ${placed} of them on the floor plan.`,
      planSize: (format: string, width: number, height: number) =>
        `${format} floor plan of ${width} × ${height} pixels.`,
      noPlan: 'This zone has no floor plan yet.',
      replace: 'Replace the zone’s floor plan',
      plan: 'Zone floor plan',
      hint: 'SVG or PNG image, 2 MB at most. Scripts and external links in an SVG are removed.',
      sending: 'Sending the floor plan…',
      send: 'Send the floor plan',
      delete: 'Delete the floor plan',
      confirmDelete: 'Confirm deleting the floor plan',
      cancel: 'Cancel',
      savedWithRemovals: (removed: string) =>
        `Floor plan saved. For the safety of public servants, these elements were removed: ${removed}.`,
      saved: 'Floor plan saved: now place the zone’s desks.',
      loadingDesks: 'Loading the desks…',
    },
    markers: {
      free: 'free',
      taken: 'taken',
      mine: 'your booking',
      unavailable: 'unavailable',
      past: 'slot over',
    },
    booking: {
      loading: 'Loading the floor plans…',
      slotLegend: 'Slot shown on the floor plan',
      legend: 'Key: each desk shows its label and its state in words.',
      noPlan: (zone: string) => `Zone ${zone} has no floor plan yet.`,
      seeList: 'See its desks in the List view',
      booking: 'booking…',
      book: (slot: string) => `: book (${slot})`,
      unplacedOne: 'Desk not on the floor plan',
      unplacedMany: 'Desks not on the floor plan',
      colon: ':',
      bookFromList: 'book them from the List view',
    },
    plan: {
      imageAlt: (zone: string) => `Floor plan of zone ${zone}`,
      controls: (zone: string) => `Zoom of the floor plan of zone ${zone}`,
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      wholePlan: 'Whole plan',
      zoom: (percent: number) => `Zoom ${percent}%`,
      panEditor:
        'Drag the background of the floor plan to move it; pinch it, or Ctrl + wheel, to zoom.',
      pan: 'Drag the floor plan to move it; pinch it, or Ctrl + wheel, to zoom.',
      dots: ' For lack of room, some desks are shrunk to a dot: zoom in, or hover over them to read their label.',
    },
    editor: {
      percent: (fraction: number) => `${Math.round(fraction * 100)}%`,
      placed: (desk: string, x: string, y: string) =>
        `${desk} placed at ${x} of the width and ${y} of the height.`,
      removed: (desk: string) => `${desk} taken off the floor plan.`,
      notDropped: (desk: string) =>
        `${desk} was not dropped on the floor plan: nothing has changed.`,
      moved: (desk: string, x: string, y: string) =>
        `${desk}: ${x} of the width, ${y} of the height.`,
      help: 'Drag a desk from the list onto the floor plan, then move it with the mouse or a finger; zoom in to place it precisely. A click or the Enter key on a desk of the list puts it in the centre of the floor plan; with the keyboard, then move the desk with the arrow keys (Shift + arrow to go faster); Delete takes it off the floor plan.',
      notSaved: (reason: string) => `The position was not saved: ${reason}`,
      marker: (desk: string, x: string, y: string) =>
        `Desk ${desk}, at ${x} of the width and ${y} of the height`,
      remove: (desk: string) => `Take ${desk} off the floor plan`,
      toPlace: (count: number) => `Desks to place (${count})`,
      allPlaced: 'All the zone’s desks are on the floor plan.',
      place: (desk: string) => `Place ${desk} on the floor plan`,
    },
  },
});
