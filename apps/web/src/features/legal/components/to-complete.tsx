import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useMessages } from '../../../i18n/language';
import { legalMessages } from '../legal.messages';

/** Marks what the publisher must still fill in before going live. */
export function ToComplete() {
  const messages = useMessages(legalMessages);
  return (
    <Badge as="span" severity="warning" small>
      {messages.toComplete}
    </Badge>
  );
}
