import { useEffect } from 'react';

/** While on: full screen (re-entered on the next touch), back button trapped, leaving asks first. */
export function useLeaveGuard(isOn: boolean): void {
  useEffect(() => {
    if (!isOn) return;

    const askBeforeLeaving = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium still needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    const trapBackButton = () => window.history.pushState(null, '', window.location.href);
    const enterFullscreen = () => {
      if (document.fullscreenElement === null && document.fullscreenEnabled)
        document.documentElement.requestFullscreen().catch(() => undefined);
    };

    window.history.pushState(null, '', window.location.href);
    enterFullscreen();
    window.addEventListener('beforeunload', askBeforeLeaving);
    window.addEventListener('popstate', trapBackButton);
    // Browsers grant full screen only during a user gesture: retry on each one.
    document.addEventListener('click', enterFullscreen);
    return () => {
      window.removeEventListener('beforeunload', askBeforeLeaving);
      window.removeEventListener('popstate', trapBackButton);
      document.removeEventListener('click', enterFullscreen);
    };
  }, [isOn]);
}
