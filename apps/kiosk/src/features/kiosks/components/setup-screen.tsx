import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { KioskIdentity } from '@admz/shared';
import { useState, type FormEvent } from 'react';
import { isUnauthorized } from '../../../api-client';
import { useAssociateKiosk } from '../hooks/use-associate-kiosk';

type SetupScreenProps = {
  /** Why the kiosk is back here, e.g. its key was revoked. */
  notice: string | null;
  onAssociated: (credential: string, identity: KioskIdentity) => void;
};

export function SetupScreen({ notice, onAssociated }: SetupScreenProps) {
  const [credential, setCredential] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const associateKiosk = useAssociateKiosk();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (associateKiosk.isPending) return;
    const candidate = credential.trim();
    if (candidate === '') {
      setFieldError('Collez la clé de la borne.');
      return;
    }
    setFieldError(null);
    associateKiosk.mutate(candidate, {
      onSuccess: (identity) => onAssociated(candidate, identity),
      onError: (error) =>
        setFieldError(
          isUnauthorized(error)
            ? "Cette clé n'est pas reconnue, ou la borne a été désactivée."
            : error.message,
        ),
    });
  };

  return (
    <main className="kiosk-screen kiosk-setup">
      <div className="kiosk-setup__panel">
        <p className="kiosk-brand">AdmZ — Borne d'accueil</p>
        <h1 className="kiosk-setup__title">Cette borne n'est pas encore associée à un site</h1>
        {notice !== null && (
          <Alert severity="error" small description={notice} className="fr-mb-4w" />
        )}
        <form onSubmit={submit} noValidate>
          <Input
            label="Clé de la borne"
            hintText="Collez la clé remise par la ou le gestionnaire du site lors de l'enrôlement de la borne."
            className="kiosk-field"
            state={fieldError === null ? 'default' : 'error'}
            stateRelatedMessage={fieldError ?? undefined}
            nativeInputProps={{
              value: credential,
              onChange: (event) => setCredential(event.target.value),
              autoComplete: 'off',
              autoCapitalize: 'off',
              spellCheck: false,
              autoFocus: true,
            }}
          />
          <Button
            type="submit"
            size="large"
            className="kiosk-button"
            disabled={associateKiosk.isPending}
          >
            {associateKiosk.isPending ? 'Vérification…' : 'Associer la borne'}
          </Button>
        </form>
      </div>
    </main>
  );
}
