import { Badge } from '@codegouvfr/react-dsfr/Badge';

/** Marks what the publisher must still fill in before going live. */
export function ToComplete() {
  return (
    <Badge severity="warning" small>
      À compléter
    </Badge>
  );
}
