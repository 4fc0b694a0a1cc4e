import type { CheckInRequest } from '@admz/shared';
import { useRef, useState } from 'react';
import { ApiError, isNetworkFailure, isUnauthorized } from '../../../api-client';
import { useLanguage } from '../../../i18n/language';
import { describeRequestFailure } from '../../../request-failure';
import type { Heartbeat } from '../../kiosks/kiosk-heartbeat';
import type { OfflineQueue } from '../../offline/hooks/use-offline-queue';
import {
  describeCheckInAnswer,
  describeServerResult,
  feedbackFor,
  type CheckInOutcome,
  type NextScreen,
  type WalkInOffer,
} from '../check-in-outcome';
import { validateCheckInRequest } from '../check-in-request';
import { useAutoReturn } from '../hooks/use-auto-return';
import { useCamera } from '../hooks/use-camera';
import { useCheckIn } from '../hooks/use-check-in';
import { useCheckOut } from '../hooks/use-check-out';
import { useWalkIn } from '../hooks/use-walk-in';
import { createScanDebouncer } from '../scan-debouncer';
import { playScanFeedback } from '../scan-feedback';
import { CheckInResultScreen } from './check-in-result-screen';
import { IdleScreen } from './idle-screen';
import { ShortCodeScreen } from './short-code-screen';
import { WalkInScreen } from './walk-in-screen';

type CheckInFlowProps = {
  credential: string;
  heartbeat: Heartbeat;
  offlineQueue: OfflineQueue;
  isOffline: boolean;
  isSoundOn: boolean;
  onUnauthorized: () => void;
  onUnreachable: () => void;
  onOpenSettings: () => void;
};

type FlowView =
  | { name: 'idle' }
  | { name: 'typing' }
  | { name: 'result'; outcome: CheckInOutcome }
  | { name: 'walk-in'; offer: WalkInOffer; takenDeskIds: string[]; problem: string | null };

// The same pass stays in front of the camera for a while: one check-in per pass per window.
const sameTokenWindowMs = 5_000;
const languageResetMs = 120_000;

/** The kiosk's loop: idle (camera) → typed code → result, walk-in or departure → idle again. */
export function CheckInFlow({
  credential,
  heartbeat,
  offlineQueue,
  isOffline,
  isSoundOn,
  onUnauthorized,
  onUnreachable,
  onOpenSettings,
}: CheckInFlowProps) {
  const { identity, clockOffsetMs } = heartbeat;
  const { language, messages, setLanguage } = useLanguage();
  const [view, setView] = useState<FlowView>({ name: 'idle' });
  const [scanDebouncer] = useState(() => createScanDebouncer(sameTokenWindowMs));
  // The camera stays open across screens so coming back to idle does not flash "Ouverture de la caméra".
  const camera = useCamera();
  const checkIn = useCheckIn({
    credential,
    siteId: identity.site.id,
    clockOffsetMs,
    offlineQueue,
    isOffline,
    onUnreachable,
  });
  const checkOut = useCheckOut(credential);
  const walkIn = useWalkIn(credential);
  const isSubmittingRef = useRef(false);
  // An idle kiosk left in English by a visitor goes back to French.
  useAutoReturn(view.name === 'idle' && language !== 'fr' ? languageResetMs : null, () =>
    setLanguage('fr'),
  );

  const show = (next: NextScreen) => {
    if (isSoundOn) playScanFeedback(feedbackFor(next));
    setView(
      next.screen === 'result'
        ? { name: 'result', outcome: next.outcome }
        : { name: 'walk-in', offer: next.offer, takenDeskIds: [], problem: null },
    );
  };

  const refuse = (action: 'check-in' | 'check-out' | 'walk-in', error: unknown) => {
    if (isUnauthorized(error)) {
      onUnauthorized();
      return;
    }
    const isUnanswered = isNetworkFailure(error);
    if (isUnanswered) onUnreachable();
    // A scan has its offline path; a departure or a walk-in needs the API.
    const message =
      isUnanswered && action !== 'check-in'
        ? messages.refusal.offline[action]
        : describeRequestFailure(error, messages);
    const subject = action === 'check-out' ? 'check-out' : 'check-in';
    show({ screen: 'result', outcome: { kind: 'refused', subject, message } });
  };

  // The next visitor starts in French, whatever the last one chose.
  const returnToIdle = () => {
    setView({ name: 'idle' });
    setLanguage('fr');
  };

  const submitCheckIn = (request: CheckInRequest) => {
    // A ref, not state: two frames decoded in the same tick must not send twice.
    if (isSubmittingRef.current) return;
    isSubmittingRef.current = true;
    checkIn.mutate(request, {
      onSuccess: (answer) => show(describeCheckInAnswer(answer, messages)),
      onError: (error) => refuse('check-in', error),
      onSettled: () => {
        isSubmittingRef.current = false;
      },
    });
  };

  const handleScan = (text: string) => {
    if (view.name !== 'idle' || isSubmittingRef.current) return;
    if (!scanDebouncer.accept(text, Date.now())) return;
    const validation = validateCheckInRequest({ token: text });
    if (validation.isValid) submitCheckIn(validation.request);
    else
      show({
        screen: 'result',
        outcome: { kind: 'refused', subject: 'check-in', message: validation.problem },
      });
  };

  const submitCheckOut = (checkOutToken: string) => {
    checkOut.mutate(checkOutToken, {
      onSuccess: (result) => show({ screen: 'result', outcome: { kind: 'checked-out', result } }),
      onError: (error) => refuse('check-out', error),
    });
  };

  if (view.name === 'result')
    return (
      <CheckInResultScreen
        outcome={view.outcome}
        credential={credential}
        timezone={identity.site.timezone}
        isCheckingOut={checkOut.isPending}
        onCheckOut={submitCheckOut}
        onFinish={returnToIdle}
      />
    );

  if (view.name === 'walk-in') {
    const { offer } = view;
    const chooseDesk = (choice: { deskId: string; slot: WalkInOffer['options'][number]['slot'] }) =>
      walkIn.mutate(
        { offerToken: offer.offerToken, ...choice },
        {
          onSuccess: (result) => show(describeServerResult(result)),
          onError: (error) => {
            // Someone took the desk a moment ago: say so and let the person pick another.
            if (error instanceof ApiError && error.status === 409)
              setView({
                ...view,
                takenDeskIds: [...view.takenDeskIds, choice.deskId],
                problem: error.message,
              });
            else refuse('walk-in', error);
          },
        },
      );
    return (
      <WalkInScreen
        offer={offer}
        takenDeskIds={view.takenDeskIds}
        problem={view.problem}
        isPending={walkIn.isPending}
        onChoose={chooseDesk}
        onCancel={returnToIdle}
      />
    );
  }

  if (view.name === 'typing') {
    return (
      <ShortCodeScreen
        identity={identity}
        isPending={checkIn.isPending}
        onSubmit={submitCheckIn}
        onCancel={returnToIdle}
      />
    );
  }

  return (
    <IdleScreen
      identity={identity}
      camera={camera}
      isPending={checkIn.isPending}
      onScan={handleScan}
      onTypeCode={() => setView({ name: 'typing' })}
      onOpenSettings={onOpenSettings}
    />
  );
}
