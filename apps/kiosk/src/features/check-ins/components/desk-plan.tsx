import type { GreetingDesk } from '@admz/shared';
import { useMessages } from '../../../i18n/language';
import { useDeskPlan } from '../hooks/use-desk-plan';

type DeskPlanProps = { credential: string; desk: GreetingDesk };

/** The zone's plan with a dot on the desk; nothing while it loads or when it cannot be fetched. */
export function DeskPlan({ credential, desk }: DeskPlanProps) {
  const messages = useMessages();
  const plan = useDeskPlan(credential, desk.planUrl);
  if (plan.data === undefined) return null;
  // A desk not yet placed on the plan still gets its zone's plan, without a dot.
  const isPlaced = desk.planPosition !== null;
  return (
    <figure className="kiosk-plan">
      <div className="kiosk-plan__frame">
        <img
          className="kiosk-plan__image"
          src={plan.data}
          alt={
            isPlaced
              ? messages.greeting.planAlt(desk.zone)
              : messages.greeting.zonePlanAlt(desk.zone)
          }
        />
        {desk.planPosition !== null && (
          <span
            className="kiosk-plan__marker"
            style={{ left: `${desk.planPosition.x * 100}%`, top: `${desk.planPosition.y * 100}%` }}
            aria-hidden="true"
          />
        )}
      </div>
      <figcaption className="kiosk-plan__caption">
        {isPlaced ? messages.greeting.planCaption : messages.greeting.zonePlanCaption(desk.zone)}
      </figcaption>
    </figure>
  );
}
