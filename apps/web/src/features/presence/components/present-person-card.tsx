import type { PresentPerson } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useMessages } from '../../../i18n/language';
import { presenceMessages } from '../presence.messages';

/** The booking page preset to the person's site, day and zone. */
export function bookNearPath(person: PresentPerson): string {
  const parameters = new URLSearchParams({
    site: person.site.id,
    date: person.date,
    zone: person.zone,
  });
  return `/reserver?${parameters.toString()}`;
}

export function PresentPersonCard({
  person,
  showsSite,
}: {
  person: PresentPerson;
  showsSite: boolean;
}) {
  const { personCard: messages } = useMessages(presenceMessages);
  const labels = useDomainLabels();
  return (
    <li className={fr.cx('fr-mb-2w')}>
      <article className="admz-person-card" aria-label={person.displayName}>
        <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>{person.displayName}</h3>
        {person.administration && (
          <p className={fr.cx('fr-mb-1v', 'fr-text--bold')}>{person.administration}</p>
        )}
        <p className={fr.cx('fr-mb-1w', 'fr-text--sm')}>
          {showsSite && `${person.site.name} · `}
          {messages.where(person.zone, labels.slot[person.slot])}
        </p>
        {person.workSummary && <p className={fr.cx('fr-mb-1w')}>{person.workSummary}</p>}
        {person.skillTags.length > 0 && (
          <ul className={fr.cx('fr-tags-group')} aria-label={messages.skillsOf(person.displayName)}>
            {person.skillTags.map((tag) => (
              <li key={tag}>
                <Tag small>{tag}</Tag>
              </li>
            ))}
          </ul>
        )}
        <Button
          size="small"
          priority="secondary"
          iconId="fr-icon-map-pin-2-line"
          linkProps={{
            to: bookNearPath(person),
            // The visible words first (WCAG 2.5.3), then whom and where.
            'aria-label': messages.bookNearLabel(person.displayName, person.zone),
          }}
        >
          {messages.bookNear}
        </Button>
      </article>
    </li>
  );
}
