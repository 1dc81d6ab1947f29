/**
 * DEMO ONLY. `npm run demo:issue -- --person <email or id> --definition <definition id or slug> [--out <file>]
 *   [--url http://localhost:$PORT (default: PORT from the environment, else 3000)] [--token <accessToken> | --email <e> --password <p>]`
 *
 * Asks a RUNNING SkillProof server (the demo organisation) to sign a real Open Badges 3.0 credential
 * (eddsa-rdfc-2022, the definition's demo issuer key) for the person, through the
 * `issueDemoCredential` mutation, and writes it to `--out` (default: a file named after the person and
 * the credential in the current folder). Import it on the Import page (or, as HR/ADMIN,
 * `npm run import -- <file>`): once VERIFIED it completes the person's open learning assignment of that definition. Signs in as the
 * demo L&D user unless a token or another account is given. Exit code 0 on success, 2 on usage,
 * transport or GraphQL errors.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

class CliError extends Error {}

const USAGE = 'usage: npm run demo:issue -- --person <email or id> --definition <definition id or slug> [--out <file>] [--url http://localhost:$PORT] [--token <accessToken> | --email <e> --password <p>]';
const DEMO_LND = { email: 'lnd@skillproof.example', password: 'demo-lnd-2025' };
const ISSUE = `mutation($input: IssueDemoCredentialInput!) { issueDemoCredential(input: $input) {
  document filename validFrom validUntil person { id displayName } definition { id name } issuer { name did } } }`;

interface Args { person: string; definition: string; out?: string; url: string; token?: string; email: string; password: string }

function parseArgs(argv: string[]): Args {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(person|definition|out|url|token|email|password)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new CliError(`unknown argument ${argv[i]}\n${USAGE}`);
    opts[m[1]] = m[2] ?? argv[++i] ?? '';
  }
  if (!opts['person'] || !opts['definition']) throw new CliError(USAGE);
  return {
    person: opts['person'], definition: opts['definition'], out: opts['out'], url: (opts['url'] ?? `http://localhost:${process.env['PORT'] ?? '3000'}`).replace(/\/+$/, ''),
    token: opts['token'], email: opts['email'] ?? DEMO_LND.email, password: opts['password'] ?? DEMO_LND.password,
  };
}

async function gql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new CliError(`cannot reach ${url}: ${e instanceof Error ? e.message : String(e)} (is the server running? npm start)`);
  }
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) {
    throw new CliError(body.errors?.map((e) => `${e.message}${e.extensions?.code ? ` (${e.extensions.code})` : ''}`).join('; ') ?? `HTTP ${res.status}`);
  }
  return body.data;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const token = args.token ?? (await gql<{ login: { accessToken: string } }>(args.url, null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: args.email, p: args.password })).login.accessToken;
  const byEmail = args.person.includes('@');
  const { issueDemoCredential: c } = await gql<{ issueDemoCredential: {
    document: string; filename: string; validFrom: string; validUntil: string | null;
    person: { displayName: string }; definition: { id: string; name: string }; issuer: { name: string; did: string | null };
  } }>(args.url, token, ISSUE, { input: { definitionId: args.definition, ...(byEmail ? { personEmail: args.person } : { personId: args.person }) } });
  const out = resolve(args.out ?? c.filename);
  writeFileSync(out, `${c.document}\n`);
  process.stderr.write(
    `signed "${c.definition.name}" for ${c.person.displayName} by ${c.issuer.name} (${c.issuer.did ?? 'no DID'}), valid from ${c.validFrom}${c.validUntil ? ` until ${c.validUntil}` : ''}\n` +
    `written to ${out}\nnext: paste (or upload) it on the Import page, ${args.url}/import\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
