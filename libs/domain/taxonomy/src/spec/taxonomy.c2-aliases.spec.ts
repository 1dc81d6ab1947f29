import { createTaxonomy } from '../index';
import { SKILLS } from './skill.fixture';

// Case C2: the same skill entered under different spellings must resolve to one id.
describe('taxonomy — C2: spellings and aliases resolve to one canonical id', () => {
  const taxonomy = createTaxonomy(SKILLS);

  it.each([
    ['Kubernetes'],
    [' kubernetes '],
    ['KUBERNETES'],
    ['kubernetes'],
    ['\tKubernetes\n'],
    ['\u00a0Kubernetes\u00a0'], // no-break spaces, as pasted from a web page
    ['K8s'],
    ['k8s'],
    [' KUBE '],
    ['kubernetes'], // the id itself
  ])('%j → kubernetes', (input) => {
    expect(taxonomy.resolve(input)).toBe('kubernetes');
  });

  it('collapses inner whitespace and matches multi-word aliases', () => {
    expect(taxonomy.resolve('structured   query\u2003language')).toBe('sql');
    expect(taxonomy.resolve('Information  Technology')).toBe('it');
  });

  it('matches Unicode labels whatever their normal form (NFC)', () => {
    const t = createTaxonomy([{ id: 'esco:x', name: 'Análisis de datos', aliases: [], broaderIds: [] }]);
    const decomposed = 'Ana\u0301lisis de datos'; // "a" + combining acute accent
    expect(decomposed).not.toBe('Análisis de datos');
    expect(t.resolve(decomposed)).toBe('esco:x');
    expect(t.resolve('ANÁLISIS DE DATOS')).toBe('esco:x');
  });

  it('returns undefined for unknown labels and ids, and for blank input', () => {
    expect(taxonomy.resolve('Kubernetes operator')).toBeUndefined();
    expect(taxonomy.resolve('')).toBeUndefined();
    expect(taxonomy.resolve('   ')).toBeUndefined();
    expect(taxonomy.candidates('nothing')).toEqual([]);
  });

  it('ids are exact: a label is not an id and ids are not case-folded as ids', () => {
    const t = createTaxonomy([{ id: 'onet:2.B.3.e', name: 'Programming', aliases: [], broaderIds: [] }]);
    expect(t.resolve('onet:2.B.3.e')).toBe('onet:2.B.3.e');
    expect(t.resolve(' onet:2.B.3.e ')).toBe('onet:2.B.3.e');
    expect(t.get('ONET:2.B.3.E')).toBeUndefined();
  });
});
