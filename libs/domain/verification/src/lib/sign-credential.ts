import { sign, purposes } from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { bundledContextLoader } from './document-loader';
import type { IssuerKey } from './issuer-key';
import type { JsonRecord } from './json-value';

/**
 * Adds an `eddsa-rdfc-2022` DataIntegrityProof (VC DI EdDSA 1.0 §3.2.1 "Add Proof"), proof purpose
 * `assertionMethod`, to an unsigned credential. Offline: only bundled contexts are used.
 *
 * @param created proof `created` instant (default: the current time; pass one for reproducible output).
 * @throws Error from the signature library when the credential does not canonicalise in safe mode
 *   (undefined term, unknown context).
 */
export async function signCredential(credential: JsonRecord, key: IssuerKey, created?: Date): Promise<JsonRecord> {
  const suite = new DataIntegrityProof({
    cryptosuite: eddsaRdfc2022,
    signer: key.keyPair.signer(),
    ...(created ? { date: created } : {}),
  });
  return sign(credential, {
    suite,
    purpose: new purposes.AssertionProofPurpose(),
    documentLoader: bundledContextLoader,
  });
}
