import { parse } from 'graphql';
import { queryDepth } from './query-limits.plugin';

describe('queryDepth', () => {
  it('counts nested field selections, through fragments, without looping on fragment cycles', () => {
    expect(queryDepth(parse('{ a }'))).toBe(1);
    expect(queryDepth(parse('{ a { b { c } } d }'))).toBe(3);
    expect(queryDepth(parse('query Q { a { ...F } } fragment F on T { b { c { d } } }'))).toBe(4);
    expect(queryDepth(parse('{ a { ...F } } fragment F on T { b { ...F } }'))).toBe(2);
    const deep = `{ ${'a { '.repeat(50)}b${' }'.repeat(50)} }`;
    expect(queryDepth(parse(deep))).toBe(51);
  });
});
