import { fr } from '@codegouvfr/react-dsfr';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useMessages } from '../../../i18n/language';
import { floorPlansMessages } from '../floor-plans.messages';
import { layOutLabels, type LabelMode, type LabelPlacement } from '../plan-label-layout';
import { positionStyle } from './plan-desk-marker';

export type PlanPin = {
  id: string;
  /** Fractions of the plan's width and height. */
  x: number;
  y: number;
  /** « A-05 libre » and « A-05 »: what the label shows with room, and with less room. */
  fullText: string;
  shortText: string;
};

export type PinLook = { mode: LabelMode; className: string; style: CSSProperties };

type PlanViewportProps = {
  plan: { url: string; width: number; height: number };
  imageAlt: string;
  /** Names the zoom buttons' group: « Zoom du plan de la zone … ». */
  controlsLabel: string;
  pins: PlanPin[];
  /** Draws a desk; `look` places it and says how much of its text shows. */
  renderPin: (pin: PlanPin, look: PinLook) => ReactNode;
  /**
   * The editor's mode: a drag that starts on a desk (an element with `data-pin-id`) is left to
   * the desk, which moves; only a drag on the plan itself pans it.
   */
  pinsMove?: boolean;
  /** Converts a pointer's place on the screen to a place on the plan (see `planFractionAt`). */
  ref?: Ref<PlanViewportHandle>;
};

export type PlanViewportHandle = {
  /**
   * The point of the plan under the screen point (clientX, clientY), as fractions of the plan's
   * width and height, through the current zoom and pan; null when the point is outside the part
   * of the plan on screen.
   */
  fractionAt: (clientX: number, clientY: number) => { x: number; y: number } | null;
  /** Keeps the desk `id` in view after its next move (arrow keys at a high zoom). */
  follow: (id: string) => void;
};

const minZoom = 1;
const maxZoom = 4;
const zoomStep = 1.5;
/** A pointer that moved less than this is a click (on a desk), not a drag of the plan. */
const dragThreshold = 5;

// Sizes of `.admz-plan-desk` (floor-plans.css): 13 px bold text, a 16 px icon, 4 px gap,
// 2 × 8 px padding, 2 × 2 px border; a dot is the icon in its border.
const labelHeight = 28;
const labelChrome = 16 + 4 + 16 + 4;
const dotSize = 24;
let measuringContext: CanvasRenderingContext2D | null | undefined;

function measureText(text: string): number {
  if (measuringContext === undefined) {
    try {
      measuringContext = document.createElement('canvas').getContext('2d');
    } catch {
      measuringContext = null;
    }
  }
  if (!measuringContext) return text.length * 8.5;
  measuringContext.font = '700 13px Marianne, arial, sans-serif';
  // A margin for the web font, which may not be the one measured.
  return measuringContext.measureText(text).width * 1.1 + 2;
}

function labelSize(text: string) {
  return { width: Math.ceil(labelChrome + measureText(text)), height: labelHeight };
}

export type View = { zoom: number; x: number; y: number };

/**
 * The point of the plan under `point` (pixels from the viewport's top left corner, inside its
 * border), as fractions of the plan's width and height. The plan is drawn `zoom` times the
 * viewport's width, moved by (view.x, view.y); `visible` is the viewport's size: a point outside
 * it is over no part of the plan one can see, and gives null.
 */
export function planFractionAt(
  point: { x: number; y: number },
  view: View,
  visible: { width: number; height: number },
  ratio: number,
): { x: number; y: number } | null {
  if (visible.width <= 0 || visible.height <= 0) return null;
  if (point.x < 0 || point.y < 0 || point.x > visible.width || point.y > visible.height) {
    return null;
  }
  const stageWidth = visible.width * view.zoom;
  const stageHeight = stageWidth * ratio;
  const x = (point.x - view.x) / stageWidth;
  const y = (point.y - view.y) / stageHeight;
  if (x < 0 || x > 1 || y < 0 || y > 1) return null;
  return { x, y };
}

/**
 * A zone's plan that pans (drag with a finger or the mouse) and zooms (pinch, Ctrl + wheel, or
 * the buttons, which the keyboard reaches), its desks drawn at their place on the plan with
 * labels that never overlap and never leave it. Zooming grows the plan, not the labels: crowded
 * desks get room for their full label. A desk reached with Tab is brought into view.
 */
