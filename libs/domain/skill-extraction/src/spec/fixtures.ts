import type { MatchableSkill } from '../index';

/** A small taxonomy with overlapping labels, an acronym and accented aliases. */
export const skills: MatchableSkill[] = [
  { id: 'sql', name: 'SQL', aliases: ['structured query language'] },
  { id: 'postgresql', name: 'PostgreSQL', aliases: ['Postgres'] },
  { id: 'java', name: 'Java' },
  { id: 'javascript', name: 'JavaScript', aliases: ['JS'] },
  { id: 'project-management', name: 'project management' },
  { id: 'agile-project-management', name: 'agile project management' },
  { id: 'management', name: 'management' },
  { id: 'it', name: 'IT', aliases: ['information technology'] },
  { id: 'cpp', name: 'C++' },
  { id: 'csharp', name: 'C#' },
  { id: 'resume', name: 'résumé writing' },
  { id: 'nodejs', name: 'Node.js' },
  { id: 'ehr', name: 'electronic health records', aliases: ['EHR'] },
  { id: 'data-analysis', name: 'data analysis' },
  { id: 'analysis', name: 'analysis' },
];
