import { useEffect, useState } from 'react';
import { classifyCameraError, type CameraProblem } from '../camera-problem';

export type CameraState =
  | { status: 'starting' }
  | { status: 'active'; stream: MediaStream }
  | { status: 'unavailable'; problem: CameraProblem };

export type Camera = CameraState & { retry: () => void };

// Asked for by the kiosk brief; a tablet whose screen faces visitors may need 'user' instead.
const preferredFacingMode = 'environment';

/** Opens the camera for as long as the calling component is mounted, and stops its tracks afterwards. */
export function useCamera(): Camera {
  const [camera, setCamera] = useState<CameraState>({ status: 'starting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isStopped = false;
    let openedStream: MediaStream | null = null;

    openCamera()
      .then((stream) => {
        if (isStopped) {
          stopStream(stream);
          return;
        }
        openedStream = stream;
        for (const track of stream.getVideoTracks()) {
          track.addEventListener('ended', () => {
            if (!isStopped) setCamera({ status: 'unavailable', problem: 'ended' });
          });
        }
        setCamera({ status: 'active', stream });
      })
      .catch((error: unknown) => {
        if (!isStopped)
          setCamera({
            status: 'unavailable',
            problem: classifyCameraError(error, window.isSecureContext),
          });
      });

    return () => {
      isStopped = true;
      if (openedStream !== null) stopStream(openedStream);
    };
  }, [attempt]);

  const retry = () => {
    setCamera({ status: 'starting' });
    setAttempt((previous) => previous + 1);
  };

  return { ...camera, retry };
}

function openCamera(): Promise<MediaStream> {
  // getUserMedia only exists in secure contexts (HTTPS or localhost).
  if (navigator.mediaDevices?.getUserMedia === undefined)
    return Promise.reject(new Error('Camera API unavailable'));
  return navigator.mediaDevices.getUserMedia({
    video: { facingMode: preferredFacingMode },
    audio: false,
  });
}

function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
