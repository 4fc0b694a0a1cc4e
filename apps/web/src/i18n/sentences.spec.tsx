import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { setLanguage } from './language';
import { loadEnglishSentences, useSentence } from './sentences';

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
});

const french = 'Ce poste est déjà réservé sur ce créneau.';

function Refusal({ sentence }: { sentence: string }) {
  const translate = useSentence();
  return <p>{translate(sentence)}</p>;
}

describe('useSentence', () => {
  test('French as written while French is chosen', () => {
    render(<Refusal sentence={french} />);
    expect(screen.getByText(french)).toBeTruthy();
  });

  test('switching to English loads the table and shows the sentence in English', async () => {
    render(<Refusal sentence={french} />);
    await act(() => setLanguage('en'));
    expect(await screen.findByText('This desk is already booked for this slot.')).toBeTruthy();
    expect(screen.queryByText(french)).toBeNull();

    await act(() => setLanguage('fr'));
    expect(screen.getByText(french)).toBeTruthy();
  });

  test('a sentence with values, and one the table does not know', async () => {
    await loadEnglishSentences();
    await setLanguage('en');
    render(
      <>
        <Refusal sentence="Le poste B-7 est déjà réservé sur ce créneau." />
        <Refusal sentence="Une phrase que personne n’a traduite." />
      </>,
    );
    expect(screen.getByText('Desk B-7 is already booked for this slot.')).toBeTruthy();
    expect(screen.getByText('Une phrase que personne n’a traduite.')).toBeTruthy();
  });
});
