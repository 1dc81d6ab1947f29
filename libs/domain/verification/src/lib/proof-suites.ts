import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createVerifyCryptosuite as createEcdsaSd2023Verify } from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';

let suites: unknown[] | undefined;

/**
 * The verification suites accepted for JSON-LD credentials, created once and shared (they hold no
 * per-verification state): Data Integrity `eddsa-rdfc-2022` (VC DI EdDSA 1.0 §3.1),
 * `ecdsa-rdfc-2019` and `ecdsa-sd-2023` derived proofs (VC DI ECDSA 1.0 §3.2–3.3), and the legacy
 * `Ed25519Signature2020` suite. The pre-Recommendation `eddsa-2022` cryptosuite is not accepted.
 */
export function getVerificationSuites(): unknown[] {
  suites ??= [
    new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    new Ed25519Signature2020(),
    new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }),
    new DataIntegrityProof({ cryptosuite: createEcdsaSd2023Verify() }),
  ];
  return suites;
}
