import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  bulkCreateDesksSchema,
  createBookingSchema,
  createGuestInvitationSchema,
  createSiteSchema,
  isoDateSchema,
  replaceEventArchiveSchema,
  replaceWeeklyOpeningSchema,
  settingsPinSchema,
} from '../index';
import { schemaSentencesEn } from './schemas';

// The shared schemas' validation messages, read from their source with the TypeScript compiler:
// a French message must have its English sentence in `schemaSentencesEn`.

const sourceDirectory = join(__dirname, '..');

/** Properties whose value is a message: zod params (`{ message }`, `{ error }`), issues, locales. */
const messageProperties = new Set(['message', 'error', 'localeError']);
/** Zod checks whose params (a message, or an object holding one) come second: `.min(1, '…')`. */
const paramsSecond = new Set([
  'array',
  'enum',
  'gt',
  'gte',
  'length',
  'literal',
  'lt',
  'lte',
  'max',
  'maxLength',
  'maxSize',
  'min',
  'minLength',
  'minSize',
  'multipleOf',
  'refine',
  'regex',
  'size',
]);
/** Zod schemas and checks whose params come first: `z.string('…')`, `.int('…')`. */
const paramsFirst = new Set([
  'bigint',
  'boolean',
  'date',
  'datetime',
  'email',
  'int',
  'negative',
  'nonempty',
  'nonnegative',
  'nonpositive',
  'number',
  'positive',
  'string',
  'url',
  'uuid',
]);

type SourceFile = { fileName: string; text: string };
type SourceMessage = { skeleton: string; where: string };

/** Every validation message in the given sources, templates as skeletons (`Au plus {max} liens.`). */
function findSourceMessages(files: readonly SourceFile[]): SourceMessage[] {
  const sources = files.map(({ fileName, text }) =>
    ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true),
  );
  // A message may be a constant (`message: controlCharacterMessage`, `.refine(f, issue)`).
  const constants = new Map<string, ts.Expression[]>();
  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        constants.set(node.name.text, [...(constants.get(node.name.text) ?? []), node.initializer]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  const found: SourceMessage[] = [];
  for (const source of sources) {
    const collect = (expression: ts.Expression | undefined) => {
      if (expression === undefined) return;
      const { line } = source.getLineAndCharacterOfPosition(expression.getStart());
      for (const skeleton of skeletonsOf(expression, constants, new Set())) {
        found.push({ skeleton, where: `${source.fileName}:${line + 1}` });
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && messageProperties.has(propertyName(node.name))) {
        collect(node.initializer);
      } else if (ts.isShorthandPropertyAssignment(node) && messageProperties.has(node.name.text)) {
        collect(node.name);
      } else if (ts.isCallExpression(node)) {
        const name = calleeName(node.expression);
        const params = paramsSecond.has(name)
          ? node.arguments[1]
          : paramsFirst.has(name)
            ? node.arguments[0]
            : undefined;
        // An object of params is read by its properties above; only a bare message is taken here.
        if (params && !ts.isObjectLiteralExpression(params)) collect(params);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

function calleeName(callee: ts.Expression): string {
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return ts.isIdentifier(callee) ? callee.text : '';
}

/**
 * The texts an expression can be, interpolations as `{name}`: literals, templates, `+`,
 * both branches of `?:`, a constant's value, what a function (`localeError`) returns.
 * Anything else (a call, `problem.message`) is not a message written here: none.
 */
function skeletonsOf(
  expression: ts.Expression,
  constants: ReadonlyMap<string, readonly ts.Expression[]>,
  resolving: Set<string>,
): string[] {
  const again = (inner: ts.Expression) => skeletonsOf(inner, constants, resolving);
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return [expression.text];
  }
  if (ts.isTemplateExpression(expression)) {
    return [
      expression.head.text +
        expression.templateSpans
          .map((span) => `{${placeholderName(span.expression)}}${span.literal.text}`)
          .join(''),
    ];
  }
  if (
    ts.isParenthesizedExpression(expression) ||
    ts.isAsExpression(expression) ||
    ts.isSatisfiesExpression(expression)
  ) {
    return again(expression.expression);
  }
  if (ts.isConditionalExpression(expression)) {
    return [...again(expression.whenTrue), ...again(expression.whenFalse)];
  }
  if (
    ts.isBinaryExpression(expression) &&
    expression.operatorToken.kind === ts.SyntaxKind.PlusToken
  ) {
    const left = again(expression.left);
    const right = again(expression.right);
    if (left.length === 0 && right.length === 0) return [];
    const orPlaceholder = (texts: string[], side: ts.Expression) =>
      texts.length > 0 ? texts : [`{${placeholderName(side)}}`];
    return orPlaceholder(left, expression.left).flatMap((start) =>
      orPlaceholder(right, expression.right).map((end) => start + end),
    );
  }
  if (ts.isIdentifier(expression)) {
    const values = constants.get(expression.text) ?? [];
    if (resolving.has(expression.text)) return [];
    resolving.add(expression.text);
    const texts = values.flatMap(again);
    resolving.delete(expression.text);
    return texts;
  }
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) {
    if (!ts.isBlock(expression.body)) return again(expression.body);
    const returned: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
      if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    ts.forEachChild(expression.body, visit);
    return returned.flatMap(again);
  }
  return [];
}

/** `weekdayNames[a.weekday - 1]` → `weekday`, `max.toLocaleString('fr-FR')` → `max`. */
function placeholderName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  if (ts.isElementAccessExpression(expression)) {
    return placeholderName(expression.argumentExpression);
  }
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
    return placeholderName(expression.expression.expression);
  }
  if (ts.isBinaryExpression(expression)) return placeholderName(expression.left);
  if (ts.isParenthesizedExpression(expression)) return placeholderName(expression.expression);
  return 'value';
}

