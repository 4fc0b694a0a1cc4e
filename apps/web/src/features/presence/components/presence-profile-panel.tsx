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
import {
  useLeavePresence,
  usePresenceProfile,
  useUpdatePresenceProfile,
} from '../hooks/use-presence';
import { SkillTagsInput } from './skill-tags-input';

/** « Mon profil de présence »: off by default, set here, erased at once by « Quitter ». */
export function PresenceProfilePanel() {
  const profileQuery = usePresenceProfile();
  return (
    <section aria-labelledby="presence-profile-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="presence-profile-title" className={fr.cx('fr-h4')}>
        Mon profil de présence
      </h2>
      {profileQuery.isPending ? (
        <LoadingState label="Chargement de votre profil…" />
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

  function submit(event: FormEvent) {
    event.preventDefault();
    leave.reset();
    save.mutate({ isVisible, workSummary, skillTags });
  }

  return (
    <form onSubmit={submit} aria-label="Mon profil de présence">
      <p>
        Désactivé par défaut. Activé, les agents connectés voient les jours où vous réservez un
        poste : votre nom, votre administration, votre sujet et vos compétences, et la zone de votre
        poste. Les gestionnaires n’en voient pas davantage. Vous pouvez aussi choisir pour une seule
        réservation, dans « Mes réservations ».
      </p>
      <ToggleSwitch
        label="Me rendre visible"
        helperText="Les jours où j’ai réservé, les autres agents me voient dans « Qui est là ? »."
        checked={isVisible}
        disabled={isBusy}
        onChange={setIsVisible}
        inputTitle="Me rendre visible"
      />
      <Input
        className={fr.cx('fr-mt-3w')}
        label="Sur quoi je travaille"
        hintText={`Une phrase, ${maxWorkSummaryLength} caractères au plus.`}
        disabled={isBusy}
        nativeInputProps={{
          name: 'workSummary',
          value: workSummary,
          maxLength: maxWorkSummaryLength,
          onChange: (event) => setWorkSummary(event.target.value),
        }}
      />
      <SkillTagsInput tags={skillTags} onChange={setSkillTags} disabled={isBusy} />
      <MutationFeedback mutation={save} successMessage="Profil enregistré." />
      {leave.isSuccess && (
        <Alert
          severity="success"
          small
          description="Votre profil est effacé et vous n’apparaissez plus dans « Qui est là ? »."
          className={fr.cx('fr-mb-2w')}
        />
      )}
      <MutationFeedback mutation={leave} />
      <ul
        className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}
      >
        <li>
          <Button type="submit" iconId="fr-icon-save-line" disabled={isBusy}>
            Enregistrer mon profil
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
              Quitter et effacer mon profil
            </Button>
          </li>
        )}
      </ul>
      {isConfirmingLeave && (
        <div role="group" aria-labelledby="presence-leave-title" className="admz-confirm-box">
          <p id="presence-leave-title" className={fr.cx('fr-text--bold', 'fr-mb-1w')}>
            Effacer votre profil maintenant ?
          </p>
          <p className={fr.cx('fr-text--sm')}>
            Votre sujet et vos compétences sont supprimés tout de suite, et vos choix par
            réservation oubliés : plus personne ne vous voit dans « Qui est là ? ».
          </p>
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
                Oui, effacer mon profil
              </Button>
            </li>
            <li>
              <Button
                type="button"
                priority="secondary"
                onClick={() => setIsConfirmingLeave(false)}
              >
                Garder mon profil
              </Button>
            </li>
          </ul>
        </div>
      )}
    </form>
  );
}
