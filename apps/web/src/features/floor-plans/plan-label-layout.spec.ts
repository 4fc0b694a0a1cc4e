import { describe, expect, test } from 'vitest';
import { layOutLabels, type LabelPlacement, type LabelRequest } from './plan-label-layout';

const sizes = {
  full: { width: 90, height: 28 },
  short: { width: 56, height: 28 },
  dot: { width: 20, height: 20 },
};
const desk = (id: string, x: number, y: number): LabelRequest => ({ id, x, y, sizes });

function overlap(a: LabelPlacement, b: LabelPlacement): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

describe('layOutLabels', () => {
  test('a lone desk gets its full label, centred on its point', () => {
    expect(layOutLabels([desk('a', 0.5, 0.5)], { width: 400, height: 200 })).toEqual([
      { id: 'a', mode: 'full', left: 155, top: 86, width: 90, height: 28 },
    ]);
  });

  test('labels stay inside the plan, even for a desk on its edge', () => {
    const [corner] = layOutLabels([desk('a', 1, 0)], { width: 400, height: 200 });
    expect(corner).toMatchObject({ mode: 'full', left: 310, top: 0 });
  });

  test('crowded desks: no two labels overlap, and the crowd shrinks to short labels and dots', () => {
    const crowd = Array.from({ length: 12 }, (_, index) =>
      desk(`d${index}`, 0.3 + (index % 4) * 0.04, 0.4 + Math.floor(index / 4) * 0.06),
    );
    const plan = { width: 390, height: 195 };
    const placements = layOutLabels(crowd, plan);
    const labels = placements.filter((placement) => placement.mode !== 'dot');
    for (const [index, a] of labels.entries()) {
      for (const b of labels.slice(index + 1)) expect(overlap(a, b), `${a.id}/${b.id}`).toBe(false);
    }
    for (const placement of placements) {
      expect(placement.left).toBeGreaterThanOrEqual(0);
      expect(placement.top).toBeGreaterThanOrEqual(0);
      expect(placement.left + placement.width).toBeLessThanOrEqual(plan.width);
      expect(placement.top + placement.height).toBeLessThanOrEqual(plan.height);
    }
    expect(placements.some((placement) => placement.mode !== 'full')).toBe(true);

    // Zoomed in, the labels keep their size and the desks spread out: more full labels, and
    // with room enough, all of them.
    const fullCount = (zoom: number) =>
      layOutLabels(crowd, { width: plan.width * zoom, height: plan.height * zoom }).filter(
        (placement) => placement.mode === 'full',
      ).length;
    expect(fullCount(3)).toBeGreaterThan(fullCount(1));
    expect(fullCount(8)).toBe(crowd.length);
  });

  test('two desks on the same spot both get a label, side by side', () => {
    const placements = layOutLabels([desk('a', 0.5, 0.5), desk('b', 0.5, 0.5)], {
      width: 400,
      height: 200,
    });
    expect(placements.map((placement) => placement.mode)).toEqual(['full', 'full']);
    expect(overlap(placements[0]!, placements[1]!)).toBe(false);
  });
});
