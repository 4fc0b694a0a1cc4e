import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { WalkInRequest } from '@admz/shared';
import { useState } from 'react';
import { useMessages } from '../../../i18n/language';
import type { WalkInOffer } from '../check-in-outcome';
import { useAutoReturn } from '../hooks/use-auto-return';

type WalkInScreenProps = {
  offer: WalkInOffer;
  /** Desks taken by someone else since the offer was made (409). */
  takenDeskIds: readonly string[];
  problem: string | null;
  isPending: boolean;
  onChoose: (choice: Omit<WalkInRequest, 'offerToken'>) => void;
  onCancel: () => void;
};

// The offer token lasts 2 minutes; someone who walks away frees the kiosk well before.
const inactivityDelayMs = 45_000;

/** A personal pass with no booking now: one touch on a free desk books it and checks in. */
export function WalkInScreen({
  offer,
  takenDeskIds,
  problem,
  isPending,
  onChoose,
  onCancel,
}: WalkInScreenProps) {
  const messages = useMessages();
  const [slot, setSlot] = useState(offer.options[0]?.slot ?? null);
  useAutoReturn(isPending ? null : inactivityDelayMs, onCancel, `${slot}-${takenDeskIds.length}`);
  const option = offer.options.find((candidate) => candidate.slot === slot) ?? null;
  const freeDesks = option?.desks.filter((desk) => !takenDeskIds.includes(desk.id)) ?? [];

  return (
    <main className="kiosk-screen kiosk-walk-in">
      <h1 className="kiosk-typing__title">{messages.walkIn.title(offer.person.givenName)}</h1>
      <p className="kiosk-idle__help">{messages.walkIn.intro}</p>
      {problem !== null && <Alert severity="warning" small description={problem} />}
      {option === null ? (
        <p className="kiosk-result__detail">{messages.walkIn.noOption}</p>
      ) : (
        <>
          {offer.options.length > 1 && (
            <div
              className="kiosk-walk-in__slots"
              role="group"
              aria-label={messages.walkIn.slotsLabel}
            >
              {offer.options.map((candidate) => (
                <Button
                  key={candidate.slot}
                  type="button"
                  size="large"
                  priority={candidate.slot === slot ? 'primary' : 'secondary'}
                  className="kiosk-button"
                  aria-pressed={candidate.slot === slot}
                  disabled={isPending}
                  onClick={() => setSlot(candidate.slot)}
                >
                  {messages.walkIn.until(candidate.localEnd)}
                </Button>
              ))}
            </div>
          )}
          <section className="kiosk-walk-in__desks" aria-labelledby="walk-in-desks-heading">
            <h2 id="walk-in-desks-heading" className="kiosk-walk-in__heading">
              {messages.walkIn.desksHeading(option.localEnd)}
            </h2>
            {freeDesks.length === 0 ? (
              <p className="kiosk-result__detail">{messages.walkIn.noFreeDesk}</p>
            ) : (
              <ul className="kiosk-walk-in__grid">
                {freeDesks.map((desk) => (
                  <li key={desk.id}>
                    <button
                      type="button"
                      className="fr-btn fr-btn--secondary kiosk-desk-button"
                      disabled={isPending}
                      onClick={() => onChoose({ deskId: desk.id, slot: option.slot })}
                    >
                      <span className="kiosk-desk-button__label">{desk.label}</span>
                      {desk.zone.trim() !== '' && (
                        <>
                          {' '}
                          <span className="kiosk-desk-button__zone">{desk.zone}</span>
                        </>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {isPending && (
        <p className="kiosk-pending kiosk-pending--inline" role="status">
          {messages.walkIn.booking}
        </p>
      )}
      <Button
        type="button"
        priority="secondary"
        size="large"
        className="kiosk-button kiosk-walk-in__cancel"
        disabled={isPending}
        onClick={onCancel}
      >
        {messages.common.cancel}
      </Button>
    </main>
  );
}
