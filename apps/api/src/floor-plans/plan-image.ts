import { UnprocessableEntityException } from '@nestjs/common';
import type { ZonePlanContentType } from '@admz/shared';

export type InspectedPlan = {
  image: Buffer;
  width: number;
  height: number;
  /** Elements and attributes removed from an SVG (script, onload…); empty for a PNG. */
  removedContent: string[];
};

/** Largest side accepted, in pixels: a plan is a picture of a floor, not a poster. */
const maxSide = 20_000;

/** Checks that the bytes are the image they claim to be and reads its size; an SVG is sanitised. */
export function inspectPlanImage(bytes: Buffer, contentType: ZonePlanContentType): InspectedPlan {
  return contentType === 'image/png' ? inspectPng(bytes) : sanitiseSvg(bytes);
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function inspectPng(bytes: Buffer): InspectedPlan {
  const isPng =
    bytes.length >= 8 + 25 + 12 &&
    bytes.subarray(0, 8).equals(pngSignature) &&
    bytes.readUInt32BE(8) === 13 &&
    bytes.toString('latin1', 12, 16) === 'IHDR' &&
    bytes.toString('latin1', bytes.length - 8, bytes.length - 4) === 'IEND';
  if (!isPng) {
    throw new UnprocessableEntityException(
      "Ce fichier n'est pas une image PNG valide : enregistrez le plan en PNG ou en SVG puis réessayez.",
    );
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  assertSize(width, height);
  return { image: bytes, width, height, removedContent: [] };
}

function assertSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) {
    throw new UnprocessableEntityException("L'image du plan n'a pas de taille lisible.");
  }
  if (width > maxSide || height > maxSide) {
    throw new UnprocessableEntityException(
      `Le plan est trop grand (${Math.round(width)} × ${Math.round(height)} pixels) : au plus ${maxSide} pixels de côté.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// SVG: parsed with a small strict XML reader, then written back from an allowlist, so that
// nothing the reader did not understand reaches an agent's browser.

type XmlElement = { name: string; attributes: [string, string][]; children: XmlNode[] };
type XmlNode = XmlElement | { text: string };

const invalidSvg = (reason: string) =>
  new UnprocessableEntityException(`Ce fichier n'est pas un SVG valide : ${reason}`);

/** Static drawing elements only: no script, foreignObject, animation (it can rewrite links) or iframe. */
const allowedElements = new Set(
  [
    'svg',
    'g',
    'defs',
    'title',
    'desc',
    'symbol',
    'use',
    'path',
    'rect',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'text',
    'tspan',
    'textPath',
    'linearGradient',
    'radialGradient',
    'stop',
    'pattern',
    'clipPath',
    'mask',
    'marker',
    'image',
    'style',
    'switch',
    'filter',
    'feGaussianBlur',
    'feOffset',
    'feBlend',
    'feFlood',
    'feComposite',
    'feMerge',
    'feMergeNode',
    'feColorMatrix',
    'feDropShadow',
  ].map((name) => name.toLowerCase()),
);

const namespaceDeclarations = new Set(['xmlns', 'xmlns:xlink', 'xmlns:svg']);

export function sanitiseSvg(bytes: Buffer): InspectedPlan {
  const source = decodeUtf8(bytes);
  const root = parseXml(source);
  if (localName(root.name) !== 'svg') {
    throw invalidSvg('le document doit commencer par un élément <svg>.');
  }
  const removed = new Set<string>();
  const cleanRoot = sanitiseElement(root, removed);
  if (!cleanRoot) throw invalidSvg('le document doit commencer par un élément <svg>.');
  if (!cleanRoot.attributes.some(([name]) => name === 'xmlns')) {
    // An SVG served as an image must declare its namespace, or browsers will not draw it.
    cleanRoot.attributes.unshift(['xmlns', 'http://www.w3.org/2000/svg']);
  }
  const { width, height } = readSvgSize(cleanRoot);
  assertSize(width, height);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(cleanRoot)}\n`;
  return { image: Buffer.from(text, 'utf8'), width, height, removedContent: [...removed] };
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw invalidSvg("le texte n'est pas encodé en UTF-8.");
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');

function sanitiseElement(element: XmlElement, removed: Set<string>): XmlElement | null {
  const prefix = prefixOf(element.name);
  const name = localName(element.name);
  if ((prefix !== '' && prefix !== 'svg') || !allowedElements.has(name.toLowerCase())) {
    removed.add(`<${element.name}>`);
    return null;
  }
  const attributes: [string, string][] = [];
  for (const [attributeName, value] of element.attributes) {
    if (isAllowedAttribute(name, attributeName, value)) attributes.push([attributeName, value]);
    else removed.add(attributeName);
  }
  const children: XmlNode[] = [];
  for (const child of element.children) {
    if ('text' in child) {
      if (name.toLowerCase() === 'style' && !isSafeCss(child.text)) {
        removed.add('<style> (ressource externe)');
        continue;
      }
      children.push(child);
    } else {
      const clean = sanitiseElement(child, removed);
      if (clean) children.push(clean);
    }
  }
  return { name: element.name, attributes, children };
}

function isAllowedAttribute(elementName: string, name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return false;
  if (lower.startsWith('xmlns')) {
    return namespaceDeclarations.has(lower) && !/javascript:/i.test(value);
  }
  const prefix = prefixOf(lower);
  if (prefix !== '' && prefix !== 'xlink' && prefix !== 'xml') return false;
  if (localName(lower) === 'href') {
    const target = value.trim();
    if (target.startsWith('#')) return true;
    // A drawing may embed its own bitmap; never a link out or a script URL.
    return (
      elementName.toLowerCase() === 'image' &&
      /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i.test(target)
    );
  }
  return isSafeCss(value);
}

/** No URL other than a reference inside the document, no script URL, no imported sheet. */
function isSafeCss(value: string): boolean {
  if (/javascript:|@import|expression\s*\(/i.test(value)) return false;
  return [...value.matchAll(/url\s*\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)].every(([, , target = '']) =>
    target.trim().startsWith('#'),
  );
}

function readSvgSize(root: XmlElement): { width: number; height: number } {
  const attribute = (name: string) => root.attributes.find(([key]) => key === name)?.[1];
  const viewBox = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , viewWidth, viewHeight] = viewBox ?? [];
  const fromViewBox =
    viewBox?.length === 4 &&
    viewBox.every(Number.isFinite) &&
    viewWidth !== undefined &&
    viewHeight !== undefined
      ? { width: viewWidth, height: viewHeight }
      : null;
  const width = toPixels(attribute('width'));
  const height = toPixels(attribute('height'));
  if (width !== null && height !== null) return { width, height };
  if (fromViewBox && fromViewBox.width > 0 && fromViewBox.height > 0) {
    // One side given: keep the viewBox's proportions.
    if (width !== null) return { width, height: (width * fromViewBox.height) / fromViewBox.width };
    if (height !== null)
      return { width: (height * fromViewBox.width) / fromViewBox.height, height };
    return fromViewBox;
  }
  throw new UnprocessableEntityException(
    "Le plan SVG doit indiquer sa taille : attributs width et height, ou viewBox sur l'élément <svg>.",
  );
}

const unitsInPixels: Record<string, number> = {
  '': 1,
  px: 1,
  pt: 4 / 3,
  pc: 16,
  mm: 96 / 25.4,
  cm: 96 / 2.54,
  in: 96,
};

function toPixels(value: string | undefined): number | null {
  const match = value ? /^\s*([0-9]*\.?[0-9]+)\s*(px|pt|pc|mm|cm|in)?\s*$/.exec(value) : null;
  if (!match) return null;
  const pixels = Number(match[1]) * (unitsInPixels[match[2] ?? ''] ?? NaN);
  return pixels > 0 ? pixels : null;
}

// ---------------------------------------------------------------------------------------------
// The XML reader: elements, attributes, text, CDATA, comments and processing instructions.
// DOCTYPE (entities) is refused outright: an image has no use for it.

const namePattern = /[A-Za-z_][\w.:-]*/y;
const maxDepth = 100;
const predefinedEntities: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

export function parseXml(source: string): XmlElement {
  let position = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  const fail = (reason: string): never => {
    throw invalidSvg(reason);
  };
  const skipPast = (marker: string, what: string) => {
    const end = source.indexOf(marker, position);
    if (end < 0) fail(`${what} non fermé.`);
    const content = source.slice(position, end);
    position = end + marker.length;
    return content;
  };
  const readName = (): string => {
    namePattern.lastIndex = position;
    const match = namePattern.exec(source);
    if (!match) return fail(`nom d'élément ou d'attribut attendu (caractère ${position}).`);
    position += match[0].length;
    return match[0];
  };
  const skipSpaces = () => {
    while (position < source.length && /\s/.test(source.charAt(position))) position += 1;
  };
  const addNode = (node: XmlNode) => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else if ('text' in node) {
      if (node.text.trim() !== '') fail('du texte se trouve en dehors de l’élément <svg>.');
    } else if (root) fail('le document contient plusieurs éléments racines.');
    else root = node;
  };

  while (position < source.length) {
    if (source.startsWith('<!--', position)) {
      position += 4;
      skipPast('-->', 'commentaire');
    } else if (source.startsWith('<![CDATA[', position)) {
      if (stack.length === 0) fail('section CDATA en dehors de l’élément <svg>.');
      position += 9;
      addNode({ text: skipPast(']]>', 'section CDATA') });
    } else if (source.startsWith('<!', position)) {
      fail('les déclarations DOCTYPE et ENTITY ne sont pas acceptées dans un plan.');
    } else if (source.startsWith('<?', position)) {
      position += 2;
      skipPast('?>', 'instruction de traitement');
    } else if (source.startsWith('</', position)) {
      position += 2;
      const name = readName();
      skipSpaces();
      if (source[position] !== '>') fail(`balise fermante </${name}> mal formée.`);
      position += 1;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`balise fermante </${name}> inattendue.`);
    } else if (source[position] === '<') {
      position += 1;
      if (stack.length >= maxDepth) fail(`éléments imbriqués sur plus de ${maxDepth} niveaux.`);
      const element: XmlElement = { name: readName(), attributes: [], children: [] };
      for (;;) {
        const before = position;
        skipSpaces();
        if (source.startsWith('/>', position)) {
          position += 2;
          addNode(element);
          break;
        }
        if (source[position] === '>') {
          position += 1;
          addNode(element);
          stack.push(element);
          break;
        }
        if (position === before) fail(`espace attendu dans la balise <${element.name}>.`);
        const attributeName = readName();
        skipSpaces();
        if (source[position] !== '=') fail(`valeur attendue pour l'attribut ${attributeName}.`);
        position += 1;
        skipSpaces();
        const quote = source.charAt(position);
        if (quote !== '"' && quote !== "'") fail(`guillemets attendus pour ${attributeName}.`);
        position += 1;
        const raw = skipPast(quote, `attribut ${attributeName}`);
        if (raw.includes('<')) fail(`caractère < dans l'attribut ${attributeName}.`);
        if (element.attributes.some(([name]) => name === attributeName)) {
          fail(`attribut ${attributeName} répété.`);
        }
        element.attributes.push([attributeName, decodeEntities(raw, fail)]);
        if (position >= source.length) fail(`balise <${element.name}> non fermée.`);
      }
    } else {
      const end = source.indexOf('<', position);
      const raw = source.slice(position, end < 0 ? source.length : end);
      position += raw.length;
      addNode({ text: decodeEntities(raw, fail) });
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed) fail(`élément <${unclosed.name}> non fermé.`);
  if (!root) return fail('aucun élément <svg> trouvé.');
  return root;
}

function decodeEntities(raw: string, fail: (reason: string) => never): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) return fail('caractère & isolé (écrivez &amp;).');
    // Own keys only: `&constructor;` must not reach Object.prototype.
    const predefined = Object.hasOwn(predefinedEntities, entity)
      ? predefinedEntities[entity]
      : undefined;
    if (predefined !== undefined) return predefined;
    const code = /^#x([0-9a-f]+)$/i.exec(entity)
      ? parseInt(entity.slice(2), 16)
      : /^#[0-9]+$/.test(entity)
        ? parseInt(entity.slice(1), 10)
        : NaN;
    if (!Number.isFinite(code) || code > 0x10ffff) return fail(`entité &${entity}; inconnue.`);
    return String.fromCodePoint(code);
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function serialise(element: XmlElement): string {
  const attributes = element.attributes
    .map(([name, value]) => ` ${name}="${escapeXml(value).replace(/"/g, '&quot;')}"`)
    .join('');
  if (element.children.length === 0) return `<${element.name}${attributes}/>`;
  const children = element.children
    .map((child) => ('text' in child ? escapeXml(child.text) : serialise(child)))
    .join('');
  return `<${element.name}${attributes}>${children}</${element.name}>`;
}
