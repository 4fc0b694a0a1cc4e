import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { apiSentencesEn } from '@admz/shared/sentences-en';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// Every sentence the API can send has an English entry: the literals given to an exception, or
// written where the API keeps its refusals (a `message`, a constraint's `sentence`, a closed day's
// `closedReason`, an upload's `tooLarge`/`unreadable`), read from the source itself.

const sourceRoot = `${resolve(__dirname, '..')}/`;
const sentenceProperties = new Set([
  'message',
  'sentence',
  'closedReason',
  'tooLarge',
  'unreadable',
  'describeRefusal',
]);
// Tables of sentences (`defaultMessages`), and functions that return a refusal to throw.
const sentenceTable = /(Messages|Sentences)$/;
const sentenceFunction = /(Refusal|Sentence|Closure|OutsideSiteDates|DatesProblem)$/;
// Boot errors, for the person deploying: in English, never sent to a client.
const ignoredFiles = new Set(['config.ts']);

function listSourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `deskLabel`, `site.name`, `formatDate(x)` → a placeholder name. */
function placeholderName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  if (ts.isCallExpression(expression)) return placeholderName(expression.expression);
  if (ts.isParenthesizedExpression(expression)) return placeholderName(expression.expression);
  return 'value';
}

/** The sentences an expression can produce, templates in placeholder form. */
function sentencesOf(expression: ts.Expression): string[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return [expression.text];
  }
  if (ts.isParenthesizedExpression(expression)) return sentencesOf(expression.expression);
  if (ts.isConditionalExpression(expression)) {
    return [...sentencesOf(expression.whenTrue), ...sentencesOf(expression.whenFalse)];
  }
  if (
    ts.isBinaryExpression(expression) &&
    (expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      expression.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    return [...sentencesOf(expression.left), ...sentencesOf(expression.right)];
  }
  if (
    ts.isBinaryExpression(expression) &&
    expression.operatorToken.kind === ts.SyntaxKind.PlusToken
  ) {
    const ends = sentencesOf(expression.right);
    return sentencesOf(expression.left).flatMap((start) => ends.map((end) => start + end));
  }
  // `sentence.trim()`
  if (
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression) &&
    expression.expression.name.text === 'trim'
  ) {
    return sentencesOf(expression.expression.expression).map((sentence) => sentence.trim());
  }
  if (ts.isArrowFunction(expression) && !ts.isBlock(expression.body)) {
    return sentencesOf(expression.body);
  }
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.flatMap((property) =>
      ts.isPropertyAssignment(property) && property.name.getText() === 'message'
        ? sentencesOf(property.initializer)
        : [],
    );
  }
  if (ts.isTemplateExpression(expression)) {
    // A span choosing between literals is written out once per choice; any other is a value.
    let variants = [expression.head.text];
    for (const span of expression.templateSpans) {
      const parts = spanParts(span.expression);
      variants = variants.flatMap((start) =>
        parts.map((part) => `${start}${part}${span.literal.text}`),
      );
    }
    return variants;
  }
  return [];
}

/** What a template's `${…}` writes: the literals it chooses between, else a placeholder. */
function spanParts(expression: ts.Expression): string[] {
  if (ts.isParenthesizedExpression(expression)) return spanParts(expression.expression);
  if (ts.isConditionalExpression(expression)) {
    return [...spanParts(expression.whenTrue), ...spanParts(expression.whenFalse)];
  }
  if (
    ts.isBinaryExpression(expression) &&
    expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
  ) {
    return [...spanParts(expression.left), ...spanParts(expression.right)];
  }
  const literals = sentencesOf(expression);
  return literals.length > 0 ? literals : [`{${placeholderName(expression)}}`];
}

/** A sentence: some words, not an identifier or a code. */
const isSentence = (text: string): boolean => /\s/.test(text.trim());

function findApiSentences(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of listSourceFiles(sourceRoot)) {
    if (ignoredFiles.has(file.slice(sourceRoot.length))) continue;
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const collect = (expression: ts.Expression | undefined, node: ts.Node) => {
      if (!expression) return;
      for (const sentence of sentencesOf(expression)) {
        if (!isSentence(sentence)) continue;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.set(sentence, `${file.slice(sourceRoot.length)}:${line + 1}`);
      }
    };
    const collectReturns = (body: ts.Node) => {
      if (!ts.isBlock(body)) return collect(body as ts.Expression, body);
      const visitReturns = (node: ts.Node): void => {
        if (ts.isReturnStatement(node)) collect(node.expression, node);
        ts.forEachChild(node, visitReturns);
      };
      visitReturns(body);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionDeclaration(node) && node.name && sentenceFunction.test(node.name.text)) {
        if (node.body) collectReturns(node.body);
      } else if (ts.isVariableDeclaration(node) && node.initializer) {
        const name = node.name.getText();
        const initializer = node.initializer;
        if (sentenceTable.test(name) && ts.isObjectLiteralExpression(initializer)) {
          for (const property of initializer.properties) {
            if (ts.isPropertyAssignment(property)) collect(property.initializer, property);
          }
        } else if (
          sentenceFunction.test(name) &&
          (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))
        ) {
          collectReturns(initializer.body);
        }
      }
      if (ts.isNewExpression(node) && /Exception$/.test(node.expression.getText())) {
        collect(node.arguments?.[0], node);
      } else if (
        ts.isPropertyAssignment(node) &&
        sentenceProperties.has(node.name.getText()) &&
        !ts.isObjectLiteralExpression(node.parent.parent)
      ) {
        collect(node.initializer, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * `Le poste {label} est réservé.` → `Le poste {} est réservé.`: placeholders of any name; values
 * written side by side (`le {date}{reason}.`) are one value for the table.
 */
const skeletonOf = (sentence: string): string => sentence.replace(/(\{[A-Za-z_$][\w$]*\})+/g, '{}');

describe('the API in English', () => {
  const sentences = findApiSentences();

  test('the scanner finds the sentences, templates in placeholder form', () => {
    expect(sentences.size).toBeGreaterThan(200);
    expect([...sentences.keys()]).toContain('Ce poste est déjà réservé sur ce créneau.');
    expect([...sentences.keys()]).toContain(
      'Le poste {deskLabel} est déjà réservé sur ce créneau.',
    );
  });

  test('every sentence the API can send has an English entry', () => {
    const skeletons = new Set(Object.keys(apiSentencesEn).map(skeletonOf));
    const missing = [...sentences]
      .filter(([sentence]) => !Object.hasOwn(apiSentencesEn, sentence))
      .filter(([sentence]) => !skeletons.has(skeletonOf(sentence)))
      .map(([sentence, where]) => `${where}  ${sentence}`);
    expect(missing).toEqual([]);
  });
});
