// Times validate() of the reference skills-ref over every skill directory given on the
// command line (file reading included, as validate reads SKILL.md itself).
import { validate } from 'skills-ref';

const dirs = process.argv.slice(2);
if (dirs.length === 0) { console.error('usage: node skills-ref.mjs SKILL_DIR...'); process.exit(2); }
for (const d of dirs) {
  const errors = await validate(d);
  console.log(`verdict ${d}: ${errors.length === 0 ? 'valid' : errors.join(' | ')}`);
}
const rounds = 2_000;
for (let i = 0; i < 200; i++) { await validate(dirs[i % dirs.length]); }
const t0 = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) { await validate(dirs[i % dirs.length]); }
const us = Number(process.hrtime.bigint() - t0) / rounds / 1000;
console.log(`skills-ref validate: ${us.toFixed(1)} us/op`);
