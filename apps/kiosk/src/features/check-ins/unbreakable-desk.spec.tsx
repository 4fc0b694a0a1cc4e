import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { withUnbreakableDesk } from './unbreakable-desk';

describe('desk labels on the kiosk', () => {
  test('the label is kept whole in a no-wrap span, the sentence unchanged', () => {
    const { container } = render(
      <h1>{withUnbreakableDesk('Bienvenue Camille — poste A-01', 'A-01')}</h1>,
    );
    expect(container.textContent).toBe('Bienvenue Camille — poste A-01');
    const label = container.querySelector('.kiosk-desk-label');
    expect(label?.textContent).toBe('A-01');
  });

  test('a sentence without the label stays as it is', () => {
    expect(withUnbreakableDesk('Bonjour', 'A-01')).toBe('Bonjour');
  });
});
