import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, expect, test } from 'vitest';
import { SkillTagsInput } from './skill-tags-input';

afterEach(cleanup);

function Harness({ initial = [] as string[] }) {
  const [tags, setTags] = useState(initial);
  return <SkillTagsInput tags={tags} onChange={setTags} />;
}

const field = () => screen.getByRole('textbox', { name: /Compétences \(mots-clés\)/ });
const shownTags = () =>
  screen.queryAllByRole('button', { name: /^Retirer / }).map((button) => button.textContent);

test('adds a tag with Enter or the button, and removes it with its own button', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.type(field(), '  données {Enter}');
  await user.type(field(), 'design');
  await user.click(screen.getByRole('button', { name: 'Ajouter' }));
  expect(shownTags()).toEqual(['données', 'design']);
  expect(field()).toHaveProperty('value', '');

  await user.click(screen.getByRole('button', { name: 'Retirer données' }));
  expect(shownTags()).toEqual(['design']);
});

test('refuses the same tag twice, accents and case aside, and an empty one', async () => {
  const user = userEvent.setup();
  render(<Harness initial={['Données']} />);
  await user.type(field(), 'DONNEES{Enter}');
  expect(screen.getByText('Cette compétence est déjà dans la liste.')).toBeTruthy();
  expect(shownTags()).toEqual(['Données']);
  await user.clear(field());
  await user.type(field(), '   {Enter}');
  expect(screen.getByText('Une compétence ne peut pas être vide.')).toBeTruthy();
});

test('stops at eight tags', async () => {
  render(<Harness initial={Array.from({ length: 8 }, (_, index) => `tag ${index}`)} />);
  expect(field()).toHaveProperty('disabled', true);
  expect(screen.getByRole('button', { name: 'Ajouter' })).toHaveProperty('disabled', true);
});
