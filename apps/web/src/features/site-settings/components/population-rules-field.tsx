import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';

/** One population as the form edits it: lists typed as text, numbers as typed. */
export type PopulationRuleDraft = {
  label: string;
  organisationWords: string;
  sirens: string;
  maxDaysAhead: string;
  maxBookingsPerWeek: string;
};

export const emptyPopulationRule: PopulationRuleDraft = {
  label: '',
  organisationWords: '',
  sirens: '',
  maxDaysAhead: '60',
  maxBookingsPerWeek: '',
};

/** « DREETS, DDETS » → ['DREETS', 'DDETS']: commas or semicolons separate the entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

type PopulationRulesFieldProps = {
  value: PopulationRuleDraft[];
  onChange: (rules: PopulationRuleDraft[]) => void;
};

/**
 * « Règles par population »: the agents of some administrations (read from their ProConnect
 * account) book further ahead or more often than the site's rule. The first that matches applies.
 */
export function PopulationRulesField({ value, onChange }: PopulationRulesFieldProps) {
  const update = (index: number, change: Partial<PopulationRuleDraft>) =>
    onChange(value.map((rule, at) => (at === index ? { ...rule, ...change } : rule)));

  return (
    <fieldset className={fr.cx('fr-fieldset', 'fr-mb-3w')}>
      <legend className={fr.cx('fr-fieldset__legend')}>
        Règles par population
        <span className={fr.cx('fr-hint-text')}>
          Pour les agents de certaines administrations, reconnues à leur compte ProConnect : un
          autre délai de réservation et un autre maximum par semaine. La première population qui
          correspond s’applique.
        </span>
      </legend>
      {value.length === 0 && (
        <p className={fr.cx('fr-fieldset__element', 'fr-text--sm')}>
          Aucune population : les règles ci-dessus valent pour tous.
        </p>
      )}
      {value.map((rule, index) => {
        const name = rule.label.trim() || `population ${index + 1}`;
        return (
          <div
            key={index}
            role="group"
            className={fr.cx('fr-fieldset__element')}
            aria-label={`Population ${index + 1} : ${name}`}
          >
            <div className="admz-population-rule">
              <Input
                label="Nom de la population"
                hintText="Par exemple « Services déconcentrés »."
                nativeInputProps={{
                  value: rule.label,
                  maxLength: 80,
                  onChange: (event) => update(index, { label: event.target.value }),
                }}
              />
              <Input
                label="Mots de l’organisation"
                hintText="Séparés par des virgules, majuscules et accents indifférents : « DREETS, DDETS »."
                nativeInputProps={{
                  value: rule.organisationWords,
                  onChange: (event) => update(index, { organisationWords: event.target.value }),
                }}
              />
              <Input
                label="SIREN des administrations"
                hintText="9 chiffres chacun (le début du SIRET), séparés par des virgules."
                nativeInputProps={{
                  value: rule.sirens,
                  inputMode: 'numeric',
                  onChange: (event) => update(index, { sirens: event.target.value }),
                }}
              />
              <Input
                label="Réservation possible jusqu'à (jours à l'avance)"
                nativeInputProps={{
                  type: 'number',
                  min: 0,
                  max: 365,
                  inputMode: 'numeric',
                  value: rule.maxDaysAhead,
                  onChange: (event) => update(index, { maxDaysAhead: event.target.value }),
                }}
              />
              <Input
                label="Maximum de réservations par semaine"
                hintText="Laissez vide pour ne pas limiter."
                nativeInputProps={{
                  type: 'number',
                  min: 1,
                  max: 50,
                  inputMode: 'numeric',
                  value: rule.maxBookingsPerWeek,
                  onChange: (event) => update(index, { maxBookingsPerWeek: event.target.value }),
                }}
              />
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => onChange(value.filter((_, at) => at !== index))}
              >
                {`Retirer « ${name} »`}
              </Button>
            </div>
          </div>
        );
      })}
      <div className={fr.cx('fr-fieldset__element')}>
        <Button
          type="button"
          priority="secondary"
          size="small"
          iconId="fr-icon-add-line"
          onClick={() => onChange([...value, emptyPopulationRule])}
        >
          Ajouter une population
        </Button>
      </div>
    </fieldset>
  );
}
