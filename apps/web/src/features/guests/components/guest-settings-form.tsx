import { guestSettingsSchema, type GuestSettings } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useGuestSettings, useUpdateGuestSettings } from '../hooks/use-guests';

/** « Invités » of the site settings: a host's approval of each invitation, the usage charter. */
export function GuestSettingsPanel({ siteId }: { siteId: string }) {
  const settingsQuery = useGuestSettings(siteId);
  if (settingsQuery.isPending)
    return <LoadingState label="Chargement des règles des invitations…" />;
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

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = guestSettingsSchema.safeParse({ needsApproval, usageCharter: charter });
    if (!parsed.success) {
      setValidationError(parsed.error.issues[0]?.message ?? 'Règles invalides.');
      return;
    }
    setValidationError(null);
    mutation.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Règles des invitations">
      <Checkbox
        options={[
          {
            label: 'Valider chaque invitation',
            hintText:
              'Une personne de l’équipe accepte ou refuse chaque invitation avant que la personne invitée ne reçoive son lien. Décoché, le lien part dès l’invitation.',
            nativeInputProps: {
              name: 'needsApproval',
              checked: needsApproval,
              onChange: (event) => setNeedsApproval(event.target.checked),
            },
          },
        ]}
      />
      <Input
        label="Charte d’utilisation"
        hintText="La personne invitée l’accepte en ouvrant son invitation, avant que son QR code n’apparaisse. Laissez vide pour ne demander aucune charte. 5 000 caractères au plus."
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
      <MutationFeedback mutation={mutation} successMessage="Règles des invitations enregistrées." />
      <Button type="submit" disabled={mutation.isPending} className={fr.cx('fr-mt-1w')}>
        {mutation.isPending ? 'Enregistrement…' : 'Enregistrer les règles des invitations'}
      </Button>
    </form>
  );
}
