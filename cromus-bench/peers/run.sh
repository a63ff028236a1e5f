#!/usr/bin/env bash
# Peer comparison in one run: installs the pinned npm peers (package.json / package-lock.json:
# @pydantic/genai-prices 0.1.8, skills-ref 0.1.5) into peers/node_modules, times them on the
# same inputs as the JMH benchmarks PricingBenchmark and SkillValidationBenchmark, and prints
# both sides of each comparison with the ratio.
#
#   cromus-bench/peers/run.sh            # build, install peers, run everything
#   SKIP_BUILD=1 cromus-bench/peers/run.sh   # reuse cromus-bench/target/benchmarks.jar
#   JMH_OPTS="-wi 5 -w 2 -i 5 -r 2 -f 1" cromus-bench/peers/run.sh
#
# Needs: Java 17, Node.js 18+ with npm, network access for the first npm install.
set -euo pipefail
PEERS="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$PEERS/../.." && pwd)"
cd "$ROOT"
JMH_OPTS="${JMH_OPTS:--wi 5 -w 2 -i 5 -r 2 -f 1}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== installing the pinned peers"
if [ -f "$PEERS/package-lock.json" ]; then
  (cd "$PEERS" && npm ci --no-audit --no-fund --silent)
else
  (cd "$PEERS" && npm install --no-audit --no-fund --silent)
fi
(cd "$PEERS" && node -e 'for (const p of ["@pydantic/genai-prices","skills-ref"]) console.log(p, require("./node_modules/"+p+"/package.json").version)')

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building cromus-bench and the CLI"
  ./mvnw -q -pl cromus-bench,cromus-cli -am package -DskipTests
fi
JAR="$ROOT/cromus-bench/target/benchmarks.jar"
CLI="$ROOT/cromus-cli/target/cromus.jar"

echo "== skill directories: examples/specs and 'cromus export examples/sops/*.md --target specs'"
DIRS=(examples/specs/refund-triage examples/specs/invalid/invoice-review examples/specs/invalid/Refund--Triage)
for f in examples/sops/*.md; do
  n="$(basename "$f" .md)"
  # exit 1 means "written, but the workflow has an error" (two examples fail their budget on
  # purpose); only 2 (usage error, unreadable input) stops the run
  java -jar "$CLI" export "$f" --target specs --out "$WORK/specs/$n" > /dev/null || [ $? -eq 1 ]
done
while IFS= read -r skill; do DIRS+=("$(dirname "$skill")"); done \
  < <(find "$WORK/specs" -name SKILL.md | sort)
echo "${#DIRS[@]} skill directories"
DIRS_PARAM="$(IFS=:; echo "${DIRS[*]}")"

echo "== peer: @pydantic/genai-prices calcPrice"
node "$PEERS/genai-prices.mjs" | tee "$WORK/prices.txt"
echo "== peer: skills-ref validate"
node "$PEERS/skills-ref.mjs" "${DIRS[@]}" | tee "$WORK/skills.txt"

echo "== Cromus: PricingBenchmark and SkillValidationBenchmark (JMH $JMH_OPTS)"
# shellcheck disable=SC2086
java -jar "$JAR" 'PricingBenchmark|SkillValidationBenchmark' $JMH_OPTS -p "dirs=$DIRS_PARAM" \
  -rf json -rff "$WORK/jmh.json" > "$WORK/jmh.txt"
grep -oE '(total|verdict) [^ ]+: .*' "$WORK/jmh.txt" || true

echo
echo "== comparison"
node - "$WORK" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
const jmh = JSON.parse(fs.readFileSync(`${dir}/jmh.json`, 'utf8'));
const score = (name) => {
  const r = jmh.find((b) => b.benchmark.endsWith(name));
  return r ? { v: r.primaryMetric.score, err: r.primaryMetric.scoreError, unit: r.primaryMetric.scoreUnit } : null;
};
const peer = (file, re) => { const m = fs.readFileSync(`${dir}/${file}`, 'utf8').match(re); return m ? Number(m[1]) : NaN; };
const calc = peer('prices.txt', /calcPrice: ([\d.]+) ns\/op/);
const skills = peer('skills.txt', /validate: ([\d.]+) us\/op/);
const price = score('priceOneStep');
const valid = score('validateSkillDir');
const row = (what, peerV, us, unit, target) => {
  const ratio = peerV / us;
  console.log(`${what}: peer ${peerV.toFixed(1)} ${unit}, Cromus ${us.toFixed(2)} ${unit}, ratio ${ratio.toFixed(1)}x (target >= ${target}x): ${ratio >= target ? 'PASS' : 'MISS'}`);
};
if (price) row('pricing one step (calcPrice vs PricingBenchmark.priceOneStep)', calc, price.v, 'ns/op', 50);
if (valid) row('validating SKILL.md dirs (skills-ref validate vs SkillValidationBenchmark.validateSkillDir)', skills, valid.v, 'us/op', 10);
console.log('\nexactness (peer total vs Cromus total, same models and tokens):');
const peerTotals = fs.readFileSync(`${dir}/prices.txt`, 'utf8').split('\n').filter((l) => l.startsWith('total '));
const ours = (fs.readFileSync(`${dir}/jmh.txt`, 'utf8').match(/total [^ ]+: [^\s]+/g) || []);
for (let i = 0; i < peerTotals.length; i++) {
  const p = peerTotals[i].replace(/^total /, '');
  const c = (ours[i] || '').replace(/^total /, '');
  const noisy = /\d{12,}/.test(p.split(': ')[1] || '') ? '   <- float noise' : '';
  console.log(`  ${p.padEnd(48)} | ${c}${noisy}`);
}
JS
