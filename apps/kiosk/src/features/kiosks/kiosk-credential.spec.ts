import { describe, expect, it } from 'vitest';
import { readCredentialFromUrl } from './kiosk-credential';

describe('readCredentialFromUrl', () => {
  it('takes the credential and removes it from the address', () => {
    expect(readCredentialFromUrl('https://admz.example/kiosk/?cle=abc.DEF_123')).toEqual({
      credential: 'abc.DEF_123',
      cleanedUrl: 'https://admz.example/kiosk/',
    });
  });

  it('keeps the other parameters and the fragment', () => {
    expect(readCredentialFromUrl('https://admz.example/kiosk/?mode=test&cle=abc#top')).toEqual({
      credential: 'abc',
      cleanedUrl: 'https://admz.example/kiosk/?mode=test#top',
    });
  });

  it('decodes an encoded credential', () => {
    expect(readCredentialFromUrl('https://admz.example/kiosk/?cle=a%2Bb%2Fc%3D').credential).toBe(
      'a+b/c=',
    );
  });

  it('leaves an address without credential untouched', () => {
    const href = 'https://admz.example/kiosk/?mode=test';
    expect(readCredentialFromUrl(href)).toEqual({ credential: null, cleanedUrl: href });
  });

  it('removes an empty parameter without storing anything', () => {
    expect(readCredentialFromUrl('https://admz.example/kiosk/?cle=')).toEqual({
      credential: null,
      cleanedUrl: 'https://admz.example/kiosk/',
    });
  });
});
