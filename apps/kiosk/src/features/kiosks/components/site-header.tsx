import type { KioskIdentity } from '@admz/shared';
import { useLanguage } from '../../../i18n/language';
import { useCurrentTime } from '../hooks/use-current-time';
import { formatSiteClock } from '../site-clock';

type SiteHeaderProps = { identity: KioskIdentity; isCompact?: boolean };

export function SiteHeader({ identity, isCompact = false }: SiteHeaderProps) {
  const now = useCurrentTime();
  const { locale } = useLanguage();
  const clock = formatSiteClock(now, identity.site.timezone, locale);
  return (
    <header className={isCompact ? 'kiosk-site kiosk-site--compact' : 'kiosk-site'}>
      <p className="kiosk-site__name">{identity.site.name}</p>
      <p className="kiosk-site__clock">
        <time className="kiosk-site__time">{clock.time}</time>
        <span className="kiosk-site__date">{clock.date}</span>
      </p>
    </header>
  );
}
