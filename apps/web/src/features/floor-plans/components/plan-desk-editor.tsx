import type { Desk, PlanPosition, ZonePlan } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { floorPlansMessages } from '../floor-plans.messages';
import { useSetPlanPosition } from '../hooks/use-set-plan-position';
import { PlanViewport, type PlanViewportHandle } from './plan-viewport';

type PlanDeskEditorProps = { siteId: string; zone: string; plan: ZonePlan; desks: Desk[] };

type Drag = {
  deskId: string;
  pointerId: number;
  startX: number;
  startY: number;
  clientX: number;
  clientY: number;
  hasMoved: boolean;
  /** Where the desk would land on the plan now; null while the pointer is off the plan. */
  livePosition: PlanPosition | null;
};

const keyboardStep = 0.01;
const keyboardBigStep = 0.05;
const keyboardSaveDelayMs = 500;
const dragThresholdPixels = 4;

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * Host editor: drag desks from the side list onto the plan, drag them around, or select one and
 * move it with the arrow keys; every change is saved (shown at once, undone if refused).
 */
export function PlanDeskEditor({ siteId, zone, plan, desks }: PlanDeskEditorProps) {
  const viewportRef = useRef<PlanViewportHandle>(null);
  const markerRefs = useRef(new Map<string, HTMLButtonElement>());
  const saveTimers = useRef(new Map<string, number>());
  // A drag ends with a click on the dragged element: that click must not act again.
  const wasDragged = useRef(false);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [selectedDeskId, setSelectedDeskId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, PlanPosition>>({});
  const [status, setStatus] = useState('');
  const setPosition = useSetPlanPosition(siteId);
  const messages = useMessages(floorPlansMessages);
  const text = messages.editor;
  const percent = text.percent;

  useEffect(() => {
    const timers = saveTimers.current;
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, []);

  // After placing a desk from the list, move the focus to its new marker once it is drawn.
  const pendingFocusDeskId = useRef<string | null>(null);
  useEffect(() => {
    const marker = pendingFocusDeskId.current
      ? markerRefs.current.get(pendingFocusDeskId.current)
      : undefined;
    if (marker) {
      marker.focus();
      pendingFocusDeskId.current = null;
    }
  });

  const positionOf = (desk: Desk): PlanPosition | null => drafts[desk.id] ?? desk.planPosition;
  const placed = desks.filter((desk) => positionOf(desk) !== null);
  const unplaced = desks.filter((desk) => positionOf(desk) === null);
  const selectedDesk = desks.find((desk) => desk.id === selectedDeskId);

  function save(desk: Desk, position: PlanPosition | null) {
    // mutateAsync: each call settles on its own, even when another save started meanwhile.
    setPosition
      .mutateAsync({ deskId: desk.id, position })
      .then(() =>
        setStatus(
          position
            ? text.placed(desk.label, percent(position.x), percent(position.y))
            : text.removed(desk.label),
        ),
      )
      // The refusal is shown from the mutation's state; the desk goes back to where it was.
      .catch(() => undefined)
      .finally(() =>
        // Drop the draft only if it is still this one: a newer key press keeps its own.
        setDrafts((current) => {
          if (current[desk.id] !== position) return current;
          const others = { ...current };
          delete others[desk.id];
          return others;
        }),
      );
  }

  /** Through the plan's zoom and pan: where a desk dropped there lands on the plan. */
  function fractionAt(clientX: number, clientY: number): PlanPosition | null {
    const position = viewportRef.current?.fractionAt(clientX, clientY) ?? null;
    return position && { x: round(position.x), y: round(position.y) };
  }

  function startDrag(event: ReactPointerEvent<HTMLElement>, desk: Desk) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    wasDragged.current = false;
    setSelectedDeskId(desk.id);
    setDrag({
      deskId: desk.id,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      clientX: event.clientX,
      clientY: event.clientY,
      hasMoved: false,
      livePosition: null,
    });
  }

  function moveDrag(event: ReactPointerEvent<HTMLElement>) {
    if (!drag || drag.pointerId !== event.pointerId) return;
    const distance = Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY);
    setDrag({
      ...drag,
      clientX: event.clientX,
      clientY: event.clientY,
      hasMoved: drag.hasMoved || distance > dragThresholdPixels,
      livePosition: fractionAt(event.clientX, event.clientY),
    });
  }

  function endDrag(event: ReactPointerEvent<HTMLElement>, desk: Desk) {
    if (!drag || drag.pointerId !== event.pointerId) return;
    setDrag(null);
    wasDragged.current = drag.hasMoved;
    if (!drag.hasMoved) return;
    const position = fractionAt(event.clientX, event.clientY);
    if (position) {
      setDrafts((others) => ({ ...others, [desk.id]: position }));
      save(desk, position);
    } else setStatus(text.notDropped(desk.label));
  }

  /** Arrow keys move the selected marker; Delete takes it off the plan. */
  function handleMarkerKeyDown(event: KeyboardEvent<HTMLButtonElement>, desk: Desk) {
    const current = positionOf(desk);
    if (!current) return;
    const step = event.shiftKey ? keyboardBigStep : keyboardStep;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      removeFromPlan(desk);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setSelectedDeskId(desk.id);
    const next = { x: round(clamp(current.x + move[0])), y: round(clamp(current.y + move[1])) };
    setDrafts((others) => ({ ...others, [desk.id]: next }));
    viewportRef.current?.follow(desk.id);
    setStatus(text.moved(desk.label, percent(next.x), percent(next.y)));
    // Save once the keys rest, not at every press.
    window.clearTimeout(saveTimers.current.get(desk.id));
    saveTimers.current.set(
      desk.id,
      window.setTimeout(() => save(desk, next), keyboardSaveDelayMs),
    );
  }

  function placeAtCentre(desk: Desk) {
    const centre = { x: 0.5, y: 0.5 };
    setDrafts((others) => ({ ...others, [desk.id]: centre }));
    setSelectedDeskId(desk.id);
    pendingFocusDeskId.current = desk.id;
    save(desk, centre);
  }

  function removeFromPlan(desk: Desk) {
    window.clearTimeout(saveTimers.current.get(desk.id));
    setSelectedDeskId(null);
    save(desk, null);
  }

  const draggedDesk = drag?.hasMoved ? desks.find((desk) => desk.id === drag.deskId) : undefined;
  const isDraggingFromList = draggedDesk !== undefined && positionOf(draggedDesk) === null;

  return (
    <>
      <p id="admz-plan-editor-help" className={fr.cx('fr-text--sm')}>
        {text.help}
      </p>
      {setPosition.isError && (
        <Alert
          className={fr.cx('fr-mb-2w')}
          severity="error"
          small
          description={text.notSaved(describeError(setPosition.error))}
        />
      )}
      <p className="fr-sr-only" aria-live="polite">
        {status}
      </p>
      <div className="admz-plan-editor">
        <div>
          <div data-testid="plan-editor-surface">
            <PlanViewport
              ref={viewportRef}
              plan={plan}
              imageAlt={messages.plan.imageAlt(zone)}
              controlsLabel={messages.plan.controls(zone)}
              pinsMove
              pins={placed.map((desk) => {
                const isDragging = drag?.deskId === desk.id && drag.hasMoved;
                const position = (isDragging ? drag.livePosition : null) ?? positionOf(desk)!;
                return {
                  id: desk.id,
                  x: position.x,
                  y: position.y,
                  fullText: desk.label,
                  shortText: desk.label,
                };
              })}
              renderPin={(pin, look) => {
                const desk = placed.find((candidate) => candidate.id === pin.id)!;
                const isDragging = drag?.deskId === desk.id && drag.hasMoved;
                return (
                  <button
                    key={desk.id}
                    ref={(element) => {
                      if (element) markerRefs.current.set(desk.id, element);
                      else markerRefs.current.delete(desk.id);
                    }}
                    type="button"
                    data-pin-id={desk.id}
                    className={[
                      'admz-plan-desk',
                      'admz-plan-desk--editable',
                      fr.cx('fr-icon-drag-move-2-line'),
                      look.className,
                      isDragging ? 'admz-plan-desk--dragging' : '',
                      selectedDeskId === desk.id ? 'admz-plan-desk--selected' : '',
                    ].join(' ')}
                    style={look.style}
                    aria-pressed={selectedDeskId === desk.id}
                    aria-describedby="admz-plan-editor-help"
                    aria-label={text.marker(desk.label, percent(pin.x), percent(pin.y))}
                    onPointerDown={(event) => startDrag(event, desk)}
                    onPointerMove={moveDrag}
                    onPointerUp={(event) => endDrag(event, desk)}
                    onPointerCancel={() => setDrag(null)}
                    onKeyDown={(event) => handleMarkerKeyDown(event, desk)}
                    onClick={() => {
                      wasDragged.current = false;
                      setSelectedDeskId(desk.id);
                    }}
                  >
                    <span className="admz-plan-desk__text">
                      <span className="admz-plan-desk__label">{desk.label}</span>
                    </span>
                  </button>
                );
              }}
            />
          </div>
          {selectedDesk && positionOf(selectedDesk) && (
            <Button
              className={fr.cx('fr-mt-2w')}
              priority="secondary"
              size="small"
              iconId="fr-icon-delete-line"
              onClick={() => removeFromPlan(selectedDesk)}
            >
              {text.remove(selectedDesk.label)}
            </Button>
          )}
        </div>
        <div>
          <h3 className={fr.cx('fr-h6', 'fr-mb-1w')} id="admz-unplaced-heading">
            {text.toPlace(unplaced.length)}
          </h3>
          {unplaced.length === 0 ? (
            <p className={fr.cx('fr-text--sm')}>{text.allPlaced}</p>
          ) : (
            <ul
              className="admz-plan-unplaced admz-plain-list"
              aria-labelledby="admz-unplaced-heading"
            >
              {unplaced.map((desk) => (
                <li key={desk.id}>
                  <button
                    type="button"
                    className={`admz-plan-desk ${fr.cx('fr-icon-drag-move-2-line')}`}
                    aria-label={text.place(desk.label)}
                    aria-describedby="admz-plan-editor-help"
                    onPointerDown={(event) => startDrag(event, desk)}
                    onPointerMove={moveDrag}
                    onPointerUp={(event) => endDrag(event, desk)}
                    onPointerCancel={() => setDrag(null)}
                    onClick={() => {
                      if (wasDragged.current) wasDragged.current = false;
                      else placeAtCentre(desk);
                    }}
                  >
                    {desk.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {isDraggingFromList && drag && (
        <span
          className="admz-plan-desk admz-plan-desk--dragging admz-plan-ghost"
          style={{ left: drag.clientX, top: drag.clientY }}
          aria-hidden="true"
        >
          {draggedDesk.label}
        </span>
      )}
    </>
  );
}
