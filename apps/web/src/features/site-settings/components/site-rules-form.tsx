import {
  defaultSiteRules,
  siteRulesSchema,
  slotTypeSchema,
  type SiteRules,
  type SlotType,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useSiteLabels } from '../../../i18n/site-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useUpdateSiteRules } from '../hooks/use-site-rules';
import { listNoShowReleaseChoices } from '../no-show-release-choices';
import { siteSettingsMessages } from '../site-settings.messages';
import { HourlyZonesField } from './hourly-zones-field';
import {
  PopulationRulesField,
  splitList,
  type PopulationRuleDraft,
} from './population-rules-field';

const toDraft = (rule: SiteRules['populationRules'][number]): PopulationRuleDraft => ({
  label: rule.label,
  organisationWords: rule.match.organisationWords.join(', '),
  sirens: rule.match.sirens.join(', '),
  maxDaysAhead: String(rule.maxDaysAhead),
  maxBookingsPerWeek: rule.maxBookingsPerWeek === null ? '' : String(rule.maxBookingsPerWeek),
});

const optionalCount = (text: string) => (text.trim() === '' ? null : Number(text));

const neverReleased = 'never';
/**
 * How far ahead, how often, which slots (and where by the hour), until when one may cancel, when
 * a no-show is released.
 */
export function SiteRulesForm({ siteId, rules }: { siteId: string; rules: SiteRules }) {
  const [maxDaysAhead, setMaxDaysAhead] = useState(String(rules.maxDaysAhead));
  const [maxBookingsPerWeek, setMaxBookingsPerWeek] = useState(
    rules.maxBookingsPerWeek === null ? '' : String(rules.maxBookingsPerWeek),
  );
  const [allowedSlotTypes, setAllowedSlotTypes] = useState<SlotType[]>(rules.allowedSlotTypes);
  // Kept while « À l'heure » is unchecked: checking it again finds the same zones.
  const [hourlyZones, setHourlyZones] = useState<string[]>(rules.hourlyZones);
  const [deadlineHours, setDeadlineHours] = useState(
    String(rules.cancellationDeadlineMinutes / 60),
  );
  const [noShowRelease, setNoShowRelease] = useState(
    rules.noShowReleaseMinutes === null ? neverReleased : String(rules.noShowReleaseMinutes),
  );
  const [populationRules, setPopulationRules] = useState<PopulationRuleDraft[]>(
    rules.populationRules.map(toDraft),
  );
  const [validationError, setValidationError] = useState<string | null>(null);
  const mutation = useUpdateSiteRules(siteId);
  const t = useMessages(siteSettingsMessages).rules;
  const translate = useSentence();
  const labels = useSiteLabels();
  const format = useFormat();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = siteRulesSchema.safeParse({
      maxDaysAhead: Number(maxDaysAhead),
      maxBookingsPerWeek: optionalCount(maxBookingsPerWeek),
      allowedSlotTypes,
      hourlyZones,
      cancellationDeadlineMinutes: Math.round(Number(deadlineHours) * 60),
      noShowReleaseMinutes: noShowRelease === neverReleased ? null : Number(noShowRelease),
      populationRules: populationRules.map((rule) => ({
        label: rule.label,
        match: {
          organisationWords: splitList(rule.organisationWords),
          sirens: splitList(rule.sirens),
        },
        maxDaysAhead: Number(rule.maxDaysAhead),
        maxBookingsPerWeek: optionalCount(rule.maxBookingsPerWeek),
      })),
    });
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      // A population's mistake says which population it is in.
      const population =
        issue?.path[0] === 'populationRules' && typeof issue.path[1] === 'number'
          ? t.population(issue.path[1] + 1)
          : '';
      setValidationError(issue ? `${population}${translate(issue.message)}` : t.invalid);
      return;
    }
    setValidationError(null);
    mutation.mutate(parsed.data);
  }

  const toggle = (type: SlotType, isChecked: boolean) =>
    setAllowedSlotTypes((current) =>
      isChecked
        ? slotTypeSchema.options.filter((option) => option === type || current.includes(option))
        : current.filter((option) => option !== type),
    );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Input
        label={t.maxDaysAhead}
        nativeInputProps={{
          type: 'number',
          min: 0,
          max: 365,
          inputMode: 'numeric',
          value: maxDaysAhead,
          onChange: (event) => setMaxDaysAhead(event.target.value),
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
          value: maxBookingsPerWeek,
          onChange: (event) => setMaxBookingsPerWeek(event.target.value),
        }}
      />
      <Checkbox
        legend={t.slotTypes}
        options={slotTypeSchema.options.map((type) => ({
          label: labels.slotType[type],
          hintText: t.slotTypeHints[type],
          nativeInputProps: {
            name: 'allowedSlotTypes',
            value: type,
            checked: allowedSlotTypes.includes(type),
            onChange: (event) => toggle(type, event.target.checked),
          },
        }))}
      />
      {allowedSlotTypes.includes('hourly') && (
        <HourlyZonesField siteId={siteId} value={hourlyZones} onChange={setHourlyZones} />
      )}
      <Input
        label={t.cancellationDeadline}
        hintText={t.cancellationDeadlineHint}
        nativeInputProps={{
          type: 'number',
          min: 0,
          max: 168,
          step: 0.5,
          inputMode: 'decimal',
          value: deadlineHours,
          onChange: (event) => setDeadlineHours(event.target.value),
        }}
      />
      <Select
        label={t.noShowRelease}
        hint={t.noShowReleaseHint}
        nativeSelectProps={{
          name: 'noShowReleaseMinutes',
          value: noShowRelease,
          onChange: (event) => setNoShowRelease(event.target.value),
        }}
      >
        <option value={neverReleased}>{t.neverReleased}</option>
        {listNoShowReleaseChoices(rules.noShowReleaseMinutes).map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {format.duration(minutes)}
            {minutes === defaultSiteRules.noShowReleaseMinutes ? t.byDefault : ''}
          </option>
        ))}
      </Select>
      <PopulationRulesField value={populationRules} onChange={setPopulationRules} />
      {validationError && (
        <Alert severity="error" small description={validationError} className={fr.cx('fr-mb-2w')} />
      )}
      <MutationFeedback mutation={mutation} successMessage={t.saved} />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t.saving : t.save}
      </Button>
    </form>
  );
}
