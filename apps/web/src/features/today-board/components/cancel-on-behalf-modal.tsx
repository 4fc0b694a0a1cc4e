import { siteToday, type TodayEntry } from '@admz/shared';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { describeBoardSlot, personName } from '../board-display';
import { todayBoardMessages } from '../today-board.messages';

export const cancelOnBehalfModal = createModal({
  id: 'cancel-on-behalf-modal',
  isOpenedByDefault: false,
});

type CancelOnBehalfModalProps = {
  entry: TodayEntry | null;
  timezone: string;
  isPending: boolean;
  error: unknown;
  onConfirm: (entry: TodayEntry) => void;
};

/** A host cancels for someone only after reading whose booking it is and what follows. */
export function CancelOnBehalfModal({
  entry,
  timezone,
  isPending,
  error,
  onConfirm,
}: CancelOnBehalfModalProps) {
  const messages = useMessages(todayBoardMessages).cancelModal;
  const format = useFormat();
  const language = format.language;
  return (
    <cancelOnBehalfModal.Component
      title={messages.title}
      iconId="fr-icon-warning-line"
      buttons={[
        { children: messages.keep, priority: 'secondary' },
        {
          children: isPending ? messages.cancelling : messages.confirm,
          doClosesModal: false,
          disabled: isPending || entry === null,
          onClick: () => {
            if (entry) onConfirm(entry);
          },
        },
      ]}
    >
      {entry && (
        <>
          <p>
            {messages.whose} <strong>{personName(entry, language)}</strong>
            {messages.what(
              entry.desk.label,
              entry.desk.zone,
              format.date(siteToday(timezone, new Date(entry.startsAt))),
              describeBoardSlot(entry, timezone, language),
            )}
          </p>
          <p>{messages.next(personName(entry, language))}</p>
        </>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </cancelOnBehalfModal.Component>
  );
}
