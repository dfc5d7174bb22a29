// Tiny step reporter: every provisioning step prints its name, then its result and duration,
// so a slow or failing machine shows where the time went.
export async function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`provision: ${name} ... `);
  try {
    const note = await fn();
    console.log(`${note ?? 'ok'} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    return note;
  } catch (e) {
    console.log(`FAILED (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    throw e;
  }
}

/** An error whose message tells the user what to do; provision.mjs prints only the message. */
export class ProvisionError extends Error {}
