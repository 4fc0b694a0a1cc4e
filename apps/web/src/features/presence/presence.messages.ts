import { defineMessages } from '../../i18n/language';

/** « Qui est là ? »: who chose to be seen at a site on a day, and one's own presence profile. */
export const presenceMessages = defineMessages({
  fr: {
    route: {
      title: 'Qui est là ?',
      lead: 'Les agents qui l’ont choisi indiquent les jours où ils viennent, sur quoi ils travaillent et leurs compétences. Personne n’apparaît sans l’avoir activé.',
    },
    whoIsHere: {
      loadingSites: 'Chargement des tiers-lieux…',
      noSites: "Aucun tiers-lieu n'est encore ouvert.",
      chooseForm: 'Choisir le tiers-lieu et le jour',
      site: 'Tiers-lieu',
      day: 'Jour',
      searchTitle: 'Rechercher une personne',
      skill: 'Compétence',
      skillHint: 'Un mot-clé entier : « donnees » trouve « données ».',
      administration: 'Administration',
      administrationHint: 'Une partie de son nom.',
      search: 'Rechercher',
      skillCriterion: (tag: string) => `compétence « ${tag} »`,
      administrationCriterion: (name: string) => `administration « ${name} »`,
      and: ' et ',
      dayTitle: (site: string, date: string) => `À ${site}, ${date}`,
      loadingPeople: 'Chargement des personnes présentes…',
      searching: 'Recherche en cours…',
      noResult: (criteria: string, date: string) =>
        `Personne de visible avec ${criteria}, ${date}, dans les tiers-lieux.`,
      results: (count: number, criteria: string, date: string) =>
        `${count === 1 ? 'Une personne' : `${count} personnes`} avec ${criteria}, ${date}, dans les tiers-lieux :`,
      clearSearch: 'Effacer la recherche',
      administrationsPresent: 'Administrations présentes',
      administrationSearch: (count: number) =>
        `${count === 1 ? ' personne visible' : ' personnes visibles'} : rechercher`,
      nobodyToday: 'Personne n’est visible aujourd’hui dans ce tiers-lieu.',
      nobodyThatDay: 'Personne n’est visible ce jour-là dans ce tiers-lieu.',
      nobodyExplanation:
        '« Qui est là ? » ne montre que les agents qui l’ont choisi : d’autres personnes peuvent être présentes sans apparaître ici. Pour être vu, activez « Me rendre visible » dans votre profil de présence, puis réservez un poste.',
    },
    personCard: {
      where: (zone: string, slot: string) => `Zone ${zone} · ${slot}`,
      skillsOf: (name: string) => `Compétences de ${name}`,
      bookNearLabel: (name: string, zone: string) =>
        `Réserver près de cette personne : ${name}, zone ${zone}`,
      bookNear: 'Réserver près de cette personne',
    },
    profile: {
      title: 'Mon profil de présence',
      loading: 'Chargement de votre profil…',
      explanation:
        'Désactivé par défaut. Activé, les agents connectés voient les jours où vous réservez un poste : votre nom, votre administration, votre sujet et vos compétences, et la zone de votre poste. Les gestionnaires n’en voient pas davantage. Vous pouvez aussi choisir pour une seule réservation, dans « Mes réservations ».',
      visible: 'Me rendre visible',
      visibleHint: 'Les jours où j’ai réservé, les autres agents me voient dans « Qui est là ? ».',
      workSummary: 'Sur quoi je travaille',
      workSummaryHint: (length: number) => `Une phrase, ${length} caractères au plus.`,
      saved: 'Profil enregistré.',
      left: 'Votre profil est effacé et vous n’apparaissez plus dans « Qui est là ? ».',
      save: 'Enregistrer mon profil',
      leave: 'Quitter et effacer mon profil',
      leaveTitle: 'Effacer votre profil maintenant ?',
      leaveExplanation:
        'Votre sujet et vos compétences sont supprimés tout de suite, et vos choix par réservation oubliés : plus personne ne vous voit dans « Qui est là ? ».',
      confirmLeave: 'Oui, effacer mon profil',
      keep: 'Garder mon profil',
    },
    skills: {
      invalid: 'Compétence invalide.',
      duplicate: 'Cette compétence est déjà dans la liste.',
      tooMany: (max: number) => `Au plus ${max} compétences.`,
      label: 'Compétences (mots-clés)',
      hint: (max: number) =>
        `Jusqu’à ${max} mots-clés, par exemple « données », « design », « achats publics ». Entrée pour ajouter.`,
      add: 'Ajouter',
      none: 'Aucune compétence.',
      list: (tags: string) => `Compétences : ${tags}.`,
      mine: 'Mes compétences',
      remove: (tag: string) => `Retirer ${tag}`,
    },
    bookingPresence: {
      followsProfile: (isVisible: boolean) =>
        `Comme mon profil (${isVisible ? 'visible' : 'masqué'})`,
      label: '« Qui est là ? » ce jour-là',
      visible: 'Visible ce jour-là',
      hidden: 'Masqué ce jour-là',
    },
  },
  en: {
    route: {
      title: 'Who is here?',
      lead: 'Public servants who chose to share it show the days they come, what they work on and their skills. Nobody appears without turning it on.',
    },
    whoIsHere: {
      loadingSites: 'Loading sites…',
      noSites: 'No site is open yet.',
      chooseForm: 'Choose the site and the day',
      site: 'Site',
      day: 'Day',
      searchTitle: 'Find someone',
      skill: 'Skill',
      skillHint: 'A whole keyword: “donnees” finds “données”.',
      administration: 'Administration',
      administrationHint: 'Part of its name.',
      search: 'Search',
      skillCriterion: (tag: string) => `skill “${tag}”`,
      administrationCriterion: (name: string) => `administration “${name}”`,
      and: ' and ',
      dayTitle: (site: string, date: string) => `At ${site}, ${date}`,
      loadingPeople: 'Loading the people present…',
      searching: 'Searching…',
      noResult: (criteria: string, date: string) =>
        `Nobody visible with ${criteria}, ${date}, at the sites.`,
      results: (count: number, criteria: string, date: string) =>
        `${count === 1 ? 'One person' : `${count} people`} with ${criteria}, ${date}, at the sites:`,
      clearSearch: 'Clear the search',
      administrationsPresent: 'Administrations present',
      administrationSearch: (count: number) =>
        `${count === 1 ? ' visible person' : ' visible people'}: search`,
      nobodyToday: 'Nobody is visible at this site today.',
      nobodyThatDay: 'Nobody is visible at this site that day.',
      nobodyExplanation:
        '“Who is here?” only shows public servants who chose it: other people may be present without appearing here. To be seen, turn on “Make me visible” in your presence profile, then book a desk.',
    },
    personCard: {
      where: (zone: string, slot: string) => `Zone ${zone} · ${slot}`,
      skillsOf: (name: string) => `${name}’s skills`,
      bookNearLabel: (name: string, zone: string) => `Book near this person: ${name}, zone ${zone}`,
      bookNear: 'Book near this person',
    },
    profile: {
      title: 'My presence profile',
      loading: 'Loading your profile…',
      explanation:
        'Off by default. When on, logged-in public servants see the days you book a desk: your name, your administration, your subject and your skills, and the zone of your desk. Hosts see nothing more. You can also choose for a single booking, in “My bookings”.',
      visible: 'Make me visible',
      visibleHint: 'On the days I have booked, other public servants see me in “Who is here?”.',
      workSummary: 'What I am working on',
      workSummaryHint: (length: number) => `One sentence, ${length} characters at most.`,
      saved: 'Profile saved.',
      left: 'Your profile is erased and you no longer appear in “Who is here?”.',
      save: 'Save my profile',
      leave: 'Leave and erase my profile',
      leaveTitle: 'Erase your profile now?',
      leaveExplanation:
        'Your subject and skills are deleted straight away, and your per-booking choices forgotten: nobody sees you in “Who is here?” any more.',
      confirmLeave: 'Yes, erase my profile',
      keep: 'Keep my profile',
    },
    skills: {
      invalid: 'Invalid skill.',
      duplicate: 'This skill is already in the list.',
      tooMany: (max: number) => `At most ${max} skills.`,
      label: 'Skills (keywords)',
      hint: (max: number) =>
        `Up to ${max} keywords, for example “data”, “design”, “public procurement”. Enter to add.`,
      add: 'Add',
      none: 'No skills.',
      list: (tags: string) => `Skills: ${tags}.`,
      mine: 'My skills',
      remove: (tag: string) => `Remove ${tag}`,
    },
    bookingPresence: {
      followsProfile: (isVisible: boolean) =>
        `Like my profile (${isVisible ? 'visible' : 'hidden'})`,
      label: '“Who is here?” that day',
      visible: 'Visible that day',
      hidden: 'Hidden that day',
    },
  },
});
