#!/usr/bin/env bash
# Whole-process timings of the `cromus` command where users meet it (issue 23): start-up, a
# pre-commit check, whole repositories. Each target is printed with both sides and the ratio,
# measured in the same run: medians of hyperfine runs after warm-up runs.
#
#   cromus-bench/cli-speed.sh                  # build the CLI, install the npm peer, run all
#   SKIP_BUILD=1 cromus-bench/cli-speed.sh     # reuse cromus-cli/target
#   CROMUS="java -jar cromus-cli/target/cromus.jar" SKIP_BUILD=1 cromus-bench/cli-speed.sh
#                                              # time the plain jar instead of the launcher
#   RUNS=10 WARMUP=3 BIG_RUNS=5 SAMPLE=20 SKILL_DIRS=10000 SOPS=1000 cromus-bench/cli-speed.sh
#   BEFORE="java -jar /path/to/an/older/cromus.jar" ...   # also time an older build's start-up
#   QUICK=1 ...                                # start-up targets only (no trees)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 DUMP=1 SKIP_BUILD=1 cromus-bench/cli-speed.sh
#                                              # another JDK: DUMP=1 remakes the launcher's
#                                              # archive for it first (CROMUS_CDS=dump)
#
# "Once per directory" and "separate invocations" are timed on SAMPLE inputs run one after the
# other and scaled to the whole tree (10,000 runs of a 0.2-1 s process would take hours); the
# scaled figure is marked as such. Needs: Java 17+, Node.js 18+ with npm (network access for
# the first npm install), hyperfine (Debian: apt-get install hyperfine), GNU time (/usr/bin/time).
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
PEERS="$BENCH/peers"
cd "$ROOT"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-3}"
BIG_RUNS="${BIG_RUNS:-5}"
SAMPLE="${SAMPLE:-20}"
SKILL_DIRS="${SKILL_DIRS:-10000}"
SOPS="${SOPS:-1000}"
# the bundled example compiled for the single-compile target: the largest one
EXAMPLE="${EXAMPLE:-examples/sops/adverse-event-intake.md}"
SKILL="examples/specs/refund-triage"
for tool in hyperfine node npm /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "cli-speed.sh needs $tool" >&2; exit 2; }
done
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building the CLI"
  ./mvnw -q -pl cromus-cli -am package -DskipTests
fi
CROMUS="${CROMUS:-$ROOT/cromus-cli/target/cromus}"
read -r -a CROMUS_ARGV <<< "$CROMUS"
if [ -n "${DUMP:-}" ]; then
  echo "== making the launcher's archive for $("$JAVA" -version 2>&1 | head -1)"
  CROMUS_CDS=dump "$ROOT/cromus-cli/target/cromus"
fi

echo "== installing the pinned npm peer"
if [ ! -d "$PEERS/node_modules/skills-ref" ]; then
  (cd "$PEERS" && npm ci --no-audit --no-fund --silent)
fi
SKILLS_REF="$PEERS/node_modules/.bin/skills-ref"
echo "skills-ref $(node -p "require('$PEERS/node_modules/skills-ref/package.json').version"), node $(node --version)"
"$JAVA" -version 2>&1 | head -1
echo "cromus: $CROMUS ($("${CROMUS_ARGV[@]}" --version | head -1)); $(nproc) cores"

if [ -z "${QUICK:-}" ]; then
  echo "== generating $SKILL_DIRS skill directories and $SOPS SOPs"
  node "$PEERS/generate.mjs" skills "$WORK/skills" "$SKILL_DIRS"
  node "$PEERS/generate.mjs" sops "$WORK/sops" "$SOPS"
fi

# hf KEY RUNS [hyperfine options] COMMAND...: median of RUNS runs after WARMUP runs (-N: no shell)
hf() {
  local key="$1" runs="$2"
  shift 2
  { hyperfine -N --style none --warmup "$WARMUP" --runs "$runs" --export-json "$WORK/$key.json" "$@" > /dev/null; } 2>&1 \
    | { grep -v -e 'Ignoring non-zero exit code' -e '^ *$' || true; } >&2
}
# a shell script that runs one command per input, one after the other
loop() {
  local file="$WORK/$1.sh"
  shift
  printf '%s\n' "$@" > "$file"
  echo "$file"
}
q() { printf '%q ' "$@"; }
# peak RSS in KB of one run
rss() { /usr/bin/time -f '%M' -o "$WORK/$1.rss" "${@:2}" > /dev/null 2>&1 || true; }

