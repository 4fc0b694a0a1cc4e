import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { PlanViewport, planFractionAt } from './plan-viewport';

afterEach(cleanup);

function renderPlan() {
  return render(
    <PlanViewport
      plan={{ url: 'data:image/svg+xml,<svg/>', width: 800, height: 400 }}
      imageAlt="Plan de la zone Plateau ouvert"
      controlsLabel="Zoom du plan de la zone Plateau ouvert"
      pins={[{ id: 'a', x: 0.3, y: 0.4, fullText: 'A-05 libre', shortText: 'A-05' }]}
      renderPin={(pin, look) => (
        <button key={pin.id} type="button" className={look.className} style={look.style}>
          {pin.fullText}
        </button>
      )}
    />,
  );
}

describe('PlanViewport', () => {
  test('zooms in and out with buttons the keyboard reaches, within its limits, and resets', async () => {
    const person = userEvent.setup();
    renderPlan();
    const controls = screen.getByRole('group', { name: 'Zoom du plan de la zone Plateau ouvert' });
    expect(controls.textContent).toContain('Zoom 100 %');
    expect(screen.getByRole('button', { name: 'Dézoomer' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Plan entier' })).toHaveProperty('disabled', true);

    await person.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zoomer' }));
    await person.keyboard('{Enter}');
    expect(controls.textContent).toContain('Zoom 150 %');
    for (let press = 0; press < 5; press += 1) await person.keyboard('{Enter}');
    expect(controls.textContent).toContain('Zoom 400 %');
    expect(screen.getByRole('button', { name: 'Zoomer' })).toHaveProperty('disabled', true);

    await person.click(screen.getByRole('button', { name: 'Plan entier' }));
    expect(controls.textContent).toContain('Zoom 100 %');
    expect(screen.getByRole('img', { name: 'Plan de la zone Plateau ouvert' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'A-05 libre' })).toBeDefined();
  });
});

describe('planFractionAt', () => {
  const visible = { width: 400, height: 200 };
  const ratio = 0.5;

  test('at zoom 1 and no pan, the screen point is the plan point', () => {
    expect(planFractionAt({ x: 120, y: 80 }, { zoom: 1, x: 0, y: 0 }, visible, ratio)).toEqual({
      x: 0.3,
      y: 0.4,
    });
  });

  test('zoomed and panned, the point is read through the transform', () => {
    // Zoom 2: the plan is drawn 800 × 400, moved 300 px left and 100 px up.
    const view = { zoom: 2, x: -300, y: -100 };
    const point = planFractionAt({ x: 100, y: 60 }, view, visible, ratio)!;
    expect(point.x).toBeCloseTo(0.5, 10);
    expect(point.y).toBeCloseTo(0.4, 10);
    // The corners of what is on screen are the plan's points at the pan's edges.
    expect(planFractionAt({ x: 0, y: 0 }, view, visible, ratio)).toEqual({ x: 0.375, y: 0.25 });
    expect(planFractionAt({ x: 400, y: 200 }, view, visible, ratio)).toEqual({ x: 0.875, y: 0.75 });
  });

  test('a point where a marker is drawn at zoom 3 gives back that marker’s fraction', () => {
    const view = { zoom: 3, x: -517, y: -250 };
    const target = { x: 0.62, y: 0.71 };
    const onScreen = { x: view.x + target.x * 400 * 3, y: view.y + target.y * 200 * 3 };
    const point = planFractionAt(onScreen, view, visible, ratio)!;
    expect(point.x).toBeCloseTo(target.x, 10);
    expect(point.y).toBeCloseTo(target.y, 10);
  });

  test('a point outside the part of the plan on screen gives nothing', () => {
    const view = { zoom: 2, x: -300, y: -100 };
    expect(planFractionAt({ x: -1, y: 50 }, view, visible, ratio)).toBeNull();
    expect(planFractionAt({ x: 50, y: 201 }, view, visible, ratio)).toBeNull();
    expect(planFractionAt({ x: 50, y: 50 }, view, { width: 0, height: 0 }, ratio)).toBeNull();
  });
});
