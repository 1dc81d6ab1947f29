import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, Kind, parse, print, validate, type DocumentNode } from 'graphql';
import { graphql } from '../gql';
import * as generated from '../gql/graphql';

// Every dashboard operation against the API contract, read from the source the way GraphQL Code
// Generator reads it (the `documents` of codegen.ts), so an operation nobody listed is checked too:
// its text must be valid against the schema the API serves (apps/api/schema.gql, generated from its
// code and committed), and `graphql()` must return the document generated from exactly that text (a
// typo'd field, or a text edited without `npm run codegen`, fails here, not in the browser).
const ROOT = join(__dirname, '../../../../../..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));

/**
 * The source files codegen.ts reads documents from: its `documents` globs (read as text, the spec does
 * not import the workspace config), walked from their static folder prefix, .ts/.tsx minus specs.
 */
function documentFiles(): string[] {
  const config = readFileSync(join(ROOT, 'codegen.ts'), 'utf8');
  const list = /documents:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
  const patterns = [...list.matchAll(/'([^']+)'/g)].map(([, p]) => p).filter((p) => !p.startsWith('!'));
  expect(patterns).toContain('libs/dashboard/data-access/src/lib/operations/**/*.ts');
  const files = new Set<string>();
  for (const pattern of patterns) {
    const dir = join(ROOT, pattern.slice(0, pattern.search(/[*{[?]/)));
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (/\.tsx?$/.test(entry) && !/\.spec\.tsx?$/.test(entry)) files.add(join(dir, entry));
    }
  }
  return [...files].sort();
}

interface SourceOperation {
  file: string;
  text: string;
  name: string | undefined;
  doc: DocumentNode;
}

const files = documentFiles();
const sourceOperations: SourceOperation[] = files.flatMap((path) => {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g)].map(([, text]) => {
    const doc = parse(text);
    const def = doc.definitions[0];
    return { file: relative(ROOT, path), text, name: def?.kind === Kind.OPERATION_DEFINITION ? def.name?.value : undefined, doc };
  });
});
const isDocument = (value: unknown): value is DocumentNode => typeof value === 'object' && value !== null && 'definitions' in value;
const label = (op: SourceOperation) => `${op.name ?? '(unnamed)'} in ${op.file}`;
const generatedDocuments = Object.entries(generated).filter(([key]) => key.endsWith('Document')) as [string, DocumentNode][];

describe('dashboard operations', () => {
  it('finds the operations of the data-access library and of the dashboard app', () => {
    expect(sourceOperations.some((op) => op.file.startsWith('libs/dashboard/data-access/'))).toBe(true);
    expect(sourceOperations.some((op) => op.file.startsWith('apps/dashboard/'))).toBe(true);
  });

  it('writes every operation with graphql() (typed by codegen), never a hand-typed gql template', () => {
    const handTyped = files.filter((path) => /\bgql`/.test(readFileSync(path, 'utf8'))).map((path) => relative(ROOT, path));
    expect(handTyped).toEqual([]);
  });

  describe.each(sourceOperations.map((op) => [label(op), op] as const))('%s', (_label, op) => {
    it('is one operation, valid against the API schema', () => {
      expect(op.doc.definitions.map((d) => d.kind)).toEqual([Kind.OPERATION_DEFINITION]);
      expect(validate(schema, op.doc).map((e) => e.message)).toEqual([]);
    });

    it('is the document generated from its exact text (npm run codegen is up to date)', () => {
      const doc: unknown = graphql(op.text);
      expect(isDocument(doc) ? print(doc) : 'no generated document for this text').toBe(print(op.doc));
    });
  });

  it('gives every operation a unique Dashboard* name', () => {
    const names = sourceOperations.map((op) => op.name);
    for (const name of names) expect(name).toMatch(/^Dashboard[A-Z]/);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('generates a document for each operation and for nothing else (codegen merges same-named operations silently)', () => {
    const generatedNames = generatedDocuments.map(([key]) => key.replace(/Document$/, '')).sort();
    expect(generatedNames).toEqual(sourceOperations.map((op) => op.name).sort());
  });
});
