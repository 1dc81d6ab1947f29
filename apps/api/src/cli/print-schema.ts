import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from '../graphql/schema-sdl';

/** `npm run schema`: writes the SDL the API serves to apps/api/schema.gql (committed, reviewed with each API change). */
buildSchemaSdl()
  .then((sdl) => {
    const file = join(process.cwd(), 'apps', 'api', 'schema.gql');
    writeFileSync(file, sdl);
    process.stdout.write(`wrote ${file}\n`);
  })
  .catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  });
