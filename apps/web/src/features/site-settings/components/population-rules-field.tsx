import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMessages } from '../../../i18n/language';
import { siteSettingsMessages } from '../site-settings.messages';

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
  const t = useMessages(siteSettingsMessages).populations;
  const update = (index: number, change: Partial<PopulationRuleDraft>) =>
    onChange(value.map((rule, at) => (at === index ? { ...rule, ...change } : rule)));

  return (
    <fieldset className={fr.cx('fr-fieldset', 'fr-mb-3w')}>
      <legend className={fr.cx('fr-fieldset__legend')}>
        {t.legend}
        <span className={fr.cx('fr-hint-text')}>{t.hint}</span>
      </legend>
      {value.length === 0 && (
        <p className={fr.cx('fr-fieldset__element', 'fr-text--sm')}>{t.none}</p>
      )}
      {value.map((rule, index) => {
        const name = rule.label.trim() || t.unnamed(index + 1);
        return (
          <div
            key={index}
            role="group"
            className={fr.cx('fr-fieldset__element')}
            aria-label={t.group(index + 1, name)}
          >
            <div className="admz-population-rule">
              <Input
                label={t.name}
                hintText={t.nameHint}
                nativeInputProps={{
                  value: rule.label,
                  maxLength: 80,
                  onChange: (event) => update(index, { label: event.target.value }),
                }}
              />
              <Input
                label={t.organisationWords}
                hintText={t.organisationWordsHint}
                nativeInputProps={{
                  value: rule.organisationWords,
                  onChange: (event) => update(index, { organisationWords: event.target.value }),
                }}
              />
              <Input
                label={t.sirens}
                hintText={t.sirensHint}
                nativeInputProps={{
                  value: rule.sirens,
                  inputMode: 'numeric',
                  onChange: (event) => update(index, { sirens: event.target.value }),
                }}
              />
              <Input
                label={t.maxDaysAhead}
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
                label={t.maxBookingsPerWeek}
                hintText={t.noLimitHint}
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
                {t.remove(name)}
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
          {t.add}
        </Button>
      </div>
    </fieldset>
  );
}
