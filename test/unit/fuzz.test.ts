// The contract fuzzed through both transports: generated payloads for every call (from its own
// input schema, see test/support/arbitraries.ts), hostile envelopes and hostile paths, against
// a real backend on the demo workspace. For every answer:
//   - it arrives (no crash, no hang) as a typed result, and never as `internal`;
//   - a refused call changed nothing: the workspace's rows and the files beside it are as before;
//   - no call takes 2 s or more.
// CI runs a share on every run (FUZZ_PAYLOADS, default 400 per transport); a long run on demand:
//   FUZZ_PAYLOADS=10000 npx vitest run --project unit test/unit/fuzz.test.ts
// FUZZ_SEED repeats a run; a failure names its seed, call and payload.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CallName, callNames, contract } from '../../shared/contract/contract.ts';
import { arbitraryFor, hostileValue } from '../support/arbitraries.ts';
import { tempDirs } from '../support/temp.ts';
import { type Harness, transports } from '../support/transports.ts';

const newDir = tempDirs();
const payloadsPerTransport = Number(process.env.FUZZ_PAYLOADS ?? 400);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SLOW_MS = 2000;

const typedResult = z.union([
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('validation'),
        issues: z.array(z.object({ path: z.array(z.unknown()), code: z.string() })),
      }),
      z.object({ kind: z.literal('notFound'), entity: z.string(), id: z.union([z.string(), z.number()]) }),
      z.object({ kind: z.literal('conflict'), code: z.string() }),
      z.object({ kind: z.literal('forbidden'), reason: z.string() }),
    ]),
  }),
]);

/** Everything a refused call must leave as it was: the workspace's rows and the files around it. */
function fingerprint(harness: Harness, dirs: readonly string[]): string {
  const { db, path: workspacePath } = harness.backend.workspace;
  const hash = crypto.createHash('sha256').update(workspacePath);
  const tables = db
    .prepare(
      "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' and name not like 'search_index%' order by name",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    for (const row of db.prepare(`select * from "${table}"`).raw(true).iterate())
      hash.update(JSON.stringify(row));
  }
  for (const dir of dirs) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      // Backups are taken in the background after an open (daily): they are not the call's doing.
      if (entry.name === 'backups') continue;
      const file = path.join(dir, entry.name);
      const stat = fs.statSync(file);
      // Size and modification time: any write shows, without reading every copy on every call.
      hash.update(`${entry.name}:${stat.isFile() ? `${stat.size}:${stat.mtimeMs}` : 'dir'}`);
    }
  }
  return hash.digest('hex');
}

describe.each(transports)('fuzzing the contract over %s', (transportName, makeHarness) => {
  let harness: Harness;
  let dataDir: string;
  let sandbox: string;
  beforeAll(async () => {
    dataDir = newDir();
    sandbox = path.join(dataDir, 'sandbox');
    fs.mkdirSync(sandbox);
    fs.writeFileSync(path.join(sandbox, 'notes.txt'), 'not ours');
    harness = await makeHarness({
      workspacePath: path.join(sandbox, 'fuzz.clusterpilot'),
      dataDir,
      demoForNewWorkspace: 'de',
      validateOutputs: true,
      log: () => undefined,
    });
  });
  afterAll(() => harness.close());

  it(`answers ${payloadsPerTransport} generated payloads over every call with typed results, changes nothing when it refuses, and is never slow (seed ${seed})`, async () => {
    const perCall = Math.max(1, Math.ceil(payloadsPerTransport / callNames.length));
    const options = { sandbox };
    const plan: { name: CallName; input: unknown }[] = [];
    for (const [index, name] of callNames.entries()) {
      const inputs = fc.sample(arbitraryFor(contract[name].input, options), {
        numRuns: perCall,
        seed: seed + index,
      });
      for (const input of inputs) plan.push({ name, input });
    }
    // A fixed shuffle, so calls of one kind do not run in a block.
    const shuffled = fc.sample(fc.shuffledSubarray(plan, { minLength: plan.length }), {
      numRuns: 1,
      seed,
    })[0]!;

    const counts = { ok: 0, refused: 0 };
    let slowest = { ms: 0, name: '' };
    let before = fingerprint(harness, [sandbox, dataDir]);
    for (const { name, input } of shuffled) {
      const started = performance.now();
      const answer = await harness.rawCall(name, input);
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, name };
      const where = `${transportName}, seed ${seed}: ${name} ${safeJson(input)}`;
      expect(typedResult.safeParse(answer).success, `${where} answered ${safeJson(answer)}`).toBe(true);
      const after = fingerprint(harness, [sandbox, dataDir]);
      if ((answer as { ok: boolean }).ok) counts.ok++;
      else {
        counts.refused++;
        expect(after, `${where} was refused but changed data: ${safeJson(answer)}`).toBe(before);
      }
      expect(ms, `${where} took ${Math.round(ms)} ms`).toBeLessThan(SLOW_MS);
      before = after;
    }
    // The generator reaches handlers, not only the validator.
    expect(counts.ok).toBeGreaterThan(shuffled.length / 10);
    expect(counts.refused).toBeGreaterThan(shuffled.length / 10);
  }, 300_000);

  it('answers hostile envelopes with typed results and keeps serving', async () => {
    const names = fc.sample(hostileValue, { numRuns: 60, seed });
    for (const name of [...names, '__proto__', 'constructor', 'hasOwnProperty', 'x'.repeat(10_000), '']) {
      const answer = await harness.rawCall(name, fc.sample(hostileValue, { numRuns: 1, seed })[0]);
      expect(typedResult.safeParse(answer).success, `${transportName}: name ${safeJson(name)}`).toBe(true);
    }
    for (const name of ['clusters.list', 'workspace.info', 'search.query']) {
      for (const input of fc.sample(hostileValue, { numRuns: 20, seed })) {
        const answer = await harness.rawCall(name, input);
        expect(typedResult.safeParse(answer).success, `${transportName}: ${name} ${safeJson(input)}`).toBe(
          true,
        );
      }
    }
    expect(await harness.client.call('workspace.info', {})).toMatchObject({ ok: true });
  });
});

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(typeof value);
  }
}