/** The shared library's own files: every non-spec `.ts` file but this table's folder. */
function readSchemaSources(): SourceFile[] {
  return readdirSync(sourceDirectory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .filter((file) => !file.startsWith('sentences-en'))
    .sort()
    .map((file) => ({ fileName: file, text: readFileSync(join(sourceDirectory, file), 'utf8') }));
}

const placeholder = /\{(\w+)\}/g;

/** A skeleton with its placeholders unnamed: `Au plus {max} liens.` → `Au plus {} liens.` */
const normalise = (skeleton: string) => skeleton.replace(placeholder, '{}');

const placeholderNames = (text: string) => [...text.matchAll(placeholder)].map(([, name]) => name);

/** A key as a pattern: literal text, each placeholder any non-empty text. */
function matcherOf(key: string): RegExp {
  const literals = key.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literals.join('(.+)')}$`, 'su');
}

/** One message a key stands for: its placeholders filled with a value. */
const sampleOf = (key: string) => key.replace(placeholder, '7');

const entries = Object.entries(schemaSentencesEn);

/** The first entry a French message matches, as a translator reading the table in order finds it. */
const firstEntryFor = (french: string) => entries.find(([key]) => matcherOf(key).test(french));

/** The English of a French message, its values carried over (this test's own small translator). */
function translate(french: string): string | undefined {
  const entry = firstEntryFor(french);
  if (entry === undefined) return undefined;
  const [key, english] = entry;
  const values = matcherOf(key).exec(french)?.slice(1) ?? [];
  const valueByName = new Map(placeholderNames(key).map((name, index) => [name, values[index]]));
  return english.replace(placeholder, (whole, name: string) => valueByName.get(name) ?? whole);
}

const sourceMessages = findSourceMessages(readSchemaSources());

describe('English table of the schemas’ messages', () => {
  test('every validation message of the schemas has its English sentence', () => {
    const keys = new Set(entries.map(([key]) => normalise(key)));
    const missing = sourceMessages
      .filter(({ skeleton }) => !keys.has(normalise(skeleton)))
      .map(({ skeleton, where }) => `${where}  ${skeleton}`);
    expect(missing).toEqual([]);
  });

  test('every entry stands for a message the schemas still write', () => {
    const matchers = sourceMessages.map(({ skeleton }) => matcherOf(skeleton));
    const stale = entries
      .map(([key]) => key)
      .filter((key) => !matchers.some((matcher) => matcher.test(sampleOf(key))));
    expect(stale).toEqual([]);
  });

  test('read in order, the first entry a message matches is its own (specific before general)', () => {
    const shadowed = entries
      .map(([key]) => ({ key, first: firstEntryFor(sampleOf(key))?.[0] }))
      .filter(({ key, first }) => first !== key);
    expect(shadowed).toEqual([]);
  });

  test('each English sentence has the placeholders of its French key, and no more', () => {
    const sorted = (text: string) => placeholderNames(text).sort();
    const different = entries.filter(
      ([key, english]) => sorted(key).join() !== sorted(english).join(),
    );
    expect(different).toEqual([]);
    expect(entries.filter(([, english]) => english.trim() === '')).toEqual([]);
  });
});

describe('the scanner that reads the messages', () => {
  const skeletons = sourceMessages.map(({ skeleton }) => skeleton);

  test('finds the forms the schemas use: constants, locale error, templates, concatenations', () => {
    expect(skeletons).toContain('Ce champ est obligatoire.');
    // `message: controlCharacterMessage`, twice in common.ts: the constant's text, each time.
    const controlCharacter = 'Ce texte contient un caractère de contrôle non autorisé.';
    expect(skeletons.filter((skeleton) => skeleton === controlCharacter)).toHaveLength(2);
    expect(skeletons).toContain("L'heure d'ouverture doit précéder l'heure de fermeture.");
    expect(skeletons).toContain('Le résumé fait au plus {maxArchiveSummaryLength} caractères.');
    expect(skeletons).toContain(
      'Les plages du {weekday} se chevauchent : {opensAt}–{closesAt} et {opensAt}–{closesAt}.',
    );
    expect(skeletons).toContain('Un site temporaire indique son premier jour.');
    expect(skeletons).not.toContain('Matin');
    expect(new Set(skeletons).size).toBeGreaterThan(200);
  });

  test('finds zod/mini params, bare string params and pushed issues, not other strings', () => {
    const found = findSourceMessages([
      {
        fileName: 'mini.ts',
        text: `
          const missing = 'Manque.';
          export const a = z.string().check(z.minLength(1, { error: 'Trop court.' }), z.maxLength(5, 'Trop long.'));
          export const b = z.number('Un nombre.').check(z.refine((n) => n > 0, missing));
          export const c = z.enum(['x', 'y'], { error: () => 'Inconnu.' });
          export const d = z.array(z.string()).check((ctx) => {
            ctx.issues.push({ code: 'custom', input: ctx.value, message: \`Au plus \${max} éléments.\` });
          });
          export const labels = { x: 'Étiquette', y: 'Autre étiquette' };
          export const e = z.literal('kiosk-message').describe('Une description.');
        `,
      },
    ]);
    expect(found.map(({ skeleton }) => skeleton).sort()).toEqual(
      [
        'Au plus {max} éléments.',
        'Inconnu.',
        'Manque.',
        'Trop court.',
        'Trop long.',
        'Un nombre.',
      ].sort(),
    );
  });
});