export function PlanViewport({
  plan,
  imageAlt,
  controlsLabel,
  pins,
  renderPin,
  pinsMove = false,
  ref,
}: PlanViewportProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [viewportWidth, setViewportWidth] = useState(0);
  const [view, setView] = useState<View>({ zoom: 1, x: 0, y: 0 });
  const ratio = plan.height / plan.width;
  const viewportHeight = viewportWidth * ratio;
  const stageWidth = viewportWidth * view.zoom;
  const stageHeight = stageWidth * ratio;

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setViewportWidth(entry.contentRect.width);
    });
    observer.observe(viewport);
    return () => observer.disconnect();
  }, []);

  const clampView = useCallback(
    (next: View): View => {
      const zoom = Math.min(maxZoom, Math.max(minZoom, next.zoom));
      const width = viewportWidth * zoom;
      const height = width * ratio;
      return {
        zoom,
        x: Math.min(0, Math.max(viewportWidth - width, next.x)),
        y: Math.min(0, Math.max(viewportWidth * ratio - height, next.y)),
      };
    },
    [viewportWidth, ratio],
  );

  /** Zooms by `factor` keeping the plan's point under (pointX, pointY) of the viewport still. */
  const zoomAt = useCallback(
    (factor: number, pointX: number, pointY: number) =>
      setView((current) => {
        const zoom = Math.min(maxZoom, Math.max(minZoom, current.zoom * factor));
        const scale = zoom / current.zoom;
        return clampView({
          zoom,
          x: pointX - (pointX - current.x) * scale,
          y: pointY - (pointY - current.y) * scale,
        });
      }),
    [clampView],
  );

  // Ctrl + wheel (and a trackpad's pinch, which browsers send as such) zooms; the wheel alone
  // scrolls the page, as everywhere else.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.01), event.clientX - box.left, event.clientY - box.top);
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [zoomAt]);

  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const travelled = useRef(0);
  const wasDragged = useRef(false);

  function onPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // In the editor a desk under the pointer is dragged by the desk's own handlers.
    if (pinsMove && (event.target as Element).closest('[data-pin-id]')) return;
    if (pointers.current.size === 0) {
      travelled.current = 0;
      wasDragged.current = false;
    }
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  }

  function onPointerMove(event: ReactPointerEvent<HTMLDivElement>) {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const current = { x: event.clientX, y: event.clientY };
    const others = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId);
    pointers.current.set(event.pointerId, current);
    const box = event.currentTarget.getBoundingClientRect();
    if (others.length === 0) {
      const dx = current.x - previous.x;
      const dy = current.y - previous.y;
      travelled.current += Math.hypot(dx, dy);
      if (travelled.current < dragThreshold) return;
      if (!wasDragged.current) {
        wasDragged.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      setView((view) => clampView({ ...view, x: view.x + dx, y: view.y + dy }));
      return;
    }
    // Two fingers: the distance between them zooms, around the point between them.
    const [, other] = others[0]!;
    const before = Math.hypot(previous.x - other.x, previous.y - other.y);
    const after = Math.hypot(current.x - other.x, current.y - other.y);
    wasDragged.current = true;
    if (before > 0) {
      zoomAt(
        after / before,
        (current.x + other.x) / 2 - box.left,
        (current.y + other.y) / 2 - box.top,
      );
    }
  }

  function onPointerEnd(event: ReactPointerEvent<HTMLDivElement>) {
    pointers.current.delete(event.pointerId);
  }

  const placements = useMemo(() => {
    if (stageWidth === 0) return new Map<string, LabelPlacement>();
    const requests = pins.map((pin) => ({
      id: pin.id,
      x: pin.x,
      y: pin.y,
      sizes: {
        full: labelSize(pin.fullText),
        short: labelSize(pin.shortText),
        dot: { width: dotSize, height: dotSize },
      },
    }));
    return new Map(
      layOutLabels(requests, { width: stageWidth, height: stageHeight }).map((placement) => [
        placement.id,
        placement,
      ]),
    );
  }, [pins, stageWidth, stageHeight]);

  /** A desk reached with the keyboard is brought into view. */
  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const id = (event.target as HTMLElement).dataset.pinId;
    const placement = id ? placements.get(id) : undefined;
    if (placement) bringIntoView(placement);
  }

  function bringIntoView(placement: LabelPlacement) {
    setView((current) => {
      const margin = 8;
      let { x, y } = current;
      if (placement.left + x < margin) x = margin - placement.left;
      if (placement.left + placement.width + x > viewportWidth - margin) {
        x = viewportWidth - margin - placement.left - placement.width;
      }
      if (placement.top + y < margin) y = margin - placement.top;
      if (placement.top + placement.height + y > viewportHeight - margin) {
        y = viewportHeight - margin - placement.top - placement.height;
      }
      return clampView({ ...current, x, y });
    });
  }

  // A desk moved with the keyboard (the editor) is followed once its label is laid out anew.
  const pendingReveal = useRef<string | null>(null);
  useEffect(() => {
    const placement = pendingReveal.current ? placements.get(pendingReveal.current) : undefined;
    if (!placement) return;
    pendingReveal.current = null;
    bringIntoView(placement);
  });

  // Drawn clamped: the view stays valid when the viewport is resized (a phone turned on its side).
  const shown = clampView(view);

  useImperativeHandle(
    ref,
    () => ({
      fractionAt(clientX, clientY) {
        const viewport = viewportRef.current;
        if (!viewport) return null;
        const box = viewport.getBoundingClientRect();
        // The stage sits inside the viewport's border, the width the ResizeObserver measured.
        const width = box.width - viewport.clientLeft * 2;
        return planFractionAt(
          {
            x: clientX - box.left - viewport.clientLeft,
            y: clientY - box.top - viewport.clientTop,
          },
          shown,
          { width, height: box.height - viewport.clientTop * 2 },
          ratio,
        );
      },
      follow(id) {
        pendingReveal.current = id;
      },
    }),
    [ratio, shown],
  );
  const hasDots = [...placements.values()].some((placement) => placement.mode === 'dot');
  const zoomPercent = Math.round(shown.zoom * 100);
  const messages = useMessages(floorPlansMessages).plan;

  return (
    <div className="admz-plan-viewer">
      <div className="admz-plan-controls" role="group" aria-label={controlsLabel}>
        <button
          type="button"
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--sm')}
          disabled={view.zoom >= maxZoom}
          onClick={() => zoomAt(zoomStep, viewportWidth / 2, viewportHeight / 2)}
        >
          {messages.zoomIn}
        </button>
        <button
          type="button"
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--sm')}
          disabled={view.zoom <= minZoom}
          onClick={() => zoomAt(1 / zoomStep, viewportWidth / 2, viewportHeight / 2)}
        >
          {messages.zoomOut}
        </button>
        <button
          type="button"
          className={fr.cx('fr-btn', 'fr-btn--tertiary', 'fr-btn--sm')}
          disabled={view.zoom === minZoom}
          onClick={() => setView({ zoom: 1, x: 0, y: 0 })}
        >
          {messages.wholePlan}
        </button>
        <span className={fr.cx('fr-text--sm', 'fr-mb-0')} aria-live="polite">
          {messages.zoom(zoomPercent)}
        </span>
      </div>
      <div
        ref={viewportRef}
        className="admz-plan admz-plan--viewport"
        style={{
          aspectRatio: `${plan.width} / ${plan.height}`,
          touchAction: view.zoom > minZoom ? 'none' : 'pan-y',
          cursor: view.zoom > minZoom ? 'grab' : undefined,
        }}
        data-zoom={view.zoom}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onClickCapture={(event) => {
          // The end of a drag is no click on the desk under the finger.
          if (wasDragged.current) {
            event.preventDefault();
            event.stopPropagation();
            wasDragged.current = false;
          }
        }}
        onFocus={onFocus}
      >
        <div
          className="admz-plan__stage"
          style={
            stageWidth > 0
              ? {
                  width: stageWidth,
                  height: stageHeight,
                  transform: `translate(${shown.x}px, ${shown.y}px)`,
                }
              : undefined
          }
        >
          <img className="admz-plan__image" src={plan.url} alt={imageAlt} draggable={false} />
          {pins.map((pin) => {
            const placement = placements.get(pin.id);
            const look: PinLook = placement
              ? {
                  mode: placement.mode,
                  className: `admz-plan-desk--placed admz-plan-desk--${placement.mode}`,
                  style: {
                    left: placement.left,
                    top: placement.top,
                    width: placement.width,
                    height: placement.height,
                  },
                }
              : { mode: 'full', className: '', style: positionStyle(pin) };
            return renderPin(pin, look);
          })}
        </div>
      </div>
      <p className={fr.cx('fr-text--xs', 'fr-mt-1v', 'fr-mb-0')}>
        {pinsMove ? messages.panEditor : messages.pan}
        {hasDots && messages.dots}
      </p>
    </div>
  );
}
