import { guestSettingsSchema, type GuestSettings } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { guestsMessages } from '../guests.messages';
import { useGuestSettings, useUpdateGuestSettings } from '../hooks/use-guests';

/** « Invités » of the site settings: a host's approval of each invitation, the usage charter. */
export function GuestSettingsPanel({ siteId }: { siteId: string }) {
  const { settings: messages } = useMessages(guestsMessages);
  const settingsQuery = useGuestSettings(siteId);
  if (settingsQuery.isPending) return <LoadingState label={messages.loading} />;
  if (settingsQuery.isError) {
    return <ErrorState error={settingsQuery.error} onRetry={() => void settingsQuery.refetch()} />;
  }
  return <GuestSettingsForm siteId={siteId} settings={settingsQuery.data} />;
}

function GuestSettingsForm({ siteId, settings }: { siteId: string; settings: GuestSettings }) {
  const [needsApproval, setNeedsApproval] = useState(settings.needsApproval);
  const [charter, setCharter] = useState(settings.usageCharter ?? '');
  const [validationError, setValidationError] = useState<string | null>(null);
  const mutation = useUpdateGuestSettings(siteId);
  const { settings: messages } = useMessages(guestsMessages);
  const translate = useSentence();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = guestSettingsSchema.safeParse({ needsApproval, usageCharter: charter });
    if (!parsed.success) {
      setValidationError(translate(parsed.error.issues[0]?.message ?? messages.invalid));
      return;
    }
    setValidationError(null);
    mutation.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={messages.form}>
      <Checkbox
        options={[
          {
            label: messages.needsApproval,
            hintText: messages.needsApprovalHint,
            nativeInputProps: {
              name: 'needsApproval',
              checked: needsApproval,
              onChange: (event) => setNeedsApproval(event.target.checked),
            },
          },
        ]}
      />
      <Input
        label={messages.charter}
        hintText={messages.charterHint}
        textArea
        state={validationError ? 'error' : 'default'}
        stateRelatedMessage={validationError ?? undefined}
        nativeTextAreaProps={{
          name: 'usageCharter',
          rows: 8,
          value: charter,
          onChange: (event) => setCharter(event.target.value),
        }}
      />
      <MutationFeedback mutation={mutation} successMessage={messages.saved} />
      <Button type="submit" disabled={mutation.isPending} className={fr.cx('fr-mt-1w')}>
        {mutation.isPending ? messages.saving : messages.save}
      </Button>
    </form>
  );
}
