import { roomRulesSchema, type RoomRules } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useRoomRules, useUpdateRoomRules } from '../hooks/use-rooms';
import { roomsMessages } from '../rooms.messages';

/** « Règles des salles »: the longest booking, how far ahead, how many to come per person. */
export function RoomRulesPanel({ siteId }: { siteId: string }) {
  const { rules: messages } = useMessages(roomsMessages);
  const rulesQuery = useRoomRules(siteId);
  if (rulesQuery.isPending) return <LoadingState label={messages.loading} />;
  if (rulesQuery.isError) {
    return <ErrorState error={rulesQuery.error} onRetry={() => void rulesQuery.refetch()} />;
  }
  return <RoomRulesForm siteId={siteId} rules={rulesQuery.data} />;
}

function RoomRulesForm({ siteId, rules }: { siteId: string; rules: RoomRules }) {
  const [maxHours, setMaxHours] = useState(String(rules.maxDurationMinutes / 60));
  const [maxDaysAhead, setMaxDaysAhead] = useState(String(rules.maxDaysAhead));
  const [maxUpcoming, setMaxUpcoming] = useState(String(rules.maxUpcomingPerPerson));
  const [validationError, setValidationError] = useState<string | null>(null);
  const mutation = useUpdateRoomRules(siteId);
  const { rules: messages } = useMessages(roomsMessages);
  const translate = useSentence();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = roomRulesSchema.safeParse({
      maxDurationMinutes: Math.round(Number(maxHours) * 60),
      maxDaysAhead: Number(maxDaysAhead),
      maxUpcomingPerPerson: Number(maxUpcoming),
    });
    if (!parsed.success) {
      setValidationError(translate(parsed.error.issues[0]?.message ?? messages.invalid));
      return;
    }
    setValidationError(null);
    mutation.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={messages.form}>
      <Input
        label={messages.maxDuration}
        hintText={messages.maxDurationHint}
        nativeInputProps={{
          type: 'number',
          min: 0.5,
          max: 24,
          step: 0.25,
          inputMode: 'decimal',
          value: maxHours,
          onChange: (event) => setMaxHours(event.target.value),
        }}
      />
      <Input
        label={messages.maxDaysAhead}
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
        label={messages.maxUpcoming}
        nativeInputProps={{
          type: 'number',
          min: 1,
          max: 50,
          inputMode: 'numeric',
          value: maxUpcoming,
          onChange: (event) => setMaxUpcoming(event.target.value),
        }}
      />
      {validationError && (
        <Alert severity="error" small description={validationError} className={fr.cx('fr-mb-2w')} />
      )}
      <MutationFeedback mutation={mutation} successMessage={messages.saved} />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? messages.saving : messages.save}
      </Button>
    </form>
  );
}