describe('messages the schemas give, in English', () => {
  const messagesOf = (result: { error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  test('each message of a few bad inputs has its entry', () => {
    const messages = [
      ...messagesOf(createBookingSchema.safeParse({})),
      ...messagesOf(
        createBookingSchema.safeParse({
          siteId: 'x',
          deskId: 'y',
          date: '2027-02-30',
          slot: 'night',
        }),
      ),
      ...messagesOf(
        createGuestInvitationSchema.safeParse({ givenName: '', usualName: 'x'.repeat(101) }),
      ),
      ...messagesOf(bulkCreateDesksSchema.safeParse({ first: -1, last: 1.5, zone: 'A' })),
      ...messagesOf(replaceEventArchiveSchema.safeParse({ summary: 'x'.repeat(5001), links: [] })),
      ...messagesOf(createSiteSchema.safeParse({ name: 'A', kind: 'temporary' })),
    ];
    expect(messages.length).toBeGreaterThan(15);
    expect(messages.filter((message) => translate(message) === undefined)).toEqual([]);
  });

  test('exact sentences, and values carried into the English', () => {
    expect(messagesOf(isoDateSchema.safeParse(undefined)).map(translate)).toEqual([
      'This field is required.',
    ]);
    expect(messagesOf(isoDateSchema.safeParse('2150-01-01')).map(translate)).toEqual([
      'The date must be between 2000 and 2100.',
    ]);
    expect(messagesOf(settingsPinSchema.safeParse('12')).map(translate)).toEqual([
      'The settings code has 4 to 8 digits.',
    ]);
    expect(
      messagesOf(replaceEventArchiveSchema.safeParse({ summary: 'x'.repeat(5001) })).map(translate),
    ).toEqual([`The summary must be at most ${(5000).toLocaleString('fr-FR')} characters.`]);
  });

  test('a French word in the message picks its own English entry, not the general pattern', () => {
    const guest = createGuestInvitationSchema.safeParse({
      givenName: '',
      usualName: 'x'.repeat(101),
    });
    expect(messagesOf(guest).map(translate)).toEqual(
      expect.arrayContaining([
        'Enter the guest’s first name.',
        'The surname must be at most 100 characters.',
      ]),
    );
    const desks = bulkCreateDesksSchema.safeParse({ first: -1, last: 100_000, zone: 'A' });
    expect(messagesOf(desks).map(translate)).toEqual([
      'The first number must be zero or more.',
      'The last number goes up to 99999 at most.',
      'At most 200 desks at a time: narrow the range of numbers.',
    ]);
    const hours = replaceWeeklyOpeningSchema.safeParse({
      weekly: [
        { weekday: 3, opensAt: '13:00', closesAt: '18:00' },
        { weekday: 3, opensAt: '08:00', closesAt: '14:00' },
      ],
    });
    expect(messagesOf(hours).map(translate)).toEqual([
      'Wednesday’s time ranges overlap: 08:00–14:00 and 13:00–18:00.',
    ]);
  });
});
