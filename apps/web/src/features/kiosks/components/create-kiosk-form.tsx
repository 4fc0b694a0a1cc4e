import { createKioskSchema, type KioskPairing } from '@admz/shared';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useCreateKiosk } from '../hooks/use-create-kiosk';

type CreateKioskFormProps = { siteId: string; onCreated: (pairing: KioskPairing) => void };

export function CreateKioskForm({ siteId, onCreated }: CreateKioskFormProps) {
  const [name, setName] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  const mutation = useCreateKiosk(siteId);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = createKioskSchema.safeParse({ name });
    if (!parsed.success) {
      setValidationError(parsed.error.issues[0]?.message ?? 'Nom de borne invalide.');
      return;
    }
    setValidationError(null);
    mutation.mutate(parsed.data, {
      onSuccess: (pairing) => {
        setName('');
        onCreated(pairing);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Input
        label="Nom de la borne"
        hintText="Pour la reconnaître, par exemple « Entrée principale » ou « Accueil 2e étage »."
        state={validationError ? 'error' : 'default'}
        stateRelatedMessage={validationError ?? undefined}
        nativeInputProps={{
          value: name,
          maxLength: 80,
          autoComplete: 'off',
          onChange: (event) => setName(event.target.value),
        }}
      />
      <MutationFeedback mutation={mutation} />
      <Button type="submit" iconId="fr-icon-add-line" disabled={mutation.isPending}>
        {mutation.isPending ? 'Création…' : 'Créer la borne'}
      </Button>
    </form>
  );
}
