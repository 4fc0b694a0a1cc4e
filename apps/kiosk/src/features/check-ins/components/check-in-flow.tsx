import type { CheckInRequest, KioskIdentity } from '@admz/shared';
import { useRef, useState } from 'react';
import { isUnauthorized } from '../../../api-client';
import { describeCheckInFailure, type CheckInOutcome } from '../check-in-outcome';
import { validateCheckInRequest } from '../check-in-request';
import { useCamera } from '../hooks/use-camera';
import { useCheckIn } from '../hooks/use-check-in';
import { createScanDebouncer } from '../scan-debouncer';
import { CheckInResultScreen } from './check-in-result-screen';
import { IdleScreen } from './idle-screen';
import { ShortCodeScreen } from './short-code-screen';

type CheckInFlowProps = { credential: string; identity: KioskIdentity; onUnauthorized: () => void };

type FlowView = { name: 'idle' } | { name: 'typing' } | { name: 'result'; outcome: CheckInOutcome };

// The same pass stays in front of the camera for a while: one check-in per pass per window.
const sameTokenWindowMs = 5_000;

/** The kiosk's loop: idle (camera) → typed code → result → idle again. */
export function CheckInFlow({ credential, identity, onUnauthorized }: CheckInFlowProps) {
  const [view, setView] = useState<FlowView>({ name: 'idle' });
  const [scanDebouncer] = useState(() => createScanDebouncer(sameTokenWindowMs));
  // The camera stays open across screens so coming back to idle does not flash "Ouverture de la caméra".
  const camera = useCamera();
  const checkIn = useCheckIn(credential);
  const isSubmittingRef = useRef(false);

  const showOutcome = (outcome: CheckInOutcome) => setView({ name: 'result', outcome });
  const returnToIdle = () => setView({ name: 'idle' });

  const submitCheckIn = (request: CheckInRequest) => {
    // A ref, not state: two frames decoded in the same tick must not send twice.
    if (isSubmittingRef.current) return;
    isSubmittingRef.current = true;
    checkIn.mutate(request, {
      onSuccess: (result) => showOutcome({ kind: 'success', result }),
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
        else showOutcome({ kind: 'failure', message: describeCheckInFailure(error) });
      },
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
    else showOutcome({ kind: 'failure', message: validation.problem });
  };

  if (view.name === 'result')
    return <CheckInResultScreen outcome={view.outcome} onFinish={returnToIdle} />;
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
    />
  );
}
