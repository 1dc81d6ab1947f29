import { paginate } from './paginate';

const list = Array.from({ length: 53 }, (_, i) => i + 1);

describe('paginate', () => {
  it('slices pages of the given size with 1-based positions', () => {
    expect(paginate(list, 1, 25)).toMatchObject({ page: 1, pageCount: 3, from: 1, to: 25, total: 53 });
    expect(paginate(list, 3, 25)).toEqual({ items: [51, 52, 53], page: 3, pageCount: 3, from: 51, to: 53, total: 53 });
  });

  it('clamps pages out of range (a list that shrank never shows an empty page)', () => {
    expect(paginate(list, 9, 25).page).toBe(3);
    expect(paginate(list, 0, 25).page).toBe(1);
    expect(paginate(list, Number.NaN, 25).page).toBe(1);
    expect(paginate(list.slice(0, 10), 3, 25)).toMatchObject({ page: 1, pageCount: 1, from: 1, to: 10 });
  });

  it('an empty list is one empty page', () => {
    expect(paginate([], 1, 25)).toEqual({ items: [], page: 1, pageCount: 1, from: 0, to: 0, total: 0 });
  });

  it('treats a page size below 1 as 1 and every item appears exactly once across pages', () => {
    expect(paginate(list, 2, 0).items).toEqual([2]);
    const seen = Array.from({ length: paginate(list, 1, 7).pageCount }, (_, i) => paginate(list, i + 1, 7).items).flat();
    expect(seen).toEqual(list);
  });
});