echo "== timing (medians of $RUNS runs after $WARMUP warm-up runs; whole trees: $BIG_RUNS runs)"
hf java-version "$RUNS" "$(q "$JAVA" -version)"
hf version "$RUNS" "$(q "${CROMUS_ARGV[@]}" --version)"
hf help "$RUNS" "$(q "${CROMUS_ARGV[@]}" --help)"
hf validate-one "$RUNS" "$(q "${CROMUS_ARGV[@]}" validate "$SKILL")"
hf skills-ref-one "$RUNS" "$(q "$SKILLS_REF" validate "$SKILL")"
hf compile-one "$RUNS" -i "$(q "${CROMUS_ARGV[@]}" compile "$EXAMPLE")"
if [ -n "${BEFORE:-}" ]; then
  read -r -a BEFORE_ARGV <<< "$BEFORE"
  hf before-version "$RUNS" "$(q "${BEFORE_ARGV[@]}" --version)"
  hf before-help "$RUNS" "$(q "${BEFORE_ARGV[@]}" --help)"
  hf before-validate-one "$RUNS" "$(q "${BEFORE_ARGV[@]}" validate "$SKILL")"
  hf before-compile-one "$RUNS" -i "$(q "${BEFORE_ARGV[@]}" compile "$EXAMPLE")"
fi
if [ -n "${QUICK:-}" ]; then
  SKILL_DIRS=0
  SOPS=0
fi

if [ "$SKILL_DIRS" -gt 0 ]; then
mapfile -t SKILL_SAMPLE < <(find "$WORK/skills" -mindepth 1 -maxdepth 1 -type d | sort | head -n "$SAMPLE")
mapfile -t SOP_SAMPLE < <(find "$WORK/sops" -name '*.md' | sort | head -n "$SAMPLE")
lines=()
for d in "${SKILL_SAMPLE[@]}"; do lines+=("$(q "$SKILLS_REF" validate "$d") > /dev/null 2>&1"); done
hf skills-ref-each "$BIG_RUNS" -i "bash $(loop skills-ref-each "${lines[@]}")"
hf node-tree "$BIG_RUNS" -i "$(q node "$PEERS/skills-ref-tree.mjs" "$WORK/skills")"
hf node-tree-64 "$BIG_RUNS" -i "$(q node "$PEERS/skills-ref-tree.mjs" --concurrency 64 "$WORK/skills")"
hf validate-tree "$BIG_RUNS" -i "$(q "${CROMUS_ARGV[@]}" validate "$WORK/skills")"
rss validate-tree "${CROMUS_ARGV[@]}" validate "$WORK/skills"
rss node-tree node "$PEERS/skills-ref-tree.mjs" "$WORK/skills"
lines=()
for f in "${SOP_SAMPLE[@]}"; do lines+=("$(q "${CROMUS_ARGV[@]}" compile "$f") > /dev/null 2>&1"); done
hf compile-each "$BIG_RUNS" -i "bash $(loop compile-each "${lines[@]}")"
if "${CROMUS_ARGV[@]}" compile "$WORK/sops" > "$WORK/batch.txt" 2>&1 || [ $? -eq 1 ]; then
  # the same bytes on one thread as on all of them
  "${CROMUS_ARGV[@]}" compile "$WORK/sops" --jobs 1 > "$WORK/batch-1.txt" 2>&1 || true
  cmp -s "$WORK/batch.txt" "$WORK/batch-1.txt" || echo "compile DIR: --jobs 1 printed other bytes!"
  hf compile-batch "$BIG_RUNS" -i "$(q "${CROMUS_ARGV[@]}" compile "$WORK/sops")"
  rss compile-batch "${CROMUS_ARGV[@]}" compile "$WORK/sops"
else
  echo "cromus compile DIR is not supported by this build: $(head -1 "$WORK/batch.txt")"
fi

echo "== verdicts (both sides judged the same directories the same way)"
node "$PEERS/skills-ref-tree.mjs" "$WORK/skills" || true
"${CROMUS_ARGV[@]}" validate "$WORK/skills" | tail -1 || true
tail -1 "$WORK/batch.txt"
fi

