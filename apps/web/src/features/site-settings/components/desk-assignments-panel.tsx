import { fr } from '@codegouvfr/react-dsfr';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMessages } from '../../../i18n/language';
import { hasValue } from '../../../lib/has-value';
import { useAssignDesk, useDeskAssignments } from '../hooks/use-site-people';
import { siteSettingsMessages } from '../site-settings.messages';

/** Blocked desks: each one is bookable by its assignee only. */
export function DeskAssignmentsPanel({ siteId }: { siteId: string }) {
  const query = useDeskAssignments(siteId);
  const mutation = useAssignDesk(siteId);
  const [deskId, setDeskId] = useState('');
  const [email, setEmail] = useState('');
  const t = useMessages(siteSettingsMessages).deskAssignments;

  if (query.isPending) return <LoadingState label={t.loading} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const assigned = query.data.filter(hasValue('assignee'));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ deskId, email: email.trim() }, { onSuccess: () => setEmail('') });
  }

  return (
    <>
      {assigned.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <div className="fr-table fr-table--bordered">
          <table>
            <caption className="fr-sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.desk}</th>
                <th scope="col">{t.assignee}</th>
                <th scope="col">{t.action}</th>
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
                      nativeButtonProps={{ 'aria-label': t.releaseLabel(desk.label) }}
                    >
                      {t.release}
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
          label={t.desk}
          nativeSelectProps={{
            value: deskId,
            onChange: (event) => setDeskId(event.target.value),
            required: true,
          }}
        >
          <option value="" disabled>
            {t.chooseDesk}
          </option>
          {query.data.map((desk) => (
            <option key={desk.deskId} value={desk.deskId}>
              {desk.label} — {desk.zone}
            </option>
          ))}
        </Select>
        <Input
          label={t.email}
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
          {t.assign}
        </Button>
      </form>
    </>
  );
}
