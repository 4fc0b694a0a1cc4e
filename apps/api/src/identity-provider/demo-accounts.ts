/** Claims as ProConnect sends them (`usual_name`, never `family_name`). */
export type ProConnectClaims = {
  sub: string;
  given_name: string;
  usual_name: string;
  email: string;
  uid: string;
  siret: string;
  idp_id: string;
  organization_label: string;
  roles: string[];
};

export type DemoAccount = { login: string; description: string; claims: ProConnectClaims };

/** Accounts of the local identity provider; the demo seed gives the host and admin their roles. */
export const demoAccounts: DemoAccount[] = [
  {
    login: 'agent',
    description: 'Agente du ministère du Travail',
    claims: {
      sub: 'demo-agent-camille-0001',
      given_name: 'Camille',
      usual_name: 'Martin',
      email: 'camille.martin@travail.gouv.fr',
      uid: 'cmartin',
      siret: '11000201100044',
      idp_id: 'demo-idp-ministeres',
      organization_label: 'Ministère du Travail et des Solidarités',
      roles: ['agent_public', 'agent_public_etat'],
    },
  },
  {
    login: 'agent2',
    description: "Agent d'une DREETS (service régional)",
    claims: {
      sub: 'demo-agent-yanis-0002',
      given_name: 'Yanis',
      usual_name: 'Benali',
      email: 'yanis.benali@dreets.gouv.fr',
      uid: 'ybenali',
      siret: '13001727000013',
      idp_id: 'demo-idp-dreets',
      organization_label: 'DREETS Auvergne-Rhône-Alpes',
      roles: ['agent_public', 'agent_public_etat'],
    },
  },
  {
    login: 'hote',
    description: 'Hôtesse du site AdmZ Paris',
    claims: {
      sub: 'demo-host-ines-0003',
      given_name: 'Inès',
      usual_name: 'Lefèvre',
      email: 'ines.lefevre@numerique.gouv.fr',
      uid: 'ilefevre',
      siret: '13002526500013',
      idp_id: 'demo-idp-ministeres',
      organization_label: 'Direction interministérielle du numérique',
      roles: ['agent_public', 'agent_public_etat'],
    },
  },
  {
    login: 'admin',
    description: 'Administrateur AdmZ',
    claims: {
      sub: 'demo-admin-paul-0004',
      given_name: 'Paul',
      usual_name: 'Durand',
      email: 'paul.durand@numerique.gouv.fr',
      uid: 'pdurand',
      siret: '13002526500013',
      idp_id: 'demo-idp-ministeres',
      organization_label: 'Direction interministérielle du numérique',
      roles: ['agent_public', 'agent_public_etat'],
    },
  },
  {
    login: 'externe',
    description: "Salarié d'une entreprise (pas agent public) : AdmZ le refuse",
    claims: {
      sub: 'demo-external-lea-0005',
      given_name: 'Léa',
      usual_name: 'Rousseau',
      email: 'lea.rousseau@exemple-entreprise.fr',
      uid: 'lrousseau',
      siret: '55208131766522',
      idp_id: 'demo-idp-entreprises',
      organization_label: 'Exemple Entreprise SAS',
      roles: [],
    },
  },
];

export const demoHostSub = 'demo-host-ines-0003';
export const demoAdminSub = 'demo-admin-paul-0004';