echo
echo "== targets"
node - "$WORK" "$SKILL_DIRS" "$SOPS" "$SAMPLE" "$EXAMPLE" <<'JS'
const fs = require('fs');
const [dir, skillDirs, sops, sample, example] = process.argv.slice(2);
const med = (k) => {
  const f = `${dir}/${k}.json`;
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')).results[0].median : NaN;
};
const rss = (k) => {
  const f = `${dir}/${k}.rss`;
  return fs.existsSync(f) ? Number(fs.readFileSync(f, 'utf8').trim().split('\n').pop()) : NaN;
};
const t = (s) => (Number.isNaN(s) ? 'n/a' : s < 10 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(1)} s`);
const rate = (n, s) => (Number.isNaN(s) ? 'n/a' : `${Math.round(n / s).toLocaleString('en-US')}/s`);
const mb = (kb) => (Number.isNaN(kb) ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const rows = [];
// ratio: how many times the target's bound the measured value is; ok: the target holds (rows
// whose target is in parentheses are information, not targets: no PASS or MISS)
const row = (what, ours, theirs, ratio, target, ok) =>
  rows.push([what, ours, theirs, Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}x`, target,
    target.startsWith('(') ? '-' : Number.isNaN(ratio) ? 'n/a' : ok ? 'PASS' : 'MISS']);
const jv = med('java-version');
row('cromus --version vs java -version', t(med('version')), t(jv), med('version') / jv, '<= 2x', med('version') / jv <= 2);
row('cromus --help vs java -version', t(med('help')), t(jv), med('help') / jv, '<= 2x', med('help') / jv <= 2);
row('cromus validate vs skills-ref validate (one skill dir; their/our time)', t(med('validate-one')), t(med('skills-ref-one')),
  med('skills-ref-one') / med('validate-one'), '>= 1x', med('skills-ref-one') >= med('validate-one'));
row(`cromus compile ${example.split('/').pop()} (<= 0.5 s) vs java -version`, t(med('compile-one')), t(jv), med('compile-one') / jv,
  '<= 0.5 s', med('compile-one') <= 0.5);
if (fs.existsSync(`${dir}/before-version.json`)) {
  // the same commands of an older build ($BEFORE): how many times faster this one is
  for (const [k, what] of [['version', '--version'], ['help', '--help'], ['validate-one', 'validate (one skill dir)'], ['compile-one', 'compile (one SOP)']]) {
    row(`before vs now: ${what}`, t(med(k)), t(med(`before-${k}`)), med(`before-${k}`) / med(k), '(info)', true);
  }
}
const nTree = Number(skillDirs);
if (nTree > 0) {
const each = (med('skills-ref-each') / Number(sample)) * nTree;
const ours = med('validate-tree');
row(`validate ${nTree} skill dirs: cromus one call vs skills-ref once per dir (scaled from ${sample})`,
  `${t(ours)} (${rate(nTree, ours)})`, `${t(each)} (${rate(nTree, each)})`, each / ours, '>= 10x', each / ours >= 10);
row(`validate ${nTree} skill dirs: cromus one call vs one node process, in turn`,
  `${t(ours)} (${rate(nTree, ours)})`, `${t(med('node-tree'))} (${rate(nTree, med('node-tree'))})`, med('node-tree') / ours, '>= 2x', med('node-tree') / ours >= 2);
row(`validate ${nTree} skill dirs: cromus one call vs one node process, 64 at a time`,
  `${t(ours)}`, `${t(med('node-tree-64'))}`, med('node-tree-64') / ours, '(info)', med('node-tree-64') / ours >= 2);
row(`validate ${nTree} skill dirs: peak RSS, cromus vs node in turn`, mb(rss('validate-tree')), mb(rss('node-tree')),
  rss('validate-tree') / rss('node-tree'), '(report)', true);
}
const nSops = Number(sops);
if (nSops > 0) {
const sep = (med('compile-each') / Number(sample)) * nSops;
const batch = med('compile-batch');
row(`compile ${nSops} SOPs: one call vs ${nSops} invocations (scaled from ${sample})`,
  `${t(batch)} (${rate(nSops, batch)})`, `${t(sep)} (${rate(nSops, sep)})`, sep / batch, '>= 20x', sep / batch >= 20);
row(`compile ${nSops} SOPs in one call: peak RSS`, mb(rss('compile-batch')), '', NaN, '(report)', true);
}
const w = [0, 1, 2, 3, 4, 5].map((i) => Math.max(...rows.map((r) => r[i].length), ['target', 'cromus', 'other side', 'ratio', 'target', 'result'][i].length));
const line = (r) => console.log(r.map((c, i) => c.padEnd(w[i])).join(' | '));
line(['target', 'cromus', 'other side', 'ratio', 'target', 'result']);
line(w.map((n) => '-'.repeat(n)));
rows.forEach(line);
JS
