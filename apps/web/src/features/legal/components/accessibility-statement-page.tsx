import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { accessibilityContactEmail } from '../legal-contacts';
import { legalMessages } from '../legal.messages';
import { ToComplete } from './to-complete';

/** « Déclaration d'accessibilité » (RGAA 4.1): an honest status, what was checked, what is known to fail. */
export function AccessibilityStatementPage() {
  const { accessibility: messages, newWindow } = useMessages(legalMessages);
  return (
    <article className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
      <h1>{messages.title}</h1>
      <p>
        {messages.intro.before}
        <ToComplete />
        {messages.intro.after}
      </p>

      <h2>{messages.complianceTitle}</h2>
      <p>
        {messages.compliance.before}
        <strong>{messages.compliance.status}</strong>
        {messages.compliance.after}
      </p>
      <p>
        <strong>{messages.noAudit.title}</strong>
        {messages.noAudit.text}
        <ToComplete />
        {messages.noAudit.after}
      </p>

      <h2>{messages.checkedTitle}</h2>
      <p>{messages.checked}</p>
      <h3>{messages.automaticTitle}</h3>
      <ul>
        {messages.automatic.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{messages.keyboardTitle}</h3>
      <ul>
        {messages.keyboard.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{messages.designSystem}</p>
      <h3>{messages.notYetTitle}</h3>
      <p>{messages.notYet}</p>

      <h2>{messages.limitsTitle}</h2>
      <ul>
        {messages.limits.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h2>{messages.contactTitle}</h2>
      <p>
        {messages.contact.before}
        <a href={`mailto:${accessibilityContactEmail}`}>{accessibilityContactEmail}</a>{' '}
        <ToComplete />
        {messages.contact.after}
      </p>

      <h2>{messages.remediesTitle}</h2>
      <p>{messages.remedies}</p>
      <ul>
        <li>
          {messages.defenderForm.before}
          <a
            href="https://formulaire.defenseurdesdroits.fr/"
            target="_blank"
            rel="noreferrer"
            title={newWindow(messages.defenderForm.title)}
          >
            {messages.defenderForm.link}
          </a>
          {messages.defenderForm.after}
        </li>
        <li>
          {messages.defenderDelegate.before}
          <a
            href="https://www.defenseurdesdroits.fr/saisir/delegues"
            target="_blank"
            rel="noreferrer"
            title={newWindow(messages.defenderDelegate.title)}
          >
            {messages.defenderDelegate.link}
          </a>
          {messages.defenderDelegate.after}
        </li>
        <li>{messages.defenderMail}</li>
      </ul>

      <p className={fr.cx('fr-text--sm', 'fr-mt-4w')}>
        {messages.dated.before}
        <Link to="/mentions-legales">{messages.dated.legalNotice}</Link>
        {messages.dated.after}
      </p>
    </article>
  );
}
