import { bundledContextLoader } from './document-loader';
import { canonizeRdfc, getVerificationSuites } from './proof-suites';
import { readFixtureText } from '../testing/fixture-fetcher';
import type { JsonRecord } from './json-value';

type Canonize = (input: unknown, options: unknown) => Promise<string>;
const canonizeOf = (suite: unknown) => (suite as { canonize: Canonize }).canonize;

describe('getVerificationSuites with an already computed canonical document', () => {
  const document = JSON.parse(readFixtureText('ob3-valid/dcc-verifier-core__eddsa_v2_v2EddsaWithValidStatus.json')) as JsonRecord;
  const options = { documentLoader: bundledContextLoader, base: null, safe: true };

  it('serves the given N-Quads only for the proof-less shallow copy of that very document', async () => {
    const [eddsa, , ecdsa] = getVerificationSuites({ document, nquads: 'MEMO' });
    const { proof: _proof, ...unsigned } = document;
    await expect(canonizeOf(eddsa)(unsigned, options)).resolves.toBe('MEMO');
    await expect(canonizeOf(ecdsa)({ ...unsigned }, options)).resolves.toBe('MEMO');
  });

  it('canonicalises anything else itself: a changed value, an extra or missing member, the document with its proof', async () => {
    const [eddsa] = getVerificationSuites({ document, nquads: 'MEMO' });
    const { proof: _proof, ...unsigned } = document;
    const changed = { ...unsigned, issuer: 'did:key:z6MkOther' };
    for (const input of [changed, { ...unsigned, extra: 1 }, { ...unsigned, id: undefined }, document, JSON.parse(JSON.stringify(unsigned))]) {
      const nquads = await canonizeOf(eddsa)(input, options).catch((e: unknown) => `error: ${String(e)}`);
      expect(nquads).not.toBe('MEMO');
    }
    // A deep copy is not the same objects, but canonicalises to the same N-Quads as the memo would hold.
    await expect(canonizeOf(eddsa)(JSON.parse(JSON.stringify(unsigned)), options)).resolves.toBe(await canonizeRdfc(unsigned, bundledContextLoader));
  });

  it('without a canonical document returns the shared suites', () => {
    expect(getVerificationSuites()).toBe(getVerificationSuites());
  });
});
