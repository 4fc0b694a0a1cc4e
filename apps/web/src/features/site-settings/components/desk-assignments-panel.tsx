import { fr } from '@codegouvfr/react-dsfr';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { hasValue } from '../../../lib/has-value';
import { useAssignDesk, useDeskAssignments } from '../hooks/use-site-people';

/** Blocked desks: each one is bookable by its assignee only. */
export function DeskAssignmentsPanel({ siteId }: { siteId: string }) {
  const query = useDeskAssignments(siteId);
  const mutation = useAssignDesk(siteId);
  const [deskId, setDeskId] = useState('');
  const [email, setEmail] = useState('');

  if (query.isPending) return <LoadingState label="Chargement des postes…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const assigned = query.data.filter(hasValue('assignee'));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ deskId, email: email.trim() }, { onSuccess: () => setEmail('') });
  }

  return (
    <>
      {assigned.length === 0 ? (
        <EmptyState title="Aucun poste n'est attribué à une personne." />
      ) : (
        <div className="fr-table fr-table--bordered">
          <table>
            <caption className="fr-sr-only">Postes attribués</caption>
            <thead>
              <tr>
                <th scope="col">Poste</th>
                <th scope="col">Attribué à</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {assigned.map((desk) => (
                <tr key={desk.deskId}>
                  <td>
                    {desk.label} ({desk.zone})
                  </td>
                  <td>
                    {desk.assignee.givenName} {desk.assignee.usualName} ({desk.assignee.email})
                  </td>
                  <td>
                    <Button
                      size="small"
                      priority="tertiary"
                      disabled={mutation.isPending}
                      onClick={() => mutation.mutate({ deskId: desk.deskId, email: null })}
                      nativeButtonProps={{ 'aria-label': `Libérer le poste ${desk.label}` }}
                    >
                      Libérer
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className={fr.cx('fr-mt-2w')}>
        <Select
          label="Poste"
          nativeSelectProps={{
            value: deskId,
            onChange: (event) => setDeskId(event.target.value),
            required: true,
          }}
        >
          <option value="" disabled>
            Choisir un poste
          </option>
          {query.data.map((desk) => (
            <option key={desk.deskId} value={desk.deskId}>
              {desk.label} — {desk.zone}
            </option>
          ))}
        </Select>
        <Input
          label="Adresse électronique de la personne"
          nativeInputProps={{
            type: 'email',
            value: email,
            onChange: (event) => setEmail(event.target.value),
          }}
        />
        <MutationFeedback mutation={mutation} />
        <Button
          type="submit"
          priority="secondary"
          disabled={!deskId || !email.trim() || mutation.isPending}
        >
          Attribuer le poste
        </Button>
      </form>
    </>
  );
}
