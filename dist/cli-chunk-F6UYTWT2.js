import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/spec/duration.ts
var DURATION = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
function parseDuration(text) {
  const m = DURATION.exec(text);
  if (!m) return void 0;
  const [d, h, min, s] = m.slice(1).map((x) => x === void 0 ? 0 : Number(x));
  return d * 86400 + h * 3600 + min * 60 + s;
}
function formatDuration(seconds) {
  let rest = Math.max(0, Math.round(seconds));
  if (rest === 0) return "0s";
  let out = "";
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out;
}

export {
  parseDuration,
  formatDuration
};
