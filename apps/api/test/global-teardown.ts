/** Drops the test database and stops the embedded server started by global-setup. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__SKILLPROOF_TEARDOWN__?.();
}
