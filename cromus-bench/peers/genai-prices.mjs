// Times calcPrice of @pydantic/genai-prices over the cases in cases.json and prints
// ns per call and each computed total (to compare exactness with Cromus).
import { calcPrice } from '@pydantic/genai-prices';
import { readFileSync } from 'node:fs';

const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url))).pricing;
const usage = (c) => ({ input_tokens: c.input, cache_read_tokens: c.cacheRead, output_tokens: c.output });
for (const c of cases) {
  const r = calcPrice(usage(c), c.peer[0], { providerId: c.peer[1] });
  console.log(`total ${c.peer[0]}@${c.peer[1]}: ${r ? r.total_price : 'no price'}`);
}
const rounds = 200_000;
for (let warm = 0; warm < 3; warm++) {
  for (let i = 0; i < rounds; i++) { const c = cases[i % cases.length]; calcPrice(usage(c), c.peer[0], { providerId: c.peer[1] }); }
}
const t0 = process.hrtime.bigint();
let sink = 0;
for (let i = 0; i < rounds; i++) {
  const c = cases[i % cases.length];
  const r = calcPrice(usage(c), c.peer[0], { providerId: c.peer[1] });
  sink += r ? r.total_price : 0;
}
const ns = Number(process.hrtime.bigint() - t0) / rounds;
console.log(`genai-prices calcPrice: ${ns.toFixed(1)} ns/op (sink ${sink.toFixed(2)})`);
