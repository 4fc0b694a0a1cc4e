import { describe, expect, test } from 'vitest';
import { inspectPlanImage, sanitiseSvg } from './plan-image';

const svg = (body: string, attributes = 'width="100" height="50"') =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${body}</svg>`);

describe('sanitiseSvg', () => {
  test('keeps a plain drawing and its text, escaped again', () => {
    const result = sanitiseSvg(
      svg('<rect width="10" height="10"/><text>A &amp; B &lt;C&gt;</text>'),
    );
    const text = result.image.toString('utf8');
    expect(text).toContain('<rect width="10" height="10"/>');
    expect(text).toContain('A &amp; B &lt;C&gt;');
    expect(result.removedContent).toEqual([]);
  });

  test('removes scripts, handlers, foreign objects, animations and outside links', () => {
    const result = sanitiseSvg(
      svg(
        `<script><![CDATA[alert(1)]]></script><g onclick="x()"><rect onmouseover="y()"/></g>
         <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
         <animate attributeName="href" values="javascript:alert(1)"/>
         <use href="https://example.org/sprite.svg#a"/><use href="#a"/>
         <rect style="fill:url(https://example.org/a.png)"/><rect fill="url(#gradient)"/>`,
      ),
    );
    const text = result.image.toString('utf8');
    for (const gone of [
      'script',
      'onclick',
      'onmouseover',
      'foreignObject',
      'animate',
      'example.org',
    ]) {
      expect(text, gone).not.toContain(gone);
    }
    expect(text).toContain('<use href="#a"/>');
    expect(text).toContain('fill="url(#gradient)"');
    expect(result.removedContent).toEqual(
      expect.arrayContaining([
        '<script>',
        'onclick',
        '<foreignObject>',
        '<animate>',
        'href',
        'style',
      ]),
    );
  });

  test('keeps an embedded bitmap but not a remote one', () => {
    const embedded = 'data:image/png;base64,iVBORw0KGgo=';
    const text = sanitiseSvg(
      svg(`<image href="${embedded}"/><image href="http://example.org/x.png"/>`),
    ).image.toString('utf8');
    expect(text).toContain(embedded);
    expect(text).not.toContain('example.org');
  });

  test('reads the size from width/height, with units, or from the viewBox', () => {
    expect(sanitiseSvg(svg('', 'width="800" height="400"'))).toMatchObject({
      width: 800,
      height: 400,
    });
    expect(sanitiseSvg(svg('', 'width="1in" height="96px"'))).toMatchObject({
      width: 96,
      height: 96,
    });
    expect(sanitiseSvg(svg('', 'viewBox="0 0 300 150"'))).toMatchObject({
      width: 300,
      height: 150,
    });
    expect(sanitiseSvg(svg('', 'width="600" viewBox="0 0 300 150"'))).toMatchObject({
      width: 600,
      height: 300,
    });
    expect(() => sanitiseSvg(svg('', 'width="100%"'))).toThrow(/taille/);
  });

  test('refuses what is not well-formed XML with an <svg> root, or declares entities', () => {
    expect(() => sanitiseSvg(Buffer.from('<svg width="1" height="1"><g></svg>'))).toThrow(
      /inattendue/,
    );
    expect(() => sanitiseSvg(Buffer.from('<html/>'))).toThrow(/<svg>/);
    expect(() => sanitiseSvg(Buffer.from('<!DOCTYPE svg><svg/>'))).toThrow(/DOCTYPE/);
    expect(() => sanitiseSvg(Buffer.from('<svg width="1" height="1">&nbsp;</svg>'))).toThrow(
      /entité/,
    );
    // Names of Object.prototype are no entities either.
    expect(() => sanitiseSvg(Buffer.from('<svg width="1" height="1">&constructor;</svg>'))).toThrow(
      /entité/,
    );
    expect(() => sanitiseSvg(Buffer.from('<svg/><svg/>'))).toThrow(/plusieurs/);
    expect(() => sanitiseSvg(Buffer.from([0xff, 0xfe, 0x3c]))).toThrow(/UTF-8/);
    const deep = `${'<g>'.repeat(500)}${'</g>'.repeat(500)}`;
    expect(() => sanitiseSvg(svg(deep))).toThrow(/niveaux/);
  });
});

describe('inspectPlanImage (PNG)', () => {
  test('refuses bytes that are not a PNG', () => {
    expect(() => inspectPlanImage(Buffer.from('<svg/>'), 'image/png')).toThrow(/PNG valide/);
  });
});
