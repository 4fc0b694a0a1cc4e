import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { describeError } from './error-state';

type MutationFeedbackProps = {
  mutation: { isError: boolean; isSuccess: boolean; error: unknown };
  /** Shown once the change is saved; nothing when left out. */
  successMessage?: string;
};

/** The API's sentence when a save fails, or a confirmation when it succeeds. */
export function MutationFeedback({ mutation, successMessage }: MutationFeedbackProps) {
  if (mutation.isError) {
    return (
      <Alert
        severity="error"
        small
        description={describeError(mutation.error)}
        className={fr.cx('fr-mb-2w')}
      />
    );
  }
  if (mutation.isSuccess && successMessage) {
    return (
      <Alert severity="success" small description={successMessage} className={fr.cx('fr-mb-2w')} />
    );
  }
  return null;
}
