import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  require_dist
} from "./cli-chunk-5W6KL5HJ.js";
import {
  __toESM
} from "./cli-chunk-O5NZ25FZ.js";

// src/spec/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_SPEC_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var ALLOWED_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`)
);
function parsePath(path) {
  const out = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== void 0) out.push(m[1]);
    else if (m[2] !== void 0) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3]}"`));
  }
  return out;
}
function formatPath(segments) {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function parseYaml(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const problems = [];
  const pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const none = { value: void 0, problems, locate: () => void 0 };
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_SPEC_BYTES) {
    problems.push({
      file,
      message: `the file is ${bytes} bytes, larger than the ${MAX_SPEC_BYTES}-byte limit for a spec`,
      expected: "a spec under 1 MiB"
    });
    return none;
  }
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter,
    schema: "core",
    customTags: [],
    resolveKnownTags: false,
    uniqueKeys: true,
    merge: false,
    strict: true,
    prettyErrors: true
  });
  for (const e of [...doc.errors, ...doc.warnings]) {
    const at = e.linePos?.[0];
    problems.push({
      file,
      line: at?.line,
      column: at?.col,
      message: `YAML: ${firstLine(e.message)}`
    });
  }
  (0, import_yaml.visit)(doc, {
    Node(_key, node) {
      if (node.tag && !ALLOWED_TAGS.has(node.tag) && node.range) {
        const tag = node.tag.replace("tag:yaml.org,2002:", "!!");
        problems.push({
          file,
          ...pos(node.range[0]),
          message: `the tag ${tag} is not allowed`,
          expected: "plain YAML values (no custom or YAML 1.1 tags)"
        });
      }
    }
  });
  if (problems.length > 0) return none;
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    problems.push({
      file,
      message: `YAML: ${err.message}`,
      expected: `at most ${MAX_ALIAS_COUNT} alias expansions`
    });
    return none;
  }
  return {
    value,
    problems,
    locate: (path) => locateIn(doc, typeof path === "string" ? parsePath(path) : path, pos)
  };
}
function locateIn(doc, path, pos) {
  const resolve = (n) => (0, import_yaml.isAlias)(n) ? n.resolve(doc) : n;
  let node = resolve(doc.contents);
  let found = node?.range ? pos(node.range[0]) : void 0;
  for (const seg of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg)
      );
      if (!pair) break;
      const key = pair.key;
      if (key.range) found = pos(key.range[0]);
      node = resolve(pair.value);
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const raw = node.items[seg];
      if (!raw) break;
      if (raw.range) found = pos(raw.range[0]);
      node = resolve(raw);
    } else {
      break;
    }
  }
  return found;
}

// src/spec/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}
function closest(word, known, maxEdits = Math.min(3, Math.max(1, Math.floor(word.length / 3)))) {
  const w = word.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(w, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= maxEdits ? best : void 0;
}

export {
  closest,
  MAX_SPEC_BYTES,
  parsePath,
  formatPath,
  parseYaml
};
