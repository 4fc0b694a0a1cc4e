/**
 * Where each desk's label goes on a plan drawn `width` × `height` pixels: never over another
 * label, never past the plan's edges. Each label tries, in turn, to sit on its point, beside it,
 * above or below it; when its full text (« A-05 libre ») fits nowhere it tries its short text
 * (« A-05 »), and when that fits nowhere either it becomes a dot whose text shows on focus or
 * hover (zooming in makes room: the plan grows, the labels keep their size).
 */

export type LabelMode = 'full' | 'short' | 'dot';

export type LabelRequest = {
  id: string;
  /** The point on the plan, as a fraction of its width and height. */
  x: number;
  y: number;
  /** The label's size in pixels for each mode. */
  sizes: Record<LabelMode, { width: number; height: number }>;
};

export type LabelPlacement = {
  id: string;
  mode: LabelMode;
  /** The label's top left corner on the plan, in pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
};

type Rect = { left: number; top: number; width: number; height: number };

const gap = 2;

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width + gap &&
    b.left < a.left + a.width + gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** Boxes of the given size around the point, the centred one first. */
function candidates(
  pointX: number,
  pointY: number,
  size: { width: number; height: number },
  plan: { width: number; height: number },
): Rect[] {
  const { width, height } = size;
  const half = height / 2;
  const corners: [number, number][] = [
    [pointX - width / 2, pointY - half], // centred on the point
    [pointX - half, pointY - half], // the point under the icon, the text to the right
    [pointX - width + half, pointY - half], // the text to the left
    [pointX - width / 2, pointY - height + half / 2], // above
    [pointX - width / 2, pointY - half / 2], // below
    [pointX - half, pointY - height + half / 2],
    [pointX - width + half, pointY - height + half / 2],
    [pointX - half, pointY - half / 2],
    [pointX - width + half, pointY - half / 2],
    // Last, next to a label centred on the same point (two desks on one spot).
    [pointX - width / 2, pointY - half - gap - height - 1],
    [pointX - width / 2, pointY + half + gap + 1],
  ];
  return corners.map(([left, top]) => ({
    left: clamp(left, 0, plan.width - width),
    top: clamp(top, 0, plan.height - height),
    width,
    height,
  }));
}

export function layOutLabels(
  requests: readonly LabelRequest[],
  plan: { width: number; height: number },
): LabelPlacement[] {
  // Every desk's point is kept clear first (a dot's worth): a label never hides another desk.
  const dots = new Map(
    requests.map((request) => {
      const [dot] = candidates(
        request.x * plan.width,
        request.y * plan.height,
        request.sizes.dot,
        plan,
      );
      return [request.id, dot!];
    }),
  );
  const labels: Rect[] = [];
  // Top to bottom, left to right: the same plan always gets the same layout.
  const ordered = [...requests].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  const byId = new Map<string, LabelPlacement>();
  for (const request of ordered) {
    const pointX = request.x * plan.width;
    const pointY = request.y * plan.height;
    const ownDot = dots.get(request.id)!;
    // Desks on (almost) the same spot do not block each other: their labels go side by side.
    const isFree = (box: Rect) =>
      labels.every((other) => !overlaps(box, other)) &&
      requests.every((other) => {
        const otherDot = dots.get(other.id)!;
        return other.id === request.id || overlaps(ownDot, otherDot) || !overlaps(box, otherDot);
      });
    let chosen: LabelPlacement = { id: request.id, mode: 'dot', ...ownDot };
    for (const mode of ['full', 'short'] as const) {
      const box = candidates(pointX, pointY, request.sizes[mode], plan).find(isFree);
      if (box) {
        chosen = { id: request.id, mode, ...box };
        labels.push(box);
        break;
      }
    }
    // A desk left as a dot keeps its spot clear of the labels that come after it.
    if (chosen.mode === 'dot') labels.push(ownDot);
    byId.set(request.id, chosen);
  }
  return requests.map((request) => byId.get(request.id)!);
}
