// One node process validating every skill directory under ROOT with skills-ref's validate():
// the in-process peer of `cromus validate ROOT`. By default one directory after the other, as
// a script would; --concurrency K keeps K validations in flight (node overlaps their file reads).
import { validate } from 'skills-ref';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
let k = 1;
const c = args.indexOf('--concurrency');
if (c >= 0) { k = Number(args[c + 1]); args.splice(c, 2); }
const root = args[0];
if (!root || !(k >= 1)) { console.error('usage: node skills-ref-tree.mjs [--concurrency K] ROOT'); process.exit(2); }
const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name)).sort();
let invalid = 0;
for (let i = 0; i < dirs.length; i += k) {
  for (const errors of await Promise.all(dirs.slice(i, i + k).map((d) => validate(d)))) {
    if (errors.length > 0) invalid++;
  }
}
console.log(`${dirs.length} directories, ${invalid} invalid`);
process.exitCode = invalid > 0 ? 1 : 0;
