// Phone normalization throughput, cached and uncached. Needs `pnpm build` (imports core's dist).
// Run: node bench/phone.bench.mjs   (or `pnpm bench` for every bench)
import { performance } from 'node:perf_hooks';
import { createPhoneNormalizer, normalizePhone } from '../packages/core/dist/index.js';

const inputs = [];
for (let i = 0; i < 2_000; i++) {
  const n = String(470_000_000 + i * 37).padStart(9, '0');
  inputs.push(
    `+32${n}`,
    `0032${n}`,
    `0${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
    `32${n}`,
  );
}

function run(label, fn, rounds) {
  for (let i = 0; i < 2_000; i++) fn(inputs[i % inputs.length]); // warm-up
  const start = performance.now();
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      fn(input);
      count++;
    }
  }
  const ms = performance.now() - start;
  const perSecond = Math.round((count / ms) * 1000);
  console.log(
    `${label.padEnd(34)} ${String(count).padStart(8)} numbers  ${perSecond.toLocaleString('en-US').padStart(12)} numbers/s`,
  );
  return perSecond;
}

const uncached = run('normalizePhone (uncached)', (s) => normalizePhone(s, { defaultRegion: 'BE' }), 3);
const normalizer = createPhoneNormalizer({ defaultRegion: 'BE', cacheSize: 10_000 });
const cached = run('createPhoneNormalizer (cache hit)', (s) => normalizer.normalize(s), 30);
console.log(JSON.stringify({ bench: 'phone', uncachedPerSecond: uncached, cachedPerSecond: cached }));
