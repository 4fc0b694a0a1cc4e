import { formatSiteTime, siteToday, type Event } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useRef } from 'react';
import { ErrorState } from '../../../components/error-state';
import { FullscreenButton } from '../../../components/fullscreen-button';
import { LoadingState } from '../../../components/loading-state';
import { RotatingQrCode } from '../../../components/rotating-qr-code';
import { useNow } from '../../../hooks/use-now';
import { formatShortCode, spellShortCode } from '../../bookings/short-code';
import { useEventPass } from '../hooks/use-events';
import { useLanguage, useMessages } from '../../../i18n/language';
import { describeEventSpace } from '../event-space';
import { eventsMessages } from '../events.messages';

/** The pass is shown on the event's day (site calendar), until it ends. */
export function isEventPassDay(
  event: Pick<Event, 'date' | 'timezone' | 'endsAt'>,
  now: number,
): boolean {
  return siteToday(event.timezone, new Date(now)) === event.date && now < Date.parse(event.endsAt);
}

/**
 * « Mon pass » for an event, for a person registered in person on the day: the same rotating QR
 * code as a booking's pass, and its typed code, to show at the kiosk of the site.
 */
export function EventPassPanel({ event }: { event: Event }) {
  const now = useNow(30_000);
  const isDay = isEventPassDay(event, now);
  const passQuery = useEventPass(event.id, isDay);
  const passRef = useRef<HTMLElement>(null);
  const language = useLanguage();
  const { pass: texts } = useMessages(eventsMessages);
  if (!isDay) {
    return <p className={fr.cx('fr-text--sm')}>{texts.notYet}</p>;
  }
  if (passQuery.isPending) return <LoadingState label={texts.loading} />;
  if (passQuery.isError && passQuery.data === undefined) {
    return (
      <ErrorState
        title={texts.unavailable}
        error={passQuery.error}
        onRetry={() => void passQuery.refetch()}
      />
    );
  }
  const pass = passQuery.data;
  return (
    <section ref={passRef} className="admz-pass" aria-labelledby="event-pass-title">
      <div className="admz-pass__inner">
        <h3 id="event-pass-title" className={fr.cx('fr-h4', 'fr-mb-1w')}>
          {texts.title(event.title)}
        </h3>
        <p className={fr.cx('fr-mb-2w')}>
          {event.siteName}, {describeEventSpace(event.space, language)} — {event.startTime} –{' '}
          {event.endTime}
        </p>
        {pass.checkedInAt && (
          <Alert
            severity="success"
            small
            className={fr.cx('fr-mb-2w')}
            description={texts.checkedIn(formatSiteTime(pass.checkedInAt, event.timezone))}
          />
        )}
        <RotatingQrCode
          qr={pass}
          alt={texts.qrAlt(event.title)}
          renewalError={passQuery.error}
          onRetry={() => void passQuery.refetch()}
        />
        <p className={fr.cx('fr-mt-3w', 'fr-mb-1v')}>{texts.typeCode}</p>
        <p className="admz-pass__code">
          <span aria-hidden="true">{formatShortCode(pass.shortCode)}</span>
          <span className={fr.cx('fr-sr-only')}>{spellShortCode(pass.shortCode)}</span>
        </p>
        <p className={fr.cx('fr-text--sm', 'fr-mt-2w', 'fr-mb-0')}>
          {texts.window(
            formatSiteTime(pass.validFrom, event.timezone),
            formatSiteTime(pass.validUntil, event.timezone),
          )}
        </p>
      </div>
      <FullscreenButton targetRef={passRef} />
    </section>
  );
}
