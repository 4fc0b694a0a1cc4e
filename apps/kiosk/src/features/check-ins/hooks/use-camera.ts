import { useEffect, useState } from 'react';

export type CameraState =
  { status: 'starting' } | { status: 'active'; stream: MediaStream } | { status: 'unavailable' };

// Asked for by the kiosk brief; a tablet whose screen faces visitors may need 'user' instead.
const preferredFacingMode = 'environment';

/** Opens the camera for as long as the calling component is mounted, and stops its tracks afterwards. */
export function useCamera(): CameraState {
  const [camera, setCamera] = useState<CameraState>({ status: 'starting' });

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
            if (!isStopped) setCamera({ status: 'unavailable' });
          });
        }
        setCamera({ status: 'active', stream });
      })
      .catch(() => {
        if (!isStopped) setCamera({ status: 'unavailable' });
      });

    return () => {
      isStopped = true;
      if (openedStream !== null) stopStream(openedStream);
    };
  }, []);

  return camera;
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
