// Generates the inputs of cli-speed.sh (issue 23) from the bundled examples.
//   node generate.mjs skills DEST N   N skill directories DEST/skill-00000 ...: the bundled
//                                     examples/specs/refund-triage/SKILL.md under a new name;
//                                     every tenth one is invalid (its name is not lowercase, so
//                                     it neither is a valid name nor matches its directory)
//   node generate.mjs sops DEST N     N SOPs DEST/sop-0000-<example>.md: the bundled
//                                     examples/sops/*.md, in turn
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [what, dest, count] = process.argv.slice(2);
const n = Number(count);
if (!['skills', 'sops'].includes(what) || !dest || !(n > 0)) {
  console.error('usage: node generate.mjs skills|sops DEST N');
  process.exit(2);
}
const examples = new URL('../../examples/', import.meta.url);
const pad = (i, w) => String(i).padStart(w, '0');
mkdirSync(dest, { recursive: true });
if (what === 'skills') {
  const skill = readFileSync(new URL('specs/refund-triage/SKILL.md', examples), 'utf8');
  if (!/^name: refund-triage$/m.test(skill)) throw new Error('the example SKILL.md changed its name line');
  let invalid = 0;
  for (let i = 0; i < n; i++) {
    const dir = `skill-${pad(i, 5)}`;
    const bad = i % 10 === 9;
    invalid += bad ? 1 : 0;
    mkdirSync(join(dest, dir), { recursive: true });
    writeFileSync(join(dest, dir, 'SKILL.md'), skill.replace(/^name: refund-triage$/m, `name: ${bad ? 'Skill' : 'skill'}-${pad(i, 5)}`));
  }
  console.log(`${n} skill directories, ${invalid} invalid, in ${dest}`);
} else {
  const dir = new URL('sops/', examples);
  const sops = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  for (let i = 0; i < n; i++) {
    const f = sops[i % sops.length];
    writeFileSync(join(dest, `sop-${pad(i, 4)}-${f}`), readFileSync(new URL(f, dir)));
  }
  console.log(`${n} SOPs (the ${sops.length} bundled examples in turn) in ${dest}`);
}
