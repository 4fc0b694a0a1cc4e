import { maxWorkSummaryLength, type PresenceProfile } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import {
  useLeavePresence,
  usePresenceProfile,
  useUpdatePresenceProfile,
} from '../hooks/use-presence';
import { presenceMessages } from '../presence.messages';
import { SkillTagsInput } from './skill-tags-input';

/** « Mon profil de présence »: off by default, set here, erased at once by « Quitter ». */
export function PresenceProfilePanel() {
  const { profile: messages } = useMessages(presenceMessages);
  const profileQuery = usePresenceProfile();
  return (
    <section aria-labelledby="presence-profile-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="presence-profile-title" className={fr.cx('fr-h4')}>
        {messages.title}
      </h2>
      {profileQuery.isPending ? (
        <LoadingState label={messages.loading} />
      ) : profileQuery.isError ? (
        <ErrorState error={profileQuery.error} onRetry={() => void profileQuery.refetch()} />
      ) : (
        <ProfileForm profile={profileQuery.data} />
      )}
    </section>
  );
}

function ProfileForm({ profile }: { profile: PresenceProfile }) {
  const [isVisible, setIsVisible] = useState(profile.isVisible);
  const [workSummary, setWorkSummary] = useState(profile.workSummary);
  const [skillTags, setSkillTags] = useState(profile.skillTags);
  const [isConfirmingLeave, setIsConfirmingLeave] = useState(false);
  const save = useUpdatePresenceProfile();
  const leave = useLeavePresence();
  const isBusy = save.isPending || leave.isPending;
  const { profile: messages } = useMessages(presenceMessages);

  function submit(event: FormEvent) {
    event.preventDefault();
    leave.reset();
    save.mutate({ isVisible, workSummary, skillTags });
  }

  return (
    <form onSubmit={submit} aria-label={messages.title}>
      <p>{messages.explanation}</p>
      <ToggleSwitch
        label={messages.visible}
        helperText={messages.visibleHint}
        checked={isVisible}
        disabled={isBusy}
        onChange={setIsVisible}
        inputTitle={messages.visible}
      />
      <Input
        className={fr.cx('fr-mt-3w')}
        label={messages.workSummary}
        hintText={messages.workSummaryHint(maxWorkSummaryLength)}
        disabled={isBusy}
        nativeInputProps={{
          name: 'workSummary',
          value: workSummary,
          maxLength: maxWorkSummaryLength,
          onChange: (event) => setWorkSummary(event.target.value),
        }}
      />
      <SkillTagsInput tags={skillTags} onChange={setSkillTags} disabled={isBusy} />
      <MutationFeedback mutation={save} successMessage={messages.saved} />
      {leave.isSuccess && (
        <Alert severity="success" small description={messages.left} className={fr.cx('fr-mb-2w')} />
      )}
      <MutationFeedback mutation={leave} />
      <ul
        className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}
      >
        <li>
          <Button type="submit" iconId="fr-icon-save-line" disabled={isBusy}>
            {messages.save}
          </Button>
        </li>
        {profile.updatedAt !== null && !isConfirmingLeave && (
          <li>
            <Button
              type="button"
              priority="secondary"
              iconId="fr-icon-delete-line"
              disabled={isBusy}
              onClick={() => setIsConfirmingLeave(true)}
            >
              {messages.leave}
            </Button>
          </li>
        )}
      </ul>
      {isConfirmingLeave && (
        <div role="group" aria-labelledby="presence-leave-title" className="admz-confirm-box">
          <p id="presence-leave-title" className={fr.cx('fr-text--bold', 'fr-mb-1w')}>
            {messages.leaveTitle}
          </p>
          <p className={fr.cx('fr-text--sm')}>{messages.leaveExplanation}</p>
          <ul
            className={fr.cx(
              'fr-btns-group',
              'fr-btns-group--inline-md',
              'fr-btns-group--sm',
              'fr-btns-group--icon-left',
            )}
          >
            <li>
              <Button
                type="button"
                iconId="fr-icon-delete-line"
                disabled={isBusy}
                onClick={() => {
                  save.reset();
                  leave.mutate(undefined, {
                    onSuccess: (emptied) => {
                      setIsVisible(emptied.isVisible);
                      setWorkSummary(emptied.workSummary);
                      setSkillTags(emptied.skillTags);
                    },
                    onSettled: () => setIsConfirmingLeave(false),
                  });
                }}
              >
                {messages.confirmLeave}
              </Button>
            </li>
            <li>
              <Button
                type="button"
                priority="secondary"
                onClick={() => setIsConfirmingLeave(false)}
              >
                {messages.keep}
              </Button>
            </li>
          </ul>
        </div>
      )}
    </form>
  );
}
