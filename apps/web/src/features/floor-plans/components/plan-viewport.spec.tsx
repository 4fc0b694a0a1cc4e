import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { PlanViewport } from './plan-viewport';

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
