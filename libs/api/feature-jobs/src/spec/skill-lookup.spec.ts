import { createTaxonomy } from '@skillproof/domain-taxonomy';
import type { Skill } from '@skillproof/domain-model';
import { createSkillLookup, foldLabel } from '../rules/skill-lookup';

const skill = (id: string, name: string, aliases: string[] = []): Skill => ({ id, name, aliases, description: null, category: null, sourceId: null, broaderIds: [] });
const skills = [
  skill('esco:stats', 'statistics', ['data analysis', 'stats']),
  skill('esco:analisis', 'análisis de riesgos', ['evaluación de riesgos']),
  skill('x:1', 'Café', []),
  skill('x:2', 'cafe', []),
];

describe('createSkillLookup', () => {
  const lookup = createSkillLookup(createTaxonomy(skills), skills);

  it('resolves ids, labels and aliases case-insensitively, exact before folded', () => {
    expect(lookup('esco:stats')).toEqual({ skillId: 'esco:stats' });
    expect(lookup('  Data   Analysis ')).toEqual({ skillId: 'esco:stats' });
    expect(lookup('CAFÉ')).toEqual({ skillId: 'x:1' });
    expect(lookup('cafe')).toEqual({ skillId: 'x:2' });
  });

  it('ignores accents when nothing matches exactly', () => {
    expect(lookup('Analisis de Riesgos')).toEqual({ skillId: 'esco:analisis' });
    expect(lookup('evaluacion de riesgos')).toEqual({ skillId: 'esco:analisis' });
  });

  it('reports unknown skills and folded labels that name several skills', () => {
    expect(lookup('Análisis de datos')).toEqual({ ambiguous: [] });
    expect(lookup('cafè')).toEqual({ ambiguous: ['x:1', 'x:2'] });
    expect(foldLabel(' Zoë  MÜLLER ')).toBe('zoe muller');
  });
});
