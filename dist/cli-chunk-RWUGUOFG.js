import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  require_ajv,
  require_dist as require_dist2,
  uniformFloat64,
  xoroshiro128plusFromState
} from "./cli-chunk-6HCJAORC.js";
import {
  require_dist
} from "./cli-chunk-5W6KL5HJ.js";
import {
  InputError,
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import {
  __commonJS,
  __toESM
} from "./cli-chunk-O5NZ25FZ.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix });
        const result = { glob: glob2, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/providers/local/data-capture.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/providers/local/rng.ts
import { createHash } from "node:crypto";
var Z99 = 2.3263478740408408;
var Rng = class {
  gen;
  spare;
  constructor(seed, ...keys) {
    const digest2 = createHash("sha256").update(`${seed}\0${keys.join("\0")}`).digest();
    const state = [
      digest2.readInt32BE(0),
      digest2.readInt32BE(4),
      digest2.readInt32BE(8),
      digest2.readInt32BE(12)
    ];
    if (!state.some((w) => w !== 0)) state[0] = 1;
    this.gen = xoroshiro128plusFromState(state);
  }
  /** Uniform in [0, 1). */
  uniform() {
    return uniformFloat64(this.gen);
  }
  bernoulli(p) {
    return p > 0 && this.uniform() < p;
  }
  /** Standard normal (Marsaglia polar method). */
  normal() {
    if (this.spare !== void 0) {
      const s2 = this.spare;
      this.spare = void 0;
      return s2;
    }
    for (; ; ) {
      const u = this.uniform() * 2 - 1;
      const v = this.uniform() * 2 - 1;
      const s2 = u * u + v * v;
      if (s2 > 0 && s2 < 1) {
        const m = Math.sqrt(-2 * Math.log(s2) / s2);
        this.spare = v * m;
        return u * m;
      }
    }
  }
  /** Lognormal with the given median and log-space standard deviation. */
  lognormal(median, sigma) {
    return median * Math.exp(sigma * this.normal());
  }
  /**
   * Poisson count with mean `lambda`: exact (Knuth) below 30, normal approximation with continuity
   * correction above, where its error is far below the sampling noise the simulator models.
   */
  poisson(lambda) {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = this.uniform();
      while (p > limit) {
        k++;
        p *= this.uniform();
      }
      return k;
    }
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
  }
  /** Index drawn from non-negative weights (which need not sum to 1); -1 when all are zero. */
  pick(weights) {
    let total = 0;
    for (const w of weights) total += w;
    if (!(total > 0)) return -1;
    let u = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return i;
    }
    return weights.length - 1;
  }
  /** A deterministic UUID-shaped id. */
  uuid() {
    const hex = Array.from(
      { length: 4 },
      () => ((this.gen.next() >>> 0) + 4294967296).toString(16).slice(1)
    ).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
};

// src/providers/local/data-capture.ts
function captureRoot(destination, dataDir) {
  if (destination.startsWith("file://")) return fileURLToPath(destination);
  const s3 = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination);
  if (s3) return join(dataDir, "s3", s3[1], s3[2]);
  const https = /^https:\/\/(.+)$/.exec(destination);
  if (https) return join(dataDir, "https", https[1]);
  return isAbsolute(destination) ? destination : resolve(dataDir, destination);
}
function encodingFor(contentType, config) {
  const ct = contentType.split(";")[0].trim().toLowerCase();
  const csv = config.CaptureContentTypeHeader?.CsvContentTypes ?? ["text/csv"];
  const json = config.CaptureContentTypeHeader?.JsonContentTypes ?? [
    "application/json",
    "application/jsonlines"
  ];
  if (csv.map((c) => c.toLowerCase()).includes(ct)) return "CSV";
  if (json.map((c) => c.toLowerCase()).includes(ct)) return "JSON";
  return "BASE64";
}
function buildRecord(config, t, eventId, inferenceId, input, output) {
  const modes = new Set(config.CaptureOptions.map((o) => o.CaptureMode));
  const wantsInput = modes.has("Input") || modes.has("InputAndOutput");
  const wantsOutput = modes.has("Output") || modes.has("InputAndOutput");
  const part = (mode, p) => {
    const encoding = encodingFor(p.contentType, config);
    return {
      observedContentType: p.contentType,
      mode,
      data: encoding === "BASE64" ? p.body.toString("base64") : p.body.toString("utf8"),
      encoding
    };
  };
  const record = {
    captureData: {},
    eventMetadata: { eventId, inferenceTime: new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z") },
    eventVersion: "0"
  };
  if (inferenceId !== void 0) record.eventMetadata.inferenceId = inferenceId;
  if (wantsInput) record.captureData.endpointInput = part("INPUT", input);
  if (wantsOutput && output) record.captureData.endpointOutput = part("OUTPUT", output);
  return record;
}
var pad = (n, w = 2) => String(n).padStart(w, "0");
var CaptureWriter = class {
  constructor(dataDir, seed) {
    this.dataDir = dataDir;
    this.seed = seed;
  }
  dataDir;
  seed;
  pending = /* @__PURE__ */ new Map();
  files = 0;
  add(destination, endpoint, variant, t, record) {
    const d = new Date(t);
    const dir = join(
      captureRoot(destination, this.dataDir),
      endpoint,
      variant,
      String(d.getUTCFullYear()),
      pad(d.getUTCMonth() + 1),
      pad(d.getUTCDate()),
      pad(d.getUTCHours())
    );
    let p = this.pending.get(dir);
    if (!p) {
      p = { dir, lines: [], firstAt: t };
      this.pending.set(dir, p);
    }
    p.lines.push(JSON.stringify(record));
  }
  /** Writes every buffered record; returns the files written. */
  flush() {
    const written = [];
    for (const p of this.pending.values()) {
      const d = new Date(p.firstAt);
      const id = new Rng(this.seed, "capture-file", p.dir, this.files++).uuid();
      const name = `${pad(d.getUTCMinutes())}-${pad(d.getUTCSeconds())}-${pad(d.getUTCMilliseconds(), 3)}-${id}.jsonl`;
      mkdirSync(p.dir, { recursive: true });
      const file = join(p.dir, name);
      writeFileSync(`${file}.tmp`, `${p.lines.join("\n")}
`);
      renameSync(`${file}.tmp`, file);
      written.push(file);
    }
    this.pending.clear();
    return written;
  }
};

// src/providers/local/profiles.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/providers/local/scenario/defaults.ts
var DEFAULT_TIMINGS = {
  createEndpoint: 4 * 6e4,
  provisionFleet: 3 * 6e4,
  terminateFleet: 3e4,
  updateWeights: 2e4,
  scaleInstances: 2 * 6e4,
  deleteEndpoint: 3e4
};
var DEFAULT_ACCOUNT = "123456789012";
var DEFAULT_REGION = "us-east-1";
var DEFAULT_RPS = 10;
var HEALTHY_PROFILE = {
  name: "default",
  latency: { distribution: "lognormal", median: 30, sigma: Math.log(3) / 2.3263478740408408 },
  overhead: { distribution: "lognormal", median: 2, sigma: Math.log(2.5) / 2.3263478740408408 },
  errors: { rate4xx: 0, rate5xx: 0, modelErrorRate: 0 },
  prediction: { kind: "labels", labels: ["positive", "negative"], cumulative: [0.1, 1], disagreement: 0 }
};
function defaultScenario() {
  return {
    source: "<default>",
    account: DEFAULT_ACCOUNT,
    region: DEFAULT_REGION,
    timings: { ...DEFAULT_TIMINGS },
    traffic: [{ endpoint: "*", points: [{ at: 0, rps: DEFAULT_RPS }], interpolate: "step" }],
    input: { features: 4, contentType: "text/csv" },
    profiles: [],
    modelPackages: [],
    faults: [],
    limits: { instances: {} },
    dataCapture: { maxRecordsPerMinute: 2e3 },
    metricRetentionMs: 24 * 36e5
  };
}

// src/providers/local/profiles.ts
var PROFILE_ENV = "MODELGATE_PROFILE";
var matchers = /* @__PURE__ */ new Map();
function globMatch(pattern, value) {
  let m = matchers.get(pattern);
  if (!m) {
    m = (0, import_picomatch.default)(pattern, { bash: true, dot: true });
    matchers.set(pattern, m);
  }
  return m(value);
}
function resolveProfile(scenario, modelName2, containers) {
  for (const c of containers) {
    const named = c.Environment?.[PROFILE_ENV];
    if (named) {
      const p = scenario.profiles.find((x) => x.name === named);
      if (p) return p;
    }
  }
  for (const p of scenario.profiles) {
    const m = p.match;
    if (!m) continue;
    if (m.name !== void 0 && !globMatch(m.name, modelName2)) continue;
    if (m.image !== void 0 && !containers.some((c) => c.Image !== void 0 && globMatch(m.image, c.Image)))
      continue;
    if (m.modelDataUrl !== void 0 && !containers.some((c) => c.ModelDataUrl !== void 0 && globMatch(m.modelDataUrl, c.ModelDataUrl))) {
      continue;
    }
    return p;
  }
  return scenario.profiles.find((p) => p.name === "default") ?? HEALTHY_PROFILE;
}
function unknownProfileName(scenario, containers) {
  for (const c of containers) {
    const named = c.Environment?.[PROFILE_ENV];
    if (named && !scenario.profiles.some((p) => p.name === named)) return named;
  }
  return void 0;
}
function targetMatches(target2, ctx) {
  if (target2.profile !== void 0 && !globMatch(target2.profile, ctx.profile)) return false;
  if (target2.model !== void 0 && (ctx.model === void 0 || !globMatch(target2.model, ctx.model)))
    return false;
  if (target2.endpoint !== void 0 && !globMatch(target2.endpoint, ctx.endpoint)) return false;
  if (target2.variant !== void 0 && !globMatch(target2.variant, ctx.variant)) return false;
  return true;
}
function behaviourAt(profile2, faults, ctx, t) {
  const b = { profile: profile2, ...profile2.errors, latencyFactor: 1, latencyAddMs: 0 };
  for (const f of faults) {
    if (t < f.from || t >= f.to) continue;
    if (f.type === "latencySpike" && targetMatches(f.target, ctx)) {
      b.latencyFactor *= f.factor;
      b.latencyAddMs += f.addMs;
    } else if (f.type === "errorBurst" && targetMatches(f.target, ctx)) {
      if (f.rate4xx !== void 0) b.rate4xx = f.rate4xx;
      if (f.rate5xx !== void 0) b.rate5xx = f.rate5xx;
      if (f.modelErrorRate !== void 0) b.modelErrorRate = f.modelErrorRate;
    }
  }
  const total = b.rate4xx + b.rate5xx + b.modelErrorRate;
  if (total > 1) {
    b.rate4xx /= total;
    b.rate5xx /= total;
    b.modelErrorRate /= total;
  }
  return b;
}
function faultEdges(faults, t0, from, to) {
  const edges = [];
  for (const f of faults) {
    if (f.type !== "latencySpike" && f.type !== "errorBurst") continue;
    for (const e of [t0 + f.from, t0 + f.to]) if (e > from && e < to) edges.push(e);
  }
  return edges;
}

// src/providers/local/index.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/providers/local/scenario/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// src/providers/local/scenario/durations.ts
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value * 1e3 : void 0;
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d)$/.exec(value);
  return m ? Number(m[1]) * UNITS[m[2]] : void 0;
}
function parseLatencyMs(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  return parseDuration(value);
}

// src/providers/local/scenario/schema.ts
var duration = {
  description: 'a duration such as "250ms", "90s", "5m", "1.5h", "1d", or a number of seconds',
  anyOf: [
    { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$" },
    { type: "number", minimum: 0 }
  ]
};
var glob = { type: "string", minLength: 1, maxLength: 256 };
var rate = { type: "number", minimum: 0, maximum: 1 };
var latency = {
  type: "object",
  additionalProperties: false,
  required: ["median"],
  properties: {
    distribution: { enum: ["lognormal", "constant"] },
    median: duration,
    p99: duration,
    sigma: { type: "number", minimum: 0, maximum: 5 }
  }
};
var target = {
  type: "object",
  additionalProperties: false,
  properties: { profile: glob, model: glob, endpoint: glob, variant: glob }
};
var windowed = { at: duration, duration };
var reason = { type: "string", minLength: 1, maxLength: 1024 };
function faultKind(type, properties, rest = {}) {
  return {
    if: { properties: { type: { const: type } } },
    then: { additionalProperties: false, properties: { type: true, ...windowed, ...properties }, ...rest }
  };
}
var scenarioSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://modelgate.dev/schemas/scenario.json",
  title: "modelgate simulator scenario",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    seed: { type: "integer", minimum: 0, maximum: 4294967295 },
    start: { type: "string", format: "date-time" },
    account: { type: "string", pattern: "^[0-9]{12}$" },
    region: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" },
    timings: {
      type: "object",
      additionalProperties: false,
      properties: {
        createEndpoint: duration,
        provisionFleet: duration,
        terminateFleet: duration,
        updateWeights: duration,
        scaleInstances: duration,
        deleteEndpoint: duration
      }
    },
    traffic: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["endpoint"],
        properties: {
          endpoint: glob,
          rps: { type: "number", minimum: 0, maximum: 5e3 },
          schedule: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["at", "rps"],
              properties: { at: duration, rps: { type: "number", minimum: 0, maximum: 5e3 } }
            }
          },
          interpolate: { enum: ["step", "linear"] }
        },
        description: "set exactly one of rps (a constant rate) or schedule",
        oneOf: [{ required: ["rps"] }, { required: ["schedule"] }]
      }
    },
    input: {
      type: "object",
      additionalProperties: false,
      properties: {
        features: { type: "integer", minimum: 1, maximum: 256 },
        contentType: { enum: ["text/csv", "application/json"] }
      }
    },
    models: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          match: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: { name: glob, image: glob, modelDataUrl: glob }
          },
          latency,
          overhead: latency,
          errors: {
            type: "object",
            additionalProperties: false,
            properties: { rate4xx: rate, rate5xx: rate, modelErrorRate: rate }
          },
          prediction: {
            type: "object",
            additionalProperties: false,
            properties: {
              labels: {
                type: "object",
                minProperties: 1,
                additionalProperties: { type: "number", minimum: 0 }
              },
              score: {
                type: "object",
                additionalProperties: false,
                required: ["mean", "sd"],
                properties: {
                  mean: { type: "number", minimum: 0, maximum: 1 },
                  sd: { type: "number", minimum: 0, maximum: 1 }
                }
              },
              disagreement: rate
            },
            description: "set labels or score, not both",
            not: { required: ["labels", "score"] }
          }
        }
      }
    },
    modelPackages: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          group: { type: "string", pattern: "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$" },
          version: { type: "integer", minimum: 1, maximum: 99999 },
          name: { type: "string", pattern: "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$" },
          approval: { enum: ["Approved", "Rejected", "PendingManualApproval"] },
          status: { enum: ["Pending", "InProgress", "Completed", "Failed", "Deleting"] },
          image: { type: "string", minLength: 1 },
          modelDataUrl: { type: "string", minLength: 1 },
          description: { type: "string", maxLength: 1024 },
          approvalDescription: { type: "string", maxLength: 1024 }
        },
        description: "set group and version (a versioned package) or name (an unversioned one), not both",
        oneOf: [
          { required: ["group", "version"], not: { required: ["name"] } },
          { required: ["name"], not: { required: ["group"] } }
        ]
      }
    },
    faults: {
      type: "array",
      items: {
        type: "object",
        required: ["type"],
        properties: {
          type: { enum: ["latencySpike", "errorBurst", "updateFailure", "throttling", "stuckEndpoint"] }
        },
        allOf: [
          faultKind(
            "latencySpike",
            { target, factor: { type: "number", minimum: 0 }, addMs: { type: "number", minimum: 0 } },
            {
              description: "set factor and/or addMs",
              anyOf: [{ required: ["factor"] }, { required: ["addMs"] }]
            }
          ),
          faultKind(
            "errorBurst",
            { target, rate4xx: rate, rate5xx: rate, modelErrorRate: rate },
            {
              description: "set at least one of rate4xx, rate5xx, modelErrorRate",
              anyOf: [{ required: ["rate4xx"] }, { required: ["rate5xx"] }, { required: ["modelErrorRate"] }]
            }
          ),
          faultKind("updateFailure", {
            endpoint: glob,
            failLaunch: { type: "boolean" },
            batch: { type: "integer", minimum: 1 },
            rollbackFails: { type: "boolean" },
            reason
          }),
          faultKind("throttling", {
            service: { enum: ["sagemaker", "cloudwatch", "all"] },
            operations: {
              type: "array",
              minItems: 1,
              items: { type: "string", pattern: "^[A-Z][A-Za-z]+$" }
            },
            probability: { type: "number", exclusiveMinimum: 0, maximum: 1 }
          }),
          faultKind("stuckEndpoint", { endpoint: glob, failAfter: duration, reason })
        ]
      }
    },
    limits: {
      type: "object",
      additionalProperties: false,
      properties: {
        instances: {
          type: "object",
          propertyNames: { pattern: "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$" },
          additionalProperties: { type: "integer", minimum: 0 }
        }
      }
    },
    dataCapture: {
      type: "object",
      additionalProperties: false,
      properties: { maxRecordsPerMinute: { type: "integer", minimum: 0, maximum: 1e6 } }
    },
    metrics: {
      type: "object",
      additionalProperties: false,
      properties: { retention: duration }
    }
  }
};

// src/providers/local/scenario/load.ts
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var compiled;
function validator() {
  if (!compiled) {
    const ajv = new import_ajv.Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      strictTypes: false,
      strictRequired: false
    });
    addFormats(ajv, ["date-time"]);
    compiled = ajv.compile(scenarioSchema);
  }
  return compiled;
}
var Locator = class {
  constructor(doc, lines, file) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
  }
  doc;
  lines;
  file;
  at(path, key) {
    if (!this.doc || !this.lines) return {};
    let node = this.doc.getIn(path, true);
    if (key !== void 0 && (0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isNode)(p.key) && p.key.value === key);
      if (pair && (0, import_yaml.isNode)(pair.key)) node = pair.key;
    }
    let depth = path.length;
    while ((!(0, import_yaml.isNode)(node) || !node.range) && depth > 0) {
      depth--;
      node = this.doc.getIn(path.slice(0, depth), true);
    }
    if (!(0, import_yaml.isNode)(node) || !node.range) node = this.doc.contents;
    if (!(0, import_yaml.isNode)(node) || !node.range) return {};
    const pos = this.lines.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  }
  problem(path, message, expected, key) {
    const full = key === void 0 ? path : [...path, key];
    return { file: this.file, ...this.at(path, key), path: formatPath(full) || void 0, message, expected };
  }
};
function formatPath(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s2) => s2.replace(/~1/g, "/").replace(/~0/g, "~")).map((s2) => /^[0-9]+$/.test(s2) ? Number(s2) : s2);
}
function schemaProblems(errors, loc) {
  const combinators = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const kept = errors.filter(
    (e) => e.keyword !== "if" && !combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`))
  );
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of kept) {
    const path = pointerToPath(e.instancePath);
    const description = e.parentSchema?.description;
    let p;
    switch (e.keyword) {
      case "additionalProperties": {
        const extra = e.params.additionalProperty;
        const allowed = Object.keys(
          e.parentSchema.properties ?? {}
        ).filter((k2) => k2 !== "type");
        p = loc.problem(
          path,
          `unknown field "${extra}"`,
          allowed.length ? `one of ${allowed.join(", ")}` : void 0,
          extra
        );
        break;
      }
      case "required":
        p = loc.problem(
          path,
          `missing required field "${e.params.missingProperty}"`
        );
        break;
      case "enum":
        p = loc.problem(
          path,
          `invalid value ${JSON.stringify(e.data)}`,
          `one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
        );
        break;
      case "anyOf":
      case "oneOf":
      case "not":
        p = e.data !== null && typeof e.data === "object" ? loc.problem(path, description ?? `invalid value ${JSON.stringify(e.data)}`) : loc.problem(path, `invalid value ${JSON.stringify(e.data)}`, description);
        break;
      case "propertyNames":
        continue;
      // reported through the nested pattern error with the name
      case "pattern":
        if (e.propertyName !== void 0) {
          p = loc.problem(
            path,
            `invalid name "${e.propertyName}"`,
            `a name matching ${e.params.pattern}`,
            e.propertyName
          );
        } else {
          p = loc.problem(
            path,
            `invalid value ${JSON.stringify(e.data)}`,
            `a value matching ${e.params.pattern}`
          );
        }
        break;
      default:
        p = loc.problem(
          path,
          `${e.message ?? "invalid value"}${e.data !== void 0 && typeof e.data !== "object" ? ` (got ${JSON.stringify(e.data)})` : ""}`
        );
    }
    const k = `${p.path}\0${p.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}
var byLine = (ps) => ps.map((p, i) => ({ p, i })).sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i).map((x) => x.p);
async function loadScenarioFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(
      [{ file, message: `cannot read scenario file: ${err.message}` }],
      "scenario_unreadable"
    );
  }
  return parseScenario(text, file);
}
function parseScenario(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    throw new InputError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col,
        message: `YAML syntax: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`
      })),
      "invalid_scenario"
    );
  }
  const value = doc.toJS() ?? {};
  return resolveScenario(value, file, new Locator(doc, lines, file));
}
function resolveScenario(value, file = "<inline>", loc = new Locator(void 0, void 0, file)) {
  const validate = validator();
  if (!validate(value))
    throw new InputError(byLine(schemaProblems(validate.errors ?? [], loc)), "invalid_scenario");
  const problems = [];
  const resolved = normalise(value, loc, problems);
  if (problems.length) throw new InputError(byLine(problems), "invalid_scenario");
  return resolved;
}
function latency2(input, fallback, path, loc, problems) {
  if (!input) return fallback;
  const median = parseLatencyMs(input.median) ?? 0;
  const distribution = input.distribution ?? "lognormal";
  if (distribution === "constant") return { distribution, median, sigma: 0 };
  if (!(median > 0)) {
    problems.push(loc.problem([...path, "median"], "a lognormal median must be greater than 0"));
    return fallback;
  }
  if (input.p99 !== void 0 && input.sigma !== void 0) {
    problems.push(loc.problem(path, "set p99 or sigma, not both"));
    return fallback;
  }
  if (input.p99 !== void 0) {
    const p99 = parseLatencyMs(input.p99) ?? 0;
    if (!(p99 > median)) {
      problems.push(
        loc.problem([...path, "p99"], `p99 (${p99} ms) must be greater than the median (${median} ms)`)
      );
      return fallback;
    }
    return { distribution, median, sigma: Math.log(p99 / median) / Z99 };
  }
  return { distribution, median, sigma: input.sigma ?? fallback.sigma };
}
function profile(name, input, loc, problems) {
  const path = ["models", name];
  const base = {
    name,
    latency: { distribution: "lognormal", median: 30, sigma: Math.log(3) / Z99 },
    overhead: { distribution: "lognormal", median: 2, sigma: Math.log(2.5) / Z99 },
    errors: { rate4xx: 0, rate5xx: 0, modelErrorRate: 0 },
    prediction: { kind: "labels", labels: ["positive", "negative"], cumulative: [0.1, 1], disagreement: 0 }
  };
  const errors = { ...base.errors, ...input.errors };
  if (errors.rate4xx + errors.rate5xx + errors.modelErrorRate > 1) {
    problems.push(loc.problem([...path, "errors"], "rate4xx + rate5xx + modelErrorRate must not exceed 1"));
  }
  let prediction = base.prediction;
  const pred = input.prediction;
  if (pred?.labels) {
    const entries = Object.entries(pred.labels);
    const total = entries.reduce((a, [, p]) => a + p, 0);
    if (!(total > 0)) {
      problems.push(loc.problem([...path, "prediction", "labels"], "label probabilities must not all be 0"));
    } else {
      let acc = 0;
      prediction = {
        kind: "labels",
        labels: entries.map(([l]) => l),
        cumulative: entries.map(([, p]) => acc += p / total),
        disagreement: pred.disagreement ?? 0
      };
    }
  } else if (pred?.score) {
    prediction = {
      kind: "score",
      mean: pred.score.mean,
      sd: pred.score.sd,
      disagreement: pred.disagreement ?? 0
    };
  } else if (pred?.disagreement !== void 0) {
    prediction = { ...prediction, disagreement: pred.disagreement };
  }
  return {
    name,
    match: input.match,
    latency: latency2(input.latency, base.latency, [...path, "latency"], loc, problems),
    overhead: latency2(input.overhead, base.overhead, [...path, "overhead"], loc, problems),
    errors,
    prediction
  };
}
function window(f) {
  const from = f.at === void 0 ? 0 : parseDuration(f.at) ?? 0;
  const to = f.duration === void 0 ? Infinity : from + (parseDuration(f.duration) ?? 0);
  return { from, to };
}
function fault(f, i, loc, problems) {
  const w = window(f);
  switch (f.type) {
    case "latencySpike":
      return { ...w, type: f.type, target: f.target ?? {}, factor: f.factor ?? 1, addMs: f.addMs ?? 0 };
    case "errorBurst":
      return {
        ...w,
        type: f.type,
        target: f.target ?? {},
        rate4xx: f.rate4xx,
        rate5xx: f.rate5xx,
        modelErrorRate: f.modelErrorRate
      };
    case "updateFailure":
      if (f.failLaunch === false && !f.rollbackFails) {
        problems.push(
          loc.problem(
            ["faults", i],
            "an updateFailure with failLaunch: false must set rollbackFails: true (otherwise it does nothing)"
          )
        );
      }
      return {
        ...w,
        type: f.type,
        endpoint: f.endpoint ?? "*",
        failLaunch: f.failLaunch ?? true,
        batch: f.batch ?? 1,
        rollbackFails: f.rollbackFails ?? false,
        reason: f.reason
      };
    case "throttling":
      return {
        ...w,
        type: f.type,
        service: f.service ?? "sagemaker",
        operations: f.operations,
        probability: f.probability ?? 1
      };
    case "stuckEndpoint":
      return {
        ...w,
        type: f.type,
        endpoint: f.endpoint ?? "*",
        failAfter: f.failAfter === void 0 ? void 0 : parseDuration(f.failAfter),
        reason: f.reason
      };
  }
}
function normalise(s2, loc, problems) {
  const timings = { ...DEFAULT_TIMINGS };
  for (const [k, v] of Object.entries(s2.timings ?? {}))
    timings[k] = parseDuration(v) ?? 0;
  const traffic = (s2.traffic ?? []).map((t, i) => {
    if (t.rps !== void 0)
      return { endpoint: t.endpoint, points: [{ at: 0, rps: t.rps }], interpolate: t.interpolate ?? "step" };
    const points = (t.schedule ?? []).map((p) => ({ at: parseDuration(p.at) ?? 0, rps: p.rps }));
    points.forEach((p, j) => {
      if (j > 0 && p.at <= points[j - 1].at) {
        problems.push(
          loc.problem(["traffic", i, "schedule", j, "at"], "schedule times must increase strictly")
        );
      }
    });
    return { endpoint: t.endpoint, points, interpolate: t.interpolate ?? "step" };
  });
  if (!s2.traffic) traffic.push({ endpoint: "*", points: [{ at: 0, rps: DEFAULT_RPS }], interpolate: "step" });
  const profiles = Object.entries(s2.models ?? {}).map(([name, p]) => profile(name, p, loc, problems));
  const packages = (s2.modelPackages ?? []).map((p) => ({
    name: p.name ?? `${p.group}/${p.version}`,
    group: p.group,
    version: p.version,
    approval: p.approval ?? "PendingManualApproval",
    status: p.status ?? "Completed",
    image: p.image,
    modelDataUrl: p.modelDataUrl,
    description: p.description,
    approvalDescription: p.approvalDescription
  }));
  const seenPkg = /* @__PURE__ */ new Map();
  packages.forEach((p, i) => {
    if (seenPkg.has(p.name))
      problems.push(
        loc.problem(
          ["modelPackages", i],
          `duplicate model package "${p.name}" (also at modelPackages[${seenPkg.get(p.name)}])`
        )
      );
    seenPkg.set(p.name, i);
  });
  const retention = s2.metrics?.retention === void 0 ? 24 * 36e5 : parseDuration(s2.metrics.retention) ?? 0;
  if (retention < 6e4)
    problems.push(loc.problem(["metrics", "retention"], "metric retention must be at least 1m"));
  const start = s2.start === void 0 ? void 0 : Date.parse(s2.start);
  return {
    source: loc.file,
    seed: s2.seed,
    start,
    account: s2.account ?? DEFAULT_ACCOUNT,
    region: s2.region ?? DEFAULT_REGION,
    timings,
    traffic,
    input: { features: s2.input?.features ?? 4, contentType: s2.input?.contentType ?? "text/csv" },
    profiles,
    modelPackages: packages,
    faults: (s2.faults ?? []).map((f, i) => fault(f, i, loc, problems)),
    limits: { instances: { ...s2.limits?.instances ?? {} } },
    dataCapture: { maxRecordsPerMinute: s2.dataCapture?.maxRecordsPerMinute ?? 2e3 },
    metricRetentionMs: retention
  };
}

// src/providers/local/server.ts
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { gunzipSync, inflateSync } from "node:zlib";

// src/providers/local/context.ts
var epoch = (ms) => ms / 1e3;
function encodeToken(offset, query2) {
  return Buffer.from(JSON.stringify({ o: offset, q: query2 })).toString("base64");
}
function decodeToken(token, query2) {
  try {
    const v = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
    if (typeof v.o !== "number" || !Number.isInteger(v.o) || v.o < 0) return void 0;
    if (JSON.stringify(v.q) !== JSON.stringify(query2)) return void 0;
    return v.o;
  } catch {
    return void 0;
  }
}

// src/providers/local/errors.ts
var AwsError = class extends Error {
  code;
  status;
  queryCode;
  fault;
  /** Extra members of a modeled error shape (runtime ModelError: OriginalStatusCode …). */
  extra;
  constructor(code, message, options = {}) {
    super(message);
    this.name = "AwsError";
    this.code = code;
    this.status = options.status ?? 400;
    this.queryCode = options.queryCode;
    this.fault = options.fault ?? (this.status >= 500 ? "Receiver" : "Sender");
    this.extra = options.extra ?? {};
  }
};
var validation = (message) => new AwsError("ValidationException", message);
var resourceLimit = (message) => new AwsError("ResourceLimitExceeded", message);
var conflict = (message) => new AwsError("ConflictException", message);
var throttling = () => new AwsError("ThrottlingException", "Rate exceeded");
var serialization = (message) => new AwsError("SerializationException", message);
var unknownOperation = (target2) => new AwsError(
  "UnknownOperationException",
  `The operation ${target2} is not supported by the modelgate simulator.`
);
var internalFailure = () => new AwsError(
  "InternalFailure",
  "The request processing has failed because of an unknown error, exception or failure.",
  {
    status: 500
  }
);
var cw = {
  invalidParameterValue: (message) => new AwsError("InvalidParameterValueException", message, { queryCode: "InvalidParameterValue" }),
  invalidParameterCombination: (message) => new AwsError("InvalidParameterCombinationException", message, {
    queryCode: "InvalidParameterCombination"
  }),
  missingParameter: (name) => new AwsError("MissingRequiredParameterException", `The parameter ${name} is required.`, {
    queryCode: "MissingParameter"
  }),
  resourceNotFound: (message) => new AwsError("ResourceNotFound", message, { status: 404, queryCode: "ResourceNotFound" }),
  invalidNextToken: () => new AwsError("InvalidNextToken", "The service returned an invalid or expired next token.", {
    queryCode: "InvalidNextToken"
  }),
  invalidFormat: (message) => new AwsError("InvalidFormatFault", message, { queryCode: "InvalidFormat" }),
  limitExceeded: (message) => new AwsError("LimitExceededFault", message, { queryCode: "LimitExceeded" }),
  validation: (message) => new AwsError("ValidationError", message, { queryCode: "ValidationError" }),
  throttling: () => new AwsError("Throttling", "Rate exceeded", { queryCode: "Throttling" }),
  serialization: (message) => new AwsError("SerializationException", message, { queryCode: "SerializationException" }),
  internal: () => new AwsError("InternalServiceFault", "Internal service error.", {
    status: 500,
    queryCode: "InternalServiceError"
  })
};
var rt = {
  limitExceeded: (message) => new AwsError("LimitExceededFault", message, { queryCode: "LimitExceeded" }),
  validation: (message) => new AwsError("ValidationError", message),
  modelError: (message, originalStatus, originalMessage, logStreamArn) => new AwsError("ModelError", message, {
    status: 424,
    extra: {
      OriginalStatusCode: originalStatus,
      OriginalMessage: originalMessage,
      LogStreamArn: logStreamArn
    }
  }),
  internal: (message = "An internal error occurred while processing the request.") => new AwsError("InternalFailure", message, { status: 500 }),
  serviceUnavailable: (message = "The service is unavailable. Try your call again.") => new AwsError("ServiceUnavailable", message, { status: 503 })
};

// src/providers/local/metric-store.ts
var RAW_LIMIT = 512;
var ALPHA = 5e-3;
var GAMMA = (1 + ALPHA) / (1 - ALPHA);
var LOG_GAMMA = Math.log(GAMMA);
var Aggregate = class {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  /** Raw values while count stays within RAW_LIMIT; undefined after (or for statistic sets). */
  raw = [];
  /** Histogram of positive values by bucket index, negatives by index of |v|, and zeros. */
  pos = /* @__PURE__ */ new Map();
  neg = /* @__PURE__ */ new Map();
  zeros = 0;
  /** False once a statistic set (no individual values) was merged in: percentiles unavailable. */
  hasDistribution = true;
  add(value, count = 1) {
    if (!(count > 0)) return;
    this.count += count;
    this.sum += value * count;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (this.raw) {
      if (Number.isInteger(count) && this.raw.length + count <= RAW_LIMIT)
        for (let i = 0; i < count; i++) this.raw.push(value);
      else this.raw = void 0;
    }
    if (value === 0) this.zeros += count;
    else {
      const map = value > 0 ? this.pos : this.neg;
      const idx = Math.ceil(Math.log(Math.abs(value)) / LOG_GAMMA);
      map.set(idx, (map.get(idx) ?? 0) + count);
    }
  }
  addStatisticSet(sampleCount, sum, min, max) {
    if (!(sampleCount > 0)) return;
    this.count += sampleCount;
    this.sum += sum;
    this.min = Math.min(this.min, min);
    this.max = Math.max(this.max, max);
    this.raw = void 0;
    this.hasDistribution = false;
  }
  merge(other) {
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.raw = this.raw && other.raw && this.raw.length + other.raw.length <= RAW_LIMIT * 64 ? [...this.raw, ...other.raw] : void 0;
    for (const [k, v] of other.pos) this.pos.set(k, (this.pos.get(k) ?? 0) + v);
    for (const [k, v] of other.neg) this.neg.set(k, (this.neg.get(k) ?? 0) + v);
    this.zeros += other.zeros;
    this.hasDistribution &&= other.hasDistribution;
  }
  /** Nearest-rank percentile, q in [0, 1]; undefined without a distribution. */
  percentile(q) {
    if (this.count === 0 || !this.hasDistribution) return void 0;
    if (this.raw && this.raw.length === this.count) {
      const sorted = [...this.raw].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    }
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    const clamp = (v) => Math.min(this.max, Math.max(this.min, v));
    const value = (idx) => 2 * Math.pow(GAMMA, idx) / (GAMMA + 1);
    for (const idx of [...this.neg.keys()].sort((a, b) => b - a)) {
      seen += this.neg.get(idx) ?? 0;
      if (seen >= rank) return clamp(-value(idx));
    }
    seen += this.zeros;
    if (seen >= rank) return 0;
    for (const idx of [...this.pos.keys()].sort((a, b) => a - b)) {
      seen += this.pos.get(idx) ?? 0;
      if (seen >= rank) return clamp(value(idx));
    }
    return this.max;
  }
  /** A CloudWatch statistic: SampleCount, Average, Sum, Minimum, Maximum or pNN(.NN). */
  statistic(stat) {
    if (this.count === 0) return void 0;
    switch (stat) {
      case "SampleCount":
        return this.count;
      case "Sum":
        return this.sum;
      case "Average":
        return this.sum / this.count;
      case "Minimum":
        return this.min;
      case "Maximum":
        return this.max;
    }
    const q = percentileOf(stat);
    return q === void 0 ? void 0 : this.percentile(q);
  }
};
function percentileOf(stat) {
  const m = /^p(\d{1,2}(?:\.\d{1,10})?|100(?:\.0+)?)$/.exec(stat);
  return m ? Number(m[1]) / 100 : void 0;
}
var SIMPLE_STATS = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"];
function isSupportedStat(stat) {
  return SIMPLE_STATS.includes(stat) || percentileOf(stat) !== void 0;
}
function seriesKey(namespace2, metricName2, dimensions2) {
  const dims = [...dimensions2].sort((a, b) => a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0);
  return JSON.stringify([namespace2, metricName2, dims.map((d) => [d.Name, d.Value])]);
}
var minuteOf = (t) => Math.floor(t / 6e4) * 6e4;
var MetricStore = class {
  constructor(retentionMs) {
    this.retentionMs = retentionMs;
  }
  retentionMs;
  series = /* @__PURE__ */ new Map();
  /** The aggregate of one series for the minute holding time `t` (created on demand). */
  aggregate(namespace2, metricName2, dimensions2, t, unit2) {
    const key = seriesKey(namespace2, metricName2, dimensions2);
    let s2 = this.series.get(key);
    if (!s2) {
      s2 = {
        namespace: namespace2,
        metricName: metricName2,
        dimensions: dimensions2.map((d) => ({ Name: d.Name, Value: d.Value })),
        unit: unit2,
        minutes: /* @__PURE__ */ new Map()
      };
      this.series.set(key, s2);
    }
    if (unit2) s2.unit = unit2;
    const m = minuteOf(t);
    let agg = s2.minutes.get(m);
    if (!agg) {
      agg = new Aggregate();
      s2.minutes.set(m, agg);
    }
    return agg;
  }
  /** Adds a whole minute's aggregate (the traffic generator's output). */
  mergeMinute(namespace2, metricName2, dimensions2, minute, agg, unit2) {
    if (agg.count === 0) return;
    this.aggregate(namespace2, metricName2, dimensions2, minute, unit2).merge(agg);
  }
  find(namespace2, metricName2, dimensions2) {
    return this.series.get(seriesKey(namespace2, metricName2, dimensions2));
  }
  all() {
    return this.series.values();
  }
  /**
   * Datapoints for periods [from + k·period, …) up to `to` (exclusive), merged per period; empty
   * periods are left out, as CloudWatch does. Returned oldest first.
   */
  query(namespace2, metricName2, dimensions2, from, to, periodMs, unit2) {
    const s2 = this.find(namespace2, metricName2, dimensions2);
    if (!s2 || unit2 && s2.unit && unit2 !== s2.unit) return [];
    const buckets = /* @__PURE__ */ new Map();
    for (const [minute, agg] of s2.minutes) {
      if (minute < from || minute >= to) continue;
      const start = from + Math.floor((minute - from) / periodMs) * periodMs;
      let b = buckets.get(start);
      if (!b) {
        b = new Aggregate();
        buckets.set(start, b);
      }
      b.merge(agg);
    }
    return [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([start, agg]) => ({ start, agg }));
  }
  /** Drops minutes older than the retention. */
  prune(now) {
    const cutoff = now - this.retentionMs;
    for (const [key, s2] of this.series) {
      for (const m of s2.minutes.keys()) if (m < cutoff) s2.minutes.delete(m);
      if (s2.minutes.size === 0) this.series.delete(key);
    }
  }
};

// src/providers/local/validate.ts
var s = {
  str: (o = {}) => ({
    t: "string",
    ...o
  }),
  enum: (values) => ({ t: "string", enum: values }),
  int: (o = {}) => ({ t: "integer", ...o }),
  double: (o = {}) => ({ t: "double", ...o }),
  bool: () => ({ t: "boolean" }),
  time: () => ({ t: "timestamp" }),
  list: (member, o = {}) => ({ t: "list", member, ...o }),
  map: (key, value, o = {}) => ({ t: "map", key, value, ...o }),
  struct: (members, required = []) => ({
    t: "structure",
    members,
    required
  }),
  doc: () => ({ t: "document" })
};
var lowerFirst = (name) => name.charAt(0).toLowerCase() + name.slice(1);
function show(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
var TYPE_NAMES = {
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  timestamp: "Timestamp",
  list: "List",
  map: "Map",
  structure: "Structure"
};
function jsonKind(v) {
  if (v === null) return "NULL_VALUE";
  if (Array.isArray(v)) return "START_ARRAY";
  switch (typeof v) {
    case "string":
      return "VALUE_STRING";
    case "number":
      return Number.isInteger(v) ? "VALUE_NUMBER_INT" : "VALUE_NUMBER_FLOAT";
    case "boolean":
      return v ? "VALUE_TRUE" : "VALUE_FALSE";
    default:
      return "START_OBJECT";
  }
}
var Walker = class {
  result = { violations: [], missing: [] };
  fail(value, path, constraint) {
    this.result.violations.push(
      `Value ${value === null || value === void 0 ? "null" : `'${show(value)}'`} at '${path}' failed to satisfy constraint: ${constraint}`
    );
  }
  typeMismatch(shape, value, queryPath) {
    if (!this.result.serialization) {
      this.result.serialization = `${jsonKind(value)} can not be converted to ${TYPE_NAMES[shape.t] ?? shape.t} (at ${queryPath})`;
    }
  }
  walk(shape, value, path, queryPath) {
    if (value === null || value === void 0) return;
    switch (shape.t) {
      case "document":
        return;
      case "string": {
        if (typeof value !== "string") return this.typeMismatch(shape, value, queryPath);
        const len = [...value].length;
        if (shape.min !== void 0 && len < shape.min)
          this.fail(value, path, `Member must have length greater than or equal to ${shape.min}`);
        if (shape.max !== void 0 && len > shape.max)
          this.fail(value, path, `Member must have length less than or equal to ${shape.max}`);
        if (shape.pattern !== void 0 && !new RegExp(`^(?:${shape.pattern})$`, "u").test(value)) {
          this.fail(value, path, `Member must satisfy regular expression pattern: ${shape.pattern}`);
        }
        if (shape.enum && !shape.enum.includes(value))
          this.fail(value, path, `Member must satisfy enum value set: [${shape.enum.join(", ")}]`);
        return;
      }
      case "integer":
      case "double": {
        if (typeof value !== "number" || !Number.isFinite(value))
          return this.typeMismatch(shape, value, queryPath);
        if (shape.t === "integer" && !Number.isInteger(value))
          return this.typeMismatch(shape, value, queryPath);
        if (shape.min !== void 0 && value < shape.min)
          this.fail(value, path, `Member must have value greater than or equal to ${shape.min}`);
        if (shape.max !== void 0 && value > shape.max)
          this.fail(value, path, `Member must have value less than or equal to ${shape.max}`);
        return;
      }
      case "boolean":
        if (typeof value !== "boolean") this.typeMismatch(shape, value, queryPath);
        return;
      case "timestamp":
        if (typeof value !== "number" || !Number.isFinite(value)) this.typeMismatch(shape, value, queryPath);
        return;
      case "list": {
        if (!Array.isArray(value)) return this.typeMismatch(shape, value, queryPath);
        if (shape.min !== void 0 && value.length < shape.min)
          this.fail(value, path, `Member must have length greater than or equal to ${shape.min}`);
        if (shape.max !== void 0 && value.length > shape.max)
          this.fail(value, path, `Member must have length less than or equal to ${shape.max}`);
        value.forEach((item, i) => {
          if (item === null) return this.fail(null, `${path}.${i + 1}.member`, "Member must not be null");
          this.walk(shape.member, item, `${path}.${i + 1}.member`, `${queryPath}.member.${i + 1}`);
        });
        return;
      }
      case "map": {
        if (typeof value !== "object" || Array.isArray(value))
          return this.typeMismatch(shape, value, queryPath);
        const entries = Object.entries(value);
        if (shape.max !== void 0 && entries.length > shape.max)
          this.fail(value, path, `Member must have length less than or equal to ${shape.max}`);
        for (const [k, v] of entries) {
          this.walk(shape.key, k, path, queryPath);
          this.walk(shape.value, v, path, `${queryPath}.${k}`);
        }
        return;
      }
      case "structure": {
        if (typeof value !== "object" || Array.isArray(value))
          return this.typeMismatch(shape, value, queryPath);
        const obj = value;
        for (const req of shape.required ?? []) {
          if (obj[req] === void 0 || obj[req] === null) {
            this.fail(null, joinPath(path, lowerFirst(req)), "Member must not be null");
            this.result.missing.push(joinPath(queryPath, req));
          }
        }
        for (const [name, member] of Object.entries(shape.members)) {
          this.walk(member, obj[name], joinPath(path, lowerFirst(name)), joinPath(queryPath, name));
        }
        return;
      }
    }
  }
};
var joinPath = (base, name) => base ? `${base}.${name}` : name;
function validateInput(shape, input) {
  const w = new Walker();
  w.walk(shape, input, "", "");
  return w.result;
}
function violationMessage(violations) {
  const n = violations.length;
  return `${n} validation error${n === 1 ? "" : "s"} detected: ${violations.join("; ")}`;
}

// src/providers/local/cloudwatch/shapes.ts
var UNITS2 = [
  "Seconds",
  "Microseconds",
  "Milliseconds",
  "Bytes",
  "Kilobytes",
  "Megabytes",
  "Gigabytes",
  "Terabytes",
  "Bits",
  "Kilobits",
  "Megabits",
  "Gigabits",
  "Terabits",
  "Percent",
  "Count",
  "Bytes/Second",
  "Kilobytes/Second",
  "Megabytes/Second",
  "Gigabytes/Second",
  "Terabytes/Second",
  "Bits/Second",
  "Kilobits/Second",
  "Megabits/Second",
  "Gigabits/Second",
  "Terabits/Second",
  "Count/Second",
  "None"
];
var unit = s.enum(UNITS2);
var namespace = s.str({ min: 1, max: 255, pattern: "[^:].*" });
var metricName = s.str({ min: 1, max: 255 });
var dimensions = s.list(
  s.struct({ Name: s.str({ min: 1, max: 255 }), Value: s.str({ min: 1, max: 1024 }) }, ["Name", "Value"]),
  { max: 30 }
);
var alarmName = s.str({ min: 1, max: 255 });
var actions = s.list(s.str({ min: 1, max: 1024 }), { max: 5 });
var metricStat = s.struct(
  {
    Metric: s.struct({ Namespace: namespace, MetricName: metricName, Dimensions: dimensions }),
    Period: s.int({ min: 1 }),
    Stat: s.str(),
    Unit: unit
  },
  ["Metric", "Period", "Stat"]
);
var query = s.struct(
  {
    Id: s.str({ min: 1, max: 255 }),
    MetricStat: metricStat,
    Expression: s.str({ min: 1, max: 2048 }),
    Label: s.str(),
    ReturnData: s.bool(),
    Period: s.int({ min: 1 }),
    AccountId: s.str({ min: 1, max: 255 })
  },
  ["Id"]
);
var COMPARISON = [
  "GreaterThanOrEqualToThreshold",
  "GreaterThanThreshold",
  "LessThanThreshold",
  "LessThanOrEqualToThreshold",
  "LessThanLowerOrGreaterThanUpperThreshold",
  "LessThanLowerThreshold",
  "GreaterThanUpperThreshold"
];
var CW_SHAPES = {
  GetMetricData: s.struct(
    {
      MetricDataQueries: s.list(query, { max: 500 }),
      StartTime: s.time(),
      EndTime: s.time(),
      NextToken: s.str(),
      ScanBy: s.enum(["TimestampDescending", "TimestampAscending"]),
      MaxDatapoints: s.int(),
      LabelOptions: s.struct({ Timezone: s.str() })
    },
    ["MetricDataQueries", "StartTime", "EndTime"]
  ),
  GetMetricStatistics: s.struct(
    {
      Namespace: namespace,
      MetricName: metricName,
      Dimensions: dimensions,
      StartTime: s.time(),
      EndTime: s.time(),
      Period: s.int({ min: 1 }),
      Statistics: s.list(s.enum(["SampleCount", "Average", "Sum", "Minimum", "Maximum"]), { min: 1, max: 5 }),
      ExtendedStatistics: s.list(s.str(), { min: 1, max: 10 }),
      Unit: unit
    },
    ["Namespace", "MetricName", "StartTime", "EndTime", "Period"]
  ),
  ListMetrics: s.struct({
    Namespace: namespace,
    MetricName: metricName,
    Dimensions: s.list(
      s.struct({ Name: s.str({ min: 1, max: 255 }), Value: s.str({ min: 1, max: 1024 }) }, ["Name"]),
      { max: 10 }
    ),
    NextToken: s.str(),
    RecentlyActive: s.enum(["PT3H"]),
    IncludeLinkedAccounts: s.bool(),
    OwningAccount: s.str()
  }),
  PutMetricData: s.struct(
    {
      Namespace: namespace,
      MetricData: s.list(
        s.struct(
          {
            MetricName: metricName,
            Dimensions: dimensions,
            Timestamp: s.time(),
            Value: s.double(),
            StatisticValues: s.struct(
              { SampleCount: s.double(), Sum: s.double(), Minimum: s.double(), Maximum: s.double() },
              ["SampleCount", "Sum", "Minimum", "Maximum"]
            ),
            Values: s.list(s.double()),
            Counts: s.list(s.double()),
            Unit: unit,
            StorageResolution: s.int({ min: 1 })
          },
          ["MetricName"]
        ),
        { max: 1e3 }
      ),
      EntityMetricData: s.doc(),
      StrictEntityValidation: s.bool()
    },
    ["Namespace"]
  ),
  PutMetricAlarm: s.struct(
    {
      AlarmName: alarmName,
      AlarmDescription: s.str({ max: 1024 }),
      ActionsEnabled: s.bool(),
      OKActions: actions,
      AlarmActions: actions,
      InsufficientDataActions: actions,
      MetricName: metricName,
      Namespace: namespace,
      Statistic: s.enum(["SampleCount", "Average", "Sum", "Minimum", "Maximum"]),
      ExtendedStatistic: s.str(),
      Dimensions: dimensions,
      Period: s.int({ min: 1 }),
      Unit: unit,
      EvaluationPeriods: s.int({ min: 1 }),
      DatapointsToAlarm: s.int({ min: 1 }),
      Threshold: s.double(),
      ComparisonOperator: s.enum(COMPARISON),
      TreatMissingData: s.str({ min: 1, max: 255 }),
      EvaluateLowSampleCountPercentile: s.str({ min: 1, max: 255 }),
      Metrics: s.doc(),
      Tags: s.list(
        s.struct({ Key: s.str({ min: 1, max: 128 }), Value: s.str({ max: 256 }) }, ["Key", "Value"])
      ),
      ThresholdMetricId: s.str({ min: 1, max: 255 })
    },
    ["AlarmName", "EvaluationPeriods", "ComparisonOperator"]
  ),
  DescribeAlarms: s.struct({
    AlarmNames: s.list(alarmName, { max: 100 }),
    AlarmNamePrefix: alarmName,
    AlarmTypes: s.list(s.enum(["CompositeAlarm", "MetricAlarm"])),
    ChildrenOfAlarmName: alarmName,
    ParentsOfAlarmName: alarmName,
    StateValue: s.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]),
    ActionPrefix: s.str({ min: 1, max: 1024 }),
    MaxRecords: s.int({ min: 1, max: 100 }),
    NextToken: s.str()
  }),
  SetAlarmState: s.struct(
    {
      AlarmName: alarmName,
      StateValue: s.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]),
      StateReason: s.str({ max: 1023 }),
      StateReasonData: s.str({ max: 4e3 })
    },
    ["AlarmName", "StateValue", "StateReason"]
  ),
  DeleteAlarms: s.struct({ AlarmNames: s.list(alarmName, { max: 100 }) }, ["AlarmNames"])
};

// src/providers/local/cloudwatch/alarms.ts
var MAX_ALARMS = 5e3;
var TREAT_MISSING = ["missing", "notBreaching", "breaching", "ignore"];
function render(a) {
  return {
    AlarmName: a.AlarmName,
    AlarmArn: a.AlarmArn,
    ...a.AlarmDescription !== void 0 ? { AlarmDescription: a.AlarmDescription } : {},
    AlarmConfigurationUpdatedTimestamp: epoch(a.AlarmConfigurationUpdatedTimestamp),
    ActionsEnabled: a.ActionsEnabled,
    OKActions: a.OKActions,
    AlarmActions: a.AlarmActions,
    InsufficientDataActions: a.InsufficientDataActions,
    StateValue: a.StateValue,
    StateReason: a.StateReason,
    ...a.StateReasonData !== void 0 ? { StateReasonData: a.StateReasonData } : {},
    StateUpdatedTimestamp: epoch(a.StateUpdatedTimestamp),
    StateTransitionedTimestamp: epoch(a.StateTransitionedTimestamp),
    MetricName: a.MetricName,
    Namespace: a.Namespace,
    ...a.Statistic ? { Statistic: a.Statistic } : {},
    ...a.ExtendedStatistic ? { ExtendedStatistic: a.ExtendedStatistic } : {},
    Dimensions: a.Dimensions,
    Period: a.Period,
    ...a.Unit ? { Unit: a.Unit } : {},
    EvaluationPeriods: a.EvaluationPeriods,
    ...a.DatapointsToAlarm !== void 0 ? { DatapointsToAlarm: a.DatapointsToAlarm } : {},
    Threshold: a.Threshold,
    ComparisonOperator: a.ComparisonOperator,
    TreatMissingData: a.TreatMissingData,
    ...a.EvaluateLowSampleCountPercentile ? { EvaluateLowSampleCountPercentile: a.EvaluateLowSampleCountPercentile } : {}
  };
}
var alarmOperations = {
  PutMetricAlarm: {
    shape: CW_SHAPES.PutMetricAlarm,
    handler(input, ctx) {
      const { sim } = ctx;
      if (input.Metrics !== void 0) {
        throw cw.invalidParameterValue(
          "Metric math alarms (Metrics) are not supported by the modelgate simulator; alarm on a single metric with MetricName and Namespace."
        );
      }
      if (!input.MetricName) throw cw.missingParameter("MetricName");
      if (!input.Namespace) throw cw.missingParameter("Namespace");
      if (input.Period === void 0) throw cw.missingParameter("Period");
      if (input.Statistic && input.ExtendedStatistic)
        throw cw.invalidParameterCombination(
          "Exactly one of Statistic and ExtendedStatistic must be specified."
        );
      if (!input.Statistic && !input.ExtendedStatistic) throw cw.missingParameter("Statistic");
      if (input.ExtendedStatistic && (percentileOf(input.ExtendedStatistic) === void 0 || !isSupportedStat(input.ExtendedStatistic))) {
        throw cw.invalidParameterValue(
          `The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not supported by the modelgate simulator; use a percentile such as p99 or p99.9.`
        );
      }
      if (!([10, 20, 30].includes(input.Period) || input.Period % 60 === 0)) {
        throw cw.invalidParameterValue("The parameter Period must be 10, 20, 30, or a multiple of 60.");
      }
      if (input.Period * input.EvaluationPeriods > 86400 * 7) {
        throw cw.invalidParameterValue(
          "The product of Period and EvaluationPeriods must not exceed 604800 seconds (7 days)."
        );
      }
      if (input.DatapointsToAlarm !== void 0 && input.DatapointsToAlarm > input.EvaluationPeriods) {
        throw cw.invalidParameterValue("DatapointsToAlarm must be less than or equal to EvaluationPeriods.");
      }
      if (![
        "GreaterThanOrEqualToThreshold",
        "GreaterThanThreshold",
        "LessThanThreshold",
        "LessThanOrEqualToThreshold"
      ].includes(input.ComparisonOperator)) {
        throw cw.invalidParameterValue(
          `Anomaly detection alarms (${input.ComparisonOperator}) are not supported by the modelgate simulator.`
        );
      }
      if (input.Threshold === void 0) throw cw.missingParameter("Threshold");
      const treat = input.TreatMissingData ?? "missing";
      if (!TREAT_MISSING.includes(treat)) {
        throw cw.invalidParameterValue(
          `The value ${input.TreatMissingData} for parameter TreatMissingData is invalid; use one of ${TREAT_MISSING.join(", ")}.`
        );
      }
      const existing = sim.alarms.alarms.get(input.AlarmName);
      if (!existing && sim.alarms.alarms.size >= MAX_ALARMS)
        throw cw.limitExceeded(`The maximum number of alarms (${MAX_ALARMS}) has been reached.`);
      const record = {
        AlarmName: input.AlarmName,
        AlarmArn: `arn:aws:cloudwatch:${ctx.region}:${sim.account}:alarm:${input.AlarmName}`,
        AlarmDescription: input.AlarmDescription,
        ActionsEnabled: input.ActionsEnabled ?? true,
        OKActions: input.OKActions ?? [],
        AlarmActions: input.AlarmActions ?? [],
        InsufficientDataActions: input.InsufficientDataActions ?? [],
        Namespace: input.Namespace,
        MetricName: input.MetricName,
        Dimensions: input.Dimensions ?? [],
        Statistic: input.Statistic,
        ExtendedStatistic: input.ExtendedStatistic,
        Period: input.Period,
        Unit: input.Unit,
        EvaluationPeriods: input.EvaluationPeriods,
        DatapointsToAlarm: input.DatapointsToAlarm,
        Threshold: input.Threshold,
        ComparisonOperator: input.ComparisonOperator,
        TreatMissingData: treat,
        EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
        // Updating an alarm keeps its state; a new one starts INSUFFICIENT_DATA.
        StateValue: existing?.StateValue ?? "INSUFFICIENT_DATA",
        StateReason: existing?.StateReason ?? "Unchecked: Initial alarm creation",
        StateReasonData: existing?.StateReasonData,
        StateUpdatedTimestamp: existing?.StateUpdatedTimestamp ?? sim.now,
        StateTransitionedTimestamp: existing?.StateTransitionedTimestamp ?? sim.now,
        AlarmConfigurationUpdatedTimestamp: sim.now
      };
      if (existing) Object.assign(existing, record);
      else sim.alarms.alarms.set(input.AlarmName, record);
    }
  },
  DescribeAlarms: {
    shape: CW_SHAPES.DescribeAlarms,
    handler(input, ctx) {
      if (input.AlarmNames?.length && input.AlarmNamePrefix) {
        throw cw.invalidParameterCombination("AlarmNames and AlarmNamePrefix cannot be specified together.");
      }
      const wantMetric = !input.AlarmTypes || input.AlarmTypes.includes("MetricAlarm");
      const list = wantMetric ? [...ctx.sim.alarms.alarms.values()].filter((a) => {
        if (input.AlarmNames?.length && !input.AlarmNames.includes(a.AlarmName)) return false;
        if (input.AlarmNamePrefix && !a.AlarmName.startsWith(input.AlarmNamePrefix)) return false;
        if (input.StateValue && a.StateValue !== input.StateValue) return false;
        if (input.ActionPrefix && ![...a.AlarmActions, ...a.OKActions, ...a.InsufficientDataActions].some(
          (x) => x.startsWith(input.ActionPrefix)
        ))
          return false;
        return true;
      }).sort((a, b) => a.AlarmName < b.AlarmName ? -1 : a.AlarmName > b.AlarmName ? 1 : 0) : [];
      const { NextToken, MaxRecords, ...query2 } = input;
      const offset = NextToken === void 0 ? 0 : decodeToken(NextToken, query2);
      if (offset === void 0) throw cw.invalidNextToken();
      const size = MaxRecords ?? 50;
      return {
        MetricAlarms: list.slice(offset, offset + size).map(render),
        CompositeAlarms: [],
        ...offset + size < list.length ? { NextToken: encodeToken(offset + size, query2) } : {}
      };
    }
  },
  SetAlarmState: {
    shape: CW_SHAPES.SetAlarmState,
    handler(input, ctx) {
      const alarm = ctx.sim.alarms.alarms.get(input.AlarmName);
      if (!alarm) throw cw.resourceNotFound(`Alarm ${input.AlarmName} not found`);
      if (input.StateReasonData !== void 0) {
        try {
          JSON.parse(input.StateReasonData);
        } catch {
          throw cw.invalidFormat("The parameter StateReasonData must be valid JSON.");
        }
      }
      ctx.sim.alarms.overridden.add(alarm);
      ctx.sim.alarms.setState(alarm, input.StateValue, input.StateReason, input.StateReasonData);
    }
  },
  DeleteAlarms: {
    shape: CW_SHAPES.DeleteAlarms,
    handler(input, ctx) {
      const missing = input.AlarmNames.filter((n) => !ctx.sim.alarms.alarms.has(n));
      if (missing.length)
        throw cw.resourceNotFound(`The following alarms were not found: ${missing.join(", ")}`);
      for (const n of input.AlarmNames) {
        const a = ctx.sim.alarms.alarms.get(n);
        ctx.sim.alarms.overridden.delete(a);
        ctx.sim.alarms.alarms.delete(n);
      }
    }
  }
};

// src/providers/local/cloudwatch/metrics.ts
var STAT_HELP = "SampleCount, Average, Sum, Minimum, Maximum or a percentile pNN / pNN.N (for example p99, p99.9)";
var MAX_DATAPOINTS = 100800;
function checkPeriod(period, param) {
  if (period >= 60 ? period % 60 !== 0 : ![1, 5, 10, 20, 30].includes(period)) {
    throw cw.invalidParameterValue(`The parameter ${param} must be 1, 5, 10, 20, 30, or a multiple of 60.`);
  }
  return Math.max(60, period) * 1e3;
}
function checkStat(stat, param) {
  if (!isSupportedStat(stat)) {
    throw cw.invalidParameterValue(
      `The value ${stat} for parameter ${param} is not supported by the modelgate simulator; use ${STAT_HELP}.`
    );
  }
}
function range(startSec, endSec) {
  if (!(endSec > startSec))
    throw cw.invalidParameterValue("The parameter StartTime must be less than the parameter EndTime.");
  return { from: minuteOf(startSec * 1e3), to: endSec * 1e3 };
}
var metricOperations = {
  GetMetricData: {
    shape: CW_SHAPES.GetMetricData,
    handler(input, ctx) {
      const { from, to } = range(input.StartTime, input.EndTime);
      const ids = /* @__PURE__ */ new Set();
      input.MetricDataQueries.forEach((q, i) => {
        const at = `MetricDataQueries.member.${i + 1}`;
        if (!/^[a-z][a-zA-Z0-9_]*$/.test(q.Id)) {
          throw cw.invalidParameterValue(
            `The value ${q.Id} for parameter ${at}.Id is invalid: it must start with a lowercase letter and contain only letters, digits and underscores.`
          );
        }
        if (ids.has(q.Id))
          throw cw.invalidParameterValue(
            `The value ${q.Id} for parameter ${at}.Id is used by more than one query; Ids must be unique.`
          );
        ids.add(q.Id);
        if (q.Expression !== void 0) {
          throw cw.invalidParameterValue(
            `Metric math is not supported by the modelgate simulator (${at}.Expression "${q.Expression}"). Query the metrics with MetricStat and combine the values in the caller.`
          );
        }
        if (!q.MetricStat) throw cw.missingParameter(`${at}.MetricStat`);
        if (!q.MetricStat.Metric.Namespace) throw cw.missingParameter(`${at}.MetricStat.Metric.Namespace`);
        if (!q.MetricStat.Metric.MetricName) throw cw.missingParameter(`${at}.MetricStat.Metric.MetricName`);
        checkPeriod(q.MetricStat.Period, `${at}.MetricStat.Period`);
        checkStat(q.MetricStat.Stat, `${at}.MetricStat.Stat`);
      });
      const descending = (input.ScanBy ?? "TimestampDescending") === "TimestampDescending";
      const results = input.MetricDataQueries.filter((q) => q.ReturnData !== false).map((q) => {
        const st = q.MetricStat;
        const points = ctx.sim.metrics.query(
          st.Metric.Namespace,
          st.Metric.MetricName,
          st.Metric.Dimensions ?? [],
          from,
          to,
          Math.max(60, st.Period) * 1e3,
          st.Unit
        ).map((p) => ({ t: p.start, v: p.agg.statistic(st.Stat) })).filter((p) => p.v !== void 0);
        if (descending) points.reverse();
        return { Id: q.Id, Label: q.Label ?? st.Metric.MetricName, points };
      });
      const { NextToken, ...query2 } = input;
      const offset = NextToken === void 0 ? 0 : decodeToken(NextToken, query2);
      if (offset === void 0) throw cw.invalidNextToken();
      const max = input.MaxDatapoints ?? MAX_DATAPOINTS;
      const pageEnd = offset + max;
      let first = 0;
      const out = results.map((r) => {
        const begin = first;
        first += r.points.length;
        const slice = r.points.slice(Math.max(0, offset - begin), Math.max(0, pageEnd - begin));
        return {
          Id: r.Id,
          Label: r.Label,
          Timestamps: slice.map((p) => epoch(p.t)),
          Values: slice.map((p) => p.v),
          StatusCode: first > pageEnd ? "PartialData" : "Complete"
        };
      });
      const truncated = first > pageEnd;
      return {
        MetricDataResults: out,
        Messages: [],
        ...truncated ? { NextToken: encodeToken(pageEnd, query2) } : {}
      };
    }
  },
  GetMetricStatistics: {
    shape: CW_SHAPES.GetMetricStatistics,
    handler(input, ctx) {
      const { from, to } = range(input.StartTime, input.EndTime);
      const periodMs = checkPeriod(input.Period, "Period");
      if (!input.Statistics?.length && !input.ExtendedStatistics?.length) {
        throw cw.invalidParameterCombination("Must specify either Statistics or ExtendedStatistics.");
      }
      input.ExtendedStatistics?.forEach((x, i) => checkStat(x, `ExtendedStatistics.member.${i + 1}`));
      const series = ctx.sim.metrics.find(input.Namespace, input.MetricName, input.Dimensions ?? []);
      const points = ctx.sim.metrics.query(
        input.Namespace,
        input.MetricName,
        input.Dimensions ?? [],
        from,
        to,
        periodMs,
        input.Unit
      );
      return {
        Label: input.MetricName,
        Datapoints: points.map((p) => ({
          Timestamp: epoch(p.start),
          ...Object.fromEntries((input.Statistics ?? []).map((st) => [st, p.agg.statistic(st)])),
          ...input.ExtendedStatistics?.length ? {
            ExtendedStatistics: Object.fromEntries(
              input.ExtendedStatistics.map((x) => [x, p.agg.statistic(x)]).filter(
                ([, v]) => v !== void 0
              )
            )
          } : {},
          Unit: input.Unit ?? series?.unit ?? "None"
        }))
      };
    }
  },
  ListMetrics: {
    shape: CW_SHAPES.ListMetrics,
    handler(input, ctx) {
      const all = [...ctx.sim.metrics.all()].filter((s2) => {
        if (input.Namespace && s2.namespace !== input.Namespace) return false;
        if (input.MetricName && s2.metricName !== input.MetricName) return false;
        for (const d of input.Dimensions ?? []) {
          if (!s2.dimensions.some((x) => x.Name === d.Name && (d.Value === void 0 || x.Value === d.Value)))
            return false;
        }
        return true;
      }).map((s2) => ({ Namespace: s2.namespace, MetricName: s2.metricName, Dimensions: s2.dimensions }));
      const { NextToken, ...query2 } = input;
      const offset = NextToken === void 0 ? 0 : decodeToken(NextToken, query2);
      if (offset === void 0) throw cw.invalidNextToken();
      const page = all.slice(offset, offset + 500);
      return {
        Metrics: page,
        ...offset + 500 < all.length ? { NextToken: encodeToken(offset + 500, query2) } : {}
      };
    }
  },
  PutMetricData: {
    shape: CW_SHAPES.PutMetricData,
    handler(input, ctx) {
      const { sim } = ctx;
      if (input.Namespace.startsWith("AWS/"))
        throw cw.invalidParameterValue("The value AWS/ for parameter Namespace is invalid.");
      const data = input.MetricData ?? [];
      data.forEach((d, i) => {
        const at = `MetricData.member.${i + 1}`;
        const given = [d.Value !== void 0, d.Values !== void 0, d.StatisticValues !== void 0].filter(
          Boolean
        ).length;
        if (given > 1)
          throw cw.invalidParameterCombination(
            `The parameters ${at}.Value, ${at}.Values and ${at}.StatisticValues are mutually exclusive.`
          );
        if (d.Counts && (!d.Values || d.Counts.length !== d.Values.length)) {
          throw cw.invalidParameterValue(
            `The parameters ${at}.Values and ${at}.Counts must have the same number of elements.`
          );
        }
        if (d.StatisticValues && !(d.StatisticValues.SampleCount > 0 && d.StatisticValues.Minimum <= d.StatisticValues.Maximum)) {
          throw cw.invalidParameterValue(
            `The parameter ${at}.StatisticValues must have SampleCount > 0 and Minimum <= Maximum.`
          );
        }
        const t = d.Timestamp === void 0 ? sim.now : d.Timestamp * 1e3;
        if (t > sim.now + 2 * 36e5)
          throw cw.invalidParameterValue(
            `The parameter ${at}.Timestamp must specify a time no more than two hours in the future.`
          );
        if (t < sim.now - 14 * 864e5)
          throw cw.invalidParameterValue(
            `The parameter ${at}.Timestamp must specify a time within the past two weeks.`
          );
      });
      for (const d of data) {
        const t = d.Timestamp === void 0 ? sim.now : d.Timestamp * 1e3;
        const agg = sim.metrics.aggregate(
          input.Namespace,
          d.MetricName,
          d.Dimensions ?? [],
          t,
          d.Unit ?? "None"
        );
        if (d.StatisticValues)
          agg.addStatisticSet(
            d.StatisticValues.SampleCount,
            d.StatisticValues.Sum,
            d.StatisticValues.Minimum,
            d.StatisticValues.Maximum
          );
        else if (d.Values) d.Values.forEach((v, k) => agg.add(v, d.Counts?.[k] ?? 1));
        else if (d.Value !== void 0) agg.add(d.Value);
      }
    }
  }
};

// src/providers/local/cloudwatch/index.ts
var cloudwatchOperations = { ...metricOperations, ...alarmOperations };

// src/providers/local/request-model.ts
function drawReference(rng) {
  return { u: rng.uniform(), z: rng.normal() };
}
function drawLatencyMs(l, rng) {
  return l.distribution === "constant" ? l.median : rng.lognormal(l.median, l.sigma);
}
function predict(profile2, ref, rng) {
  const flip = rng.uniform() < profile2.prediction.disagreement;
  const flipDraw = rng.uniform();
  const p = profile2.prediction;
  if (p.kind === "labels") {
    let idx = p.cumulative.findIndex((c) => ref.u < c);
    if (idx < 0) idx = p.labels.length - 1;
    if (flip && p.labels.length > 1)
      idx = (idx + 1 + Math.floor(flipDraw * (p.labels.length - 1))) % p.labels.length;
    return p.labels[idx];
  }
  const score = Math.min(1, Math.max(0, p.mean + p.sd * ref.z));
  return Math.round((flip ? 1 - score : score) * 1e6) / 1e6;
}
function simulateRequest(b, ref, rng) {
  const u = rng.uniform();
  const overhead = drawLatencyMs(b.profile.overhead, rng);
  const model = drawLatencyMs(b.profile.latency, rng) * b.latencyFactor + b.latencyAddMs;
  const prediction = predict(b.profile, ref, rng);
  const overheadLatencyUs = Math.max(1, Math.round(overhead * 1e3));
  const modelLatencyUs = Math.max(1, Math.round(model * 1e3));
  if (u < b.rate4xx) return { outcome: "4xx", overheadLatencyUs };
  if (u < b.rate4xx + b.rate5xx) return { outcome: "5xx", overheadLatencyUs };
  if (u < b.rate4xx + b.rate5xx + b.modelErrorRate)
    return { outcome: "modelError", overheadLatencyUs, modelLatencyUs };
  return { outcome: "ok", overheadLatencyUs, modelLatencyUs, prediction };
}

// src/providers/local/routing.ts
var SERVING = /* @__PURE__ */ new Set([
  "InService",
  "Updating",
  "SystemUpdating",
  "RollingBack",
  "UpdateRollbackFailed"
]);
function fleetUnits(endpointName2, fleet, fraction, weightOf) {
  if (fraction <= 0) return [];
  const weights = fleet.variants.map(
    (v) => Math.max(0, weightOf === "current" ? v.currentWeight : v.desiredWeight)
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const shadow = fleet.shadows[0];
  return fleet.variants.map((variant, i) => {
    const unit2 = {
      endpointName: endpointName2,
      fleet,
      variant,
      share: total > 0 ? fraction * weights[i] / total : 0
    };
    if (shadow && weights[i] > 0) {
      const w = weightOf === "current" ? shadow.currentWeight : shadow.desiredWeight;
      unit2.shadow = { variant: shadow, mirrorFraction: Math.min(1, Math.max(0, w) / weights[i]) };
    }
    return unit2;
  });
}
function computeRouting(e) {
  if (e.deletedAt !== void 0 || !SERVING.has(e.status) || !e.fleet)
    return { units: [], configDimension: e.configDimension };
  const dep = e.deployment;
  const f = dep?.kind === "update" && dep.green ? Math.min(1, Math.max(0, dep.greenFraction)) : 0;
  const units = [...fleetUnits(e.name, e.fleet, 1 - f, "current")];
  if (dep?.green && f > 0) units.push(...fleetUnits(e.name, dep.green, f, "desired"));
  return { units, configDimension: e.configDimension };
}

// src/providers/local/traffic.ts
var NAMESPACE = "AWS/SageMaker";
function rpsAt(rule, t) {
  const pts = rule.points;
  if (t < pts[0].at) return rule.interpolate === "linear" ? pts[0].rps : 0;
  let i = pts.length - 1;
  while (i > 0 && pts[i].at > t) i--;
  if (rule.interpolate === "linear" && i < pts.length - 1) {
    const a = pts[i];
    const b = pts[i + 1];
    return a.rps + (b.rps - a.rps) * (t - a.at) / (b.at - a.at);
  }
  return pts[i].rps;
}
function expectedRequests(rule, from, to) {
  const cuts = [from, ...rule.points.map((p) => p.at).filter((a) => a > from && a < to), to];
  let total = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    total += rule.interpolate === "linear" ? (rpsAt(rule, a) + rpsAt(rule, b - 1e-9)) / 2 * ((b - a) / 1e3) : rpsAt(rule, a) * ((b - a) / 1e3);
  }
  return total;
}
function trafficRuleFor(rules, endpoint) {
  return rules.find((r) => globMatch(r.endpoint, endpoint));
}
var VariantMinute = class {
  n = 0;
  e4 = 0;
  e5 = 0;
  em = 0;
  /** 1/instances → requests (the instance count can change inside a minute). */
  perInstance = /* @__PURE__ */ new Map();
  model = [];
  overhead = [];
  record(r, instances) {
    this.n++;
    if (r.outcome === "4xx") this.e4++;
    else if (r.outcome === "5xx") this.e5++;
    else if (r.outcome === "modelError") this.em++;
    const per = 1 / Math.max(1, instances);
    this.perInstance.set(per, (this.perInstance.get(per) ?? 0) + 1);
    this.overhead.push(r.overheadLatencyUs);
    if (r.modelLatencyUs !== void 0) this.model.push(r.modelLatencyUs);
  }
  /** The AWS/SageMaker aggregates of this minute (errors are 0/1 per request). */
  aggregates() {
    const out = /* @__PURE__ */ new Map();
    const agg = (name) => {
      const a = new Aggregate();
      out.set(name, a);
      return a;
    };
    agg("Invocations").add(1, this.n);
    const per = agg("InvocationsPerInstance");
    for (const [v, c] of this.perInstance) per.add(v, c);
    for (const [name, errors] of [
      ["Invocation4XXErrors", this.e4],
      ["Invocation5XXErrors", this.e5],
      ["InvocationModelErrors", this.em]
    ]) {
      const a = agg(name);
      a.add(1, errors);
      a.add(0, this.n - errors);
    }
    const overhead = agg("OverheadLatency");
    for (const v of this.overhead) overhead.add(v);
    if (this.model.length) {
      const model = agg("ModelLatency");
      for (const v of this.model) model.add(v);
    }
    return out;
  }
};
var MinuteMetrics = class {
  byDims = /* @__PURE__ */ new Map();
  /** Records one response for every dimension set of the variant. */
  record(dimSets, r, instances) {
    const key = JSON.stringify(dimSets);
    let b = this.byDims.get(key);
    if (!b) {
      b = { dims: dimSets, acc: new VariantMinute() };
      this.byDims.set(key, b);
    }
    b.acc.record(r, instances);
  }
  /** Every (dimensions, metric, aggregate) of the minute. */
  *entries() {
    const merged = /* @__PURE__ */ new Map();
    for (const { dims, acc } of this.byDims.values()) {
      const aggs = acc.aggregates();
      for (const d of dims) {
        const key = JSON.stringify(d);
        const m = merged.get(key);
        if (!m) merged.set(key, { dims: d, metrics: new Map([...aggs].map(([k, a]) => [k, copy(a)])) });
        else
          for (const [k, a] of aggs) (m.metrics.get(k) ?? m.metrics.set(k, new Aggregate()).get(k)).merge(a);
      }
    }
    for (const { dims, metrics } of merged.values())
      for (const [metric, agg] of metrics) yield { dims, metric, agg };
  }
};
function copy(a) {
  const c = new Aggregate();
  c.merge(a);
  return c;
}
function recordInto(agg, r, instances) {
  agg("Invocations").add(1);
  agg("InvocationsPerInstance").add(1 / Math.max(1, instances));
  agg("Invocation4XXErrors").add(r.outcome === "4xx" ? 1 : 0);
  agg("Invocation5XXErrors").add(r.outcome === "5xx" ? 1 : 0);
  agg("InvocationModelErrors").add(r.outcome === "modelError" ? 1 : 0);
  agg("OverheadLatency").add(r.overheadLatencyUs);
  if (r.modelLatencyUs !== void 0) agg("ModelLatency").add(r.modelLatencyUs);
}
var METRIC_UNITS = {
  Invocations: "None",
  InvocationsPerInstance: "None",
  Invocation4XXErrors: "None",
  Invocation5XXErrors: "None",
  InvocationModelErrors: "None",
  ModelLatency: "Microseconds",
  OverheadLatency: "Microseconds"
};
function dimensionSets(endpoint, variant, fleet, configDimension) {
  const base = [
    { Name: "EndpointName", Value: endpoint },
    { Name: "VariantName", Value: variant.name }
  ];
  return configDimension ? [base, [...base, { Name: "EndpointConfigName", Value: fleet.config.name }]] : [base];
}
function responseBody(r) {
  return Buffer.from(JSON.stringify({ predictions: [r.prediction ?? null] }));
}
function inputBody(sim, rng) {
  const values = Array.from(
    { length: sim.scenario.input.features },
    () => Math.round(rng.normal() * 1e4) / 1e4
  );
  return sim.scenario.input.contentType === "application/json" ? { contentType: "application/json", body: Buffer.from(JSON.stringify({ instances: [values] })) } : { contentType: "text/csv", body: Buffer.from(values.join(",")) };
}
function generateWindow(sim, e, from, to, out, captured) {
  const rule = trafficRuleFor(sim.scenario.traffic, e.name);
  if (!rule) return;
  const end = e.deletedAt !== void 0 ? Math.min(to, e.deletedAt) : to;
  const timeline = e.timeline;
  const cuts = /* @__PURE__ */ new Set([from, end]);
  for (const entry of timeline) if (entry.at > from && entry.at < end) cuts.add(entry.at);
  for (const edge of faultEdges(sim.scenario.faults, sim.t0, from, end)) cuts.add(edge);
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const routing = routingAt(timeline, a);
    if (!routing || routing.units.length === 0) continue;
    generateSegment(sim, e, routing, rule, a, b, out, captured);
  }
}
function routingAt(timeline, t) {
  let r;
  for (const entry of timeline) if (entry.at <= t) r = entry.routing;
  return r;
}
function generateSegment(sim, e, routing, rule, a, b, out, captured) {
  const offsetA = a - sim.t0;
  const lambda = expectedRequests(rule, offsetA, b - sim.t0);
  const rng = new Rng(sim.seed, "traffic", e.name, offsetA);
  const captureRng = new Rng(sim.seed, "capture", e.name, offsetA);
  const n = rng.poisson(lambda);
  if (n === 0) return;
  const times = Array.from({ length: n }, () => a + rng.uniform() * (b - a)).sort((x, y) => x - y);
  const shares = routing.units.map((u) => u.share);
  const behaviours = /* @__PURE__ */ new Map();
  const behaviour = (u) => {
    let bh = behaviours.get(u);
    if (!bh) {
      bh = behaviourAt(
        u.profile,
        sim.scenario.faults,
        { profile: u.profile.name, model: u.modelName, endpoint: e.name, variant: u.name },
        offsetA
      );
      behaviours.set(u, bh);
    }
    return bh;
  };
  const dims = /* @__PURE__ */ new Map();
  const dimsOf = (unit2, v) => {
    let d = dims.get(v);
    if (!d) {
      d = dimensionSets(e.name, v, unit2.fleet, routing.configDimension);
      dims.set(v, d);
    }
    return d;
  };
  const cap = sim.scenario.dataCapture.maxRecordsPerMinute;
  for (const t of times) {
    const idx = rng.pick(shares);
    const ref = drawReference(rng);
    const captureDraw = rng.uniform() * 100;
    const mirrorDraw = rng.uniform();
    if (idx < 0) continue;
    const unit2 = routing.units[idx];
    const prod = simulateRequest(behaviour(unit2.variant), ref, rng);
    out.record(dimsOf(unit2, unit2.variant), prod, unit2.variant.currentInstanceCount);
    const shadow = unit2.shadow && mirrorDraw < unit2.shadow.mirrorFraction ? unit2.shadow.variant : void 0;
    const shadowResp = shadow ? simulateRequest(behaviour(shadow), ref, rng) : void 0;
    if (shadow && shadowResp) out.record(dimsOf(unit2, shadow), shadowResp, shadow.currentInstanceCount);
    const dc = unit2.fleet.config.dataCapture;
    if (!dc || dc.EnableCapture === false || captureDraw >= dc.InitialSamplingPercentage || captured.n >= cap)
      continue;
    captured.n++;
    const eventId = captureRng.uuid();
    const inferenceId = `sim-${eventId.slice(0, 8)}`;
    const input = inputBody(sim, captureRng);
    const write = (v, r) => {
      const output = r.outcome === "ok" ? { contentType: "application/json", body: responseBody(r) } : void 0;
      const rec = buildRecord(dc, t, eventId, inferenceId, input, output);
      sim.capture.add(dc.DestinationS3Uri, e.name, v.name, t, rec);
    };
    write(unit2.variant, prod);
    if (shadow && shadowResp) write(shadow, shadowResp);
  }
}

// src/providers/local/runtime.ts
var MAX_PAYLOAD = 6291456;
function header(h, name) {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}
function instanceCount(contentType, body) {
  const text = body.toString("utf8");
  if (contentType.includes("json")) {
    try {
      const v = JSON.parse(text);
      if (Array.isArray(v?.instances)) return Math.max(1, Math.min(1e3, v.instances.length));
    } catch {
      return 1;
    }
    return 1;
  }
  if (contentType.includes("csv"))
    return Math.max(1, Math.min(1e3, text.split(/\r?\n/).filter((l) => l.trim()).length));
  return 1;
}
function invokeEndpoint(ctx, endpointName2, headers, body) {
  const { sim } = ctx;
  if (body.length > MAX_PAYLOAD)
    throw rt.validation(
      `Received payload of ${body.length} bytes, which exceeds the maximum of ${MAX_PAYLOAD} bytes.`
    );
  const e = sim.endpoints.get(endpointName2.toLowerCase());
  if (!e) throw rt.validation(`Endpoint ${endpointName2} of account ${sim.account} not found.`);
  const routing = computeRouting(e);
  if (routing.units.length === 0)
    throw rt.validation(
      `Endpoint ${endpointName2} of account ${sim.account} is not in service (status ${e.status}).`
    );
  const target2 = header(headers, "x-amzn-sagemaker-target-variant");
  const inferenceId = header(headers, "x-amzn-sagemaker-inference-id");
  if (inferenceId !== void 0 && inferenceId.length > 64)
    throw rt.validation("InferenceId must be at most 64 characters long.");
  const contentType = header(headers, "content-type") ?? "application/octet-stream";
  const rng = sim.requestRng(`invoke:${e.name}`);
  let units = routing.units;
  if (target2 !== void 0) {
    units = units.filter((u) => u.variant.name === target2);
    if (!units.length)
      throw rt.validation(`Target variant "${target2}" is not a production variant of endpoint ${e.name}.`);
  }
  const idx = rng.pick(units.map((u) => target2 !== void 0 ? Math.max(u.share, 1e-9) : u.share));
  if (idx < 0) throw rt.validation(`Endpoint ${e.name} has no production variant with a weight above 0.`);
  const unit2 = units[idx];
  const ref = drawReference(rng);
  const offset = sim.now - sim.t0;
  const respond = (v) => {
    const b = behaviourAt(
      v.profile,
      sim.scenario.faults,
      { profile: v.profile.name, model: v.modelName, endpoint: e.name, variant: v.name },
      offset
    );
    const r = simulateRequest(b, ref, rng);
    sim.recordLive(
      dimensionSets(e.name, v, unit2.fleet, routing.configDimension),
      (agg) => recordInto(agg, r, v.currentInstanceCount)
    );
    return r;
  };
  const count = instanceCount(contentType, body);
  const extraRefs = Array.from({ length: count - 1 }, () => drawReference(rng));
  const bodyFor = (v, r) => Buffer.from(
    JSON.stringify({ predictions: [r.prediction, ...extraRefs.map((x) => predict(v.profile, x, rng))] })
  );
  const prod = respond(unit2.variant);
  const mirror = unit2.shadow && rng.uniform() < unit2.shadow.mirrorFraction ? unit2.shadow.variant : void 0;
  const shadowResp = mirror ? respond(mirror) : void 0;
  const dc = unit2.fleet.config.dataCapture;
  const prodBody = prod.outcome === "ok" ? bodyFor(unit2.variant, prod) : void 0;
  if (dc && dc.EnableCapture !== false && rng.uniform() * 100 < dc.InitialSamplingPercentage) {
    const eventId = rng.uuid();
    const input = { contentType, body };
    const capture = (v, out) => sim.capture.add(
      dc.DestinationS3Uri,
      e.name,
      v.name,
      sim.now,
      buildRecord(
        dc,
        sim.now,
        eventId,
        inferenceId,
        input,
        out ? { contentType: "application/json", body: out } : void 0
      )
    );
    capture(unit2.variant, prodBody);
    if (mirror && shadowResp)
      capture(mirror, shadowResp.outcome === "ok" ? bodyFor(mirror, shadowResp) : void 0);
  }
  const logStream = `arn:aws:logs:${ctx.region}:${sim.account}:log-group:/aws/sagemaker/Endpoints/${e.name}`;
  switch (prod.outcome) {
    case "4xx":
      throw rt.validation(
        `The model rejected the request (simulated client error for variant ${unit2.variant.name}).`
      );
    case "5xx":
      throw rt.serviceUnavailable(
        `Simulated service error on variant ${unit2.variant.name}. Try your call again.`
      );
    case "modelError":
      throw rt.modelError(
        `Received server error (500) from primary with message "Simulated model error on variant ${unit2.variant.name}". See ${logStream} in account ${sim.account} for more information.`,
        500,
        `Simulated model error on variant ${unit2.variant.name}`,
        logStream
      );
    case "ok":
      return {
        status: 200,
        headers: {
          "content-type": "application/json",
          "x-amzn-invoked-production-variant": unit2.variant.name
        },
        body: prodBody
      };
  }
}

// src/providers/local/sagemaker/lookup.ts
function getModel(ctx, name) {
  const m = ctx.sim.models.get(name);
  if (!m) throw validation(`Could not find model "${ctx.sim.arn(ctx.region, "model", name)}".`);
  return m;
}
function getConfig(ctx, name) {
  const c = ctx.sim.configs.get(name);
  if (!c)
    throw validation(
      `Could not find endpoint configuration "${ctx.sim.arn(ctx.region, "endpoint-config", name)}".`
    );
  return c;
}
function getEndpoint(ctx, name) {
  const e = ctx.sim.endpoints.get(name.toLowerCase());
  if (!e) throw validation(`Could not find endpoint "${ctx.sim.arn(ctx.region, "endpoint", name)}".`);
  return e;
}
var IN_PROGRESS = /* @__PURE__ */ new Set(["Creating", "Updating", "SystemUpdating", "RollingBack", "Deleting"]);
function assertModifiable(e, action) {
  if (IN_PROGRESS.has(e.status)) throw validation(`Cannot update in-progress endpoint "${e.arn}".`);
  if (action === "update" && e.status === "Failed") {
    throw validation(`Cannot update failed endpoint "${e.arn}". Delete the endpoint and create it again.`);
  }
}

// src/providers/local/sagemaker/shapes.ts
var NAME = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}";
var endpointName = s.str({ max: 63, pattern: NAME });
var configName = s.str({ max: 63, pattern: NAME });
var variantName = s.str({ max: 63, pattern: NAME });
var modelName = s.str({ max: 63, pattern: "^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?" });
var instanceType = s.str({ pattern: "ml\\.[a-z0-9]+[a-z0-9-]*\\.[0-9]*x?[a-z0-9]+" });
var arn = s.str({ max: 256, pattern: "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:.+" });
var tagKey = s.str({ min: 1, max: 128, pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" });
var tagValue = s.str({ max: 256, pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" });
var tags = s.list(s.struct({ Key: tagKey, Value: tagValue }, ["Key", "Value"]), { max: 50 });
var container = s.struct({
  ContainerHostname: s.str({ max: 63, pattern: "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}" }),
  Image: s.str({ max: 255, pattern: "[\\S]+" }),
  Mode: s.enum(["SingleModel", "MultiModel"]),
  ModelDataUrl: s.str({ max: 1024, pattern: "^(https|s3)://([^/]+)/?(.*)$" }),
  Environment: s.map(s.str({ max: 1024, pattern: "[a-zA-Z_][a-zA-Z0-9_]*" }), s.str({ max: 1024 }), {
    max: 100
  }),
  ModelPackageName: s.str({ min: 1, max: 176 }),
  InferenceSpecificationName: s.str({ min: 1, max: 63 }),
  ImageConfig: s.doc(),
  ModelDataSource: s.doc(),
  MultiModelConfig: s.doc(),
  AdditionalModelDataSources: s.doc()
});
var productionVariant = s.struct(
  {
    VariantName: variantName,
    ModelName: modelName,
    InitialInstanceCount: s.int({ min: 1 }),
    InstanceType: instanceType,
    InitialVariantWeight: s.double({ min: 0 }),
    AcceleratorType: s.str(),
    CoreDumpConfig: s.doc(),
    ServerlessConfig: s.struct(
      {
        MemorySizeInMB: s.int({ min: 1024, max: 6144 }),
        MaxConcurrency: s.int({ min: 1, max: 200 }),
        ProvisionedConcurrency: s.int({ min: 1, max: 200 })
      },
      ["MemorySizeInMB", "MaxConcurrency"]
    ),
    VolumeSizeInGB: s.int({ min: 1, max: 512 }),
    ModelDataDownloadTimeoutInSeconds: s.int({ min: 60, max: 3600 }),
    ContainerStartupHealthCheckTimeoutInSeconds: s.int({ min: 60, max: 3600 }),
    EnableSSMAccess: s.bool(),
    ManagedInstanceScaling: s.struct({
      Status: s.enum(["ENABLED", "DISABLED"]),
      MinInstanceCount: s.int({ min: 0 }),
      MaxInstanceCount: s.int({ min: 1 })
    }),
    RoutingConfig: s.struct({ RoutingStrategy: s.enum(["LEAST_OUTSTANDING_REQUESTS", "RANDOM"]) }),
    InferenceAmiVersion: s.str()
  },
  ["VariantName"]
);
var dataCapture = s.struct(
  {
    EnableCapture: s.bool(),
    InitialSamplingPercentage: s.int({ min: 0, max: 100 }),
    // The real pattern is ^(https|s3)://…; the simulator also takes file:// URLs and plain paths.
    DestinationS3Uri: s.str({ max: 512 }),
    KmsKeyId: s.str({ max: 2048 }),
    CaptureOptions: s.list(
      s.struct({ CaptureMode: s.enum(["Input", "Output", "InputAndOutput"]) }, ["CaptureMode"]),
      { min: 1, max: 2 }
    ),
    CaptureContentTypeHeader: s.struct({
      CsvContentTypes: s.list(s.str({ min: 1, max: 256 }), { min: 1, max: 10 }),
      JsonContentTypes: s.list(s.str({ min: 1, max: 256 }), { min: 1, max: 10 })
    })
  },
  ["InitialSamplingPercentage", "DestinationS3Uri", "CaptureOptions"]
);
var capacity = s.struct(
  { Type: s.enum(["INSTANCE_COUNT", "CAPACITY_PERCENT"]), Value: s.int({ min: 1 }) },
  ["Type", "Value"]
);
var deploymentConfig = s.struct({
  BlueGreenUpdatePolicy: s.struct(
    {
      TrafficRoutingConfiguration: s.struct(
        {
          Type: s.enum(["ALL_AT_ONCE", "CANARY", "LINEAR"]),
          WaitIntervalInSeconds: s.int({ min: 0, max: 3600 }),
          CanarySize: capacity,
          LinearStepSize: capacity
        },
        ["Type", "WaitIntervalInSeconds"]
      ),
      TerminationWaitInSeconds: s.int({ min: 0, max: 3600 }),
      MaximumExecutionTimeoutInSeconds: s.int({ min: 600, max: 28800 })
    },
    ["TrafficRoutingConfiguration"]
  ),
  RollingUpdatePolicy: s.struct(
    {
      MaximumBatchSize: capacity,
      WaitIntervalInSeconds: s.int({ min: 0, max: 3600 }),
      MaximumExecutionTimeoutInSeconds: s.int({ min: 600, max: 28800 }),
      RollbackMaximumBatchSize: capacity
    },
    ["MaximumBatchSize", "WaitIntervalInSeconds"]
  ),
  AutoRollbackConfiguration: s.struct({
    Alarms: s.list(s.struct({ AlarmName: s.str({ min: 1, max: 255, pattern: "(?!\\s*$).+" }) }), {
      min: 1,
      max: 10
    })
  })
});
var endpointStatus = s.enum([
  "OutOfService",
  "Creating",
  "Updating",
  "SystemUpdating",
  "RollingBack",
  "InService",
  "Deleting",
  "Failed",
  "UpdateRollbackFailed"
]);
var SHAPES = {
  CreateModel: s.struct(
    {
      ModelName: modelName,
      PrimaryContainer: container,
      Containers: s.list(container, { max: 15 }),
      InferenceExecutionConfig: s.struct({ Mode: s.enum(["Serial", "Direct"]) }, ["Mode"]),
      ExecutionRoleArn: s.str({
        min: 20,
        max: 2048,
        pattern: "^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"
      }),
      Tags: tags,
      VpcConfig: s.doc(),
      EnableNetworkIsolation: s.bool()
    },
    ["ModelName"]
  ),
  DescribeModel: s.struct({ ModelName: modelName }, ["ModelName"]),
  DeleteModel: s.struct({ ModelName: modelName }, ["ModelName"]),
  CreateEndpointConfig: s.struct(
    {
      EndpointConfigName: configName,
      ProductionVariants: s.list(productionVariant, { min: 1, max: 10 }),
      ShadowProductionVariants: s.list(productionVariant, { min: 1, max: 10 }),
      DataCaptureConfig: dataCapture,
      Tags: tags,
      KmsKeyId: s.str({ max: 2048 }),
      AsyncInferenceConfig: s.doc(),
      ExplainerConfig: s.doc(),
      ExecutionRoleArn: s.str({ min: 20, max: 2048 }),
      VpcConfig: s.doc(),
      EnableNetworkIsolation: s.bool()
    },
    ["EndpointConfigName", "ProductionVariants"]
  ),
  DescribeEndpointConfig: s.struct({ EndpointConfigName: configName }, ["EndpointConfigName"]),
  DeleteEndpointConfig: s.struct({ EndpointConfigName: configName }, ["EndpointConfigName"]),
  CreateEndpoint: s.struct(
    {
      EndpointName: endpointName,
      EndpointConfigName: configName,
      DeploymentConfig: deploymentConfig,
      Tags: tags
    },
    ["EndpointName", "EndpointConfigName"]
  ),
  DescribeEndpoint: s.struct({ EndpointName: endpointName }, ["EndpointName"]),
  DeleteEndpoint: s.struct({ EndpointName: endpointName }, ["EndpointName"]),
  UpdateEndpoint: s.struct(
    {
      EndpointName: endpointName,
      EndpointConfigName: configName,
      RetainAllVariantProperties: s.bool(),
      ExcludeRetainedVariantProperties: s.list(
        s.struct(
          { VariantPropertyType: s.enum(["DesiredInstanceCount", "DesiredWeight", "DataCaptureConfig"]) },
          ["VariantPropertyType"]
        ),
        { max: 3 }
      ),
      DeploymentConfig: deploymentConfig,
      RetainDeploymentConfig: s.bool()
    },
    ["EndpointName", "EndpointConfigName"]
  ),
  UpdateEndpointWeightsAndCapacities: s.struct(
    {
      EndpointName: endpointName,
      DesiredWeightsAndCapacities: s.list(
        s.struct(
          {
            VariantName: variantName,
            DesiredWeight: s.double({ min: 0 }),
            DesiredInstanceCount: s.int({ min: 0 }),
            ServerlessUpdateConfig: s.struct({
              MaxConcurrency: s.int({ min: 1, max: 200 }),
              ProvisionedConcurrency: s.int({ min: 1, max: 200 })
            })
          },
          ["VariantName"]
        ),
        { min: 1 }
      )
    },
    ["EndpointName", "DesiredWeightsAndCapacities"]
  ),
  ListEndpoints: s.struct({
    SortBy: s.enum(["Name", "CreationTime", "Status"]),
    SortOrder: s.enum(["Ascending", "Descending"]),
    NextToken: s.str({ max: 8192 }),
    MaxResults: s.int({ min: 1, max: 100 }),
    NameContains: s.str({ max: 63, pattern: "[a-zA-Z0-9-]+" }),
    CreationTimeBefore: s.time(),
    CreationTimeAfter: s.time(),
    LastModifiedTimeBefore: s.time(),
    LastModifiedTimeAfter: s.time(),
    StatusEquals: endpointStatus
  }),
  AddTags: s.struct({ ResourceArn: arn, Tags: tags }, ["ResourceArn", "Tags"]),
  ListTags: s.struct(
    { ResourceArn: arn, NextToken: s.str({ max: 8192 }), MaxResults: s.int({ min: 50, max: 100 }) },
    ["ResourceArn"]
  ),
  DeleteTags: s.struct({ ResourceArn: arn, TagKeys: s.list(tagKey, { min: 1, max: 50 }) }, [
    "ResourceArn",
    "TagKeys"
  ]),
  DescribeModelPackage: s.struct(
    {
      ModelPackageName: s.str({
        min: 1,
        max: 176,
        pattern: "(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)(\\/[0-9]{1,5})?"
      })
    },
    ["ModelPackageName"]
  ),
  ListModelPackages: s.struct({
    ModelPackageGroupName: s.str({ min: 1, max: 170 }),
    ModelApprovalStatus: s.enum(["Approved", "Rejected", "PendingManualApproval"]),
    ModelPackageType: s.enum(["Versioned", "Unversioned", "Both"]),
    NameContains: s.str({ max: 63, pattern: "[a-zA-Z0-9\\-]+" }),
    SortBy: s.enum(["Name", "CreationTime"]),
    SortOrder: s.enum(["Ascending", "Descending"]),
    MaxResults: s.int({ min: 1, max: 100 }),
    NextToken: s.str({ max: 8192 })
  }),
  UpdateModelPackage: s.struct(
    {
      ModelPackageArn: s.str({
        min: 1,
        max: 2048,
        pattern: "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:model-package/[\\S]{1,2048}"
      }),
      ModelApprovalStatus: s.enum(["Approved", "Rejected", "PendingManualApproval"]),
      ApprovalDescription: s.str({ max: 1024 })
    },
    ["ModelPackageArn"]
  )
};

// src/providers/local/sagemaker/tags.ts
var MAX_TAGS = 50;
function resourceExists(ctx, arn2) {
  const m = /^arn:aws[a-z-]*:sagemaker:[^:]*:[0-9]{12}:([a-z-]+)\/(.+)$/.exec(arn2);
  if (!m) return false;
  const [, type, name] = m;
  const { sim } = ctx;
  switch (type) {
    case "endpoint": {
      const e = sim.endpoints.get(name.toLowerCase());
      return !!e && e.arn === arn2;
    }
    case "endpoint-config":
      return [...sim.configs.values()].some((c) => c.arn === arn2);
    case "model":
      return [...sim.models.values()].some((x) => x.arn === arn2);
    case "model-package":
      return [...sim.packages.values()].some((p) => p.arn === arn2);
    default:
      return false;
  }
}
function putTags(ctx, arn2, tags2) {
  for (const t of tags2) {
    if (t.Key.toLowerCase().startsWith("aws:"))
      throw validation(`Tag keys starting with 'aws:' are reserved for AWS use (key '${t.Key}').`);
  }
  const current = ctx.sim.tags.get(arn2) ?? /* @__PURE__ */ new Map();
  const next = new Map(current);
  for (const t of tags2) next.set(t.Key, t.Value);
  if (next.size > MAX_TAGS) {
    throw validation(
      `Resource ${arn2} would have ${next.size} tags; a resource can have at most ${MAX_TAGS} tags.`
    );
  }
  ctx.sim.tags.set(arn2, next);
}
function storeCreated(ctx, store, input, record) {
  const { Tags: tags2, ...echo } = input;
  const r = record(echo);
  store.set(r.name, r);
  if (tags2?.length) putTags(ctx, r.arn, tags2);
}
function requireResource(ctx, arn2) {
  if (!resourceExists(ctx, arn2)) throw validation(`Could not find resource "${arn2}".`);
}
var tagOperations = {
  AddTags: {
    shape: SHAPES.AddTags,
    handler(input, ctx) {
      requireResource(ctx, input.ResourceArn);
      putTags(ctx, input.ResourceArn, input.Tags);
      return { Tags: input.Tags };
    }
  },
  ListTags: {
    shape: SHAPES.ListTags,
    handler(input, ctx) {
      requireResource(ctx, input.ResourceArn);
      const all = [...(ctx.sim.tags.get(input.ResourceArn) ?? /* @__PURE__ */ new Map()).entries()].map(
        ([Key, Value]) => ({ Key, Value })
      );
      const query2 = { arn: input.ResourceArn };
      const offset = input.NextToken === void 0 ? 0 : decodeToken(input.NextToken, query2);
      if (offset === void 0) throw validation("Invalid pagination token.");
      const size = input.MaxResults ?? 50;
      const page = all.slice(offset, offset + size);
      return {
        Tags: page,
        ...offset + size < all.length ? { NextToken: encodeToken(offset + size, query2) } : {}
      };
    }
  },
  DeleteTags: {
    shape: SHAPES.DeleteTags,
    handler(input, ctx) {
      requireResource(ctx, input.ResourceArn);
      const current = ctx.sim.tags.get(input.ResourceArn);
      if (!current) return;
      for (const k of input.TagKeys) current.delete(k);
    }
  }
};

// src/providers/local/sagemaker/endpoint-configs.ts
var MAX_SHADOW_VARIANTS = 1;
var endpointConfigOperations = {
  CreateEndpointConfig: {
    shape: SHAPES.CreateEndpointConfig,
    handler(input, ctx) {
      const { sim } = ctx;
      const arn2 = sim.arn(ctx.region, "endpoint-config", input.EndpointConfigName);
      if (sim.configs.has(input.EndpointConfigName))
        throw validation(`Cannot create already existing endpoint configuration "${arn2}".`);
      const shadows = input.ShadowProductionVariants ?? [];
      if (shadows.length > MAX_SHADOW_VARIANTS) {
        throw validation(
          `An endpoint configuration can have at most ${MAX_SHADOW_VARIANTS} shadow production variant; got ${shadows.length}.`
        );
      }
      if (shadows.length > 0 && input.ProductionVariants.length !== 1) {
        throw validation(
          `An endpoint configuration with ShadowProductionVariants must have exactly one production variant; got ${input.ProductionVariants.length}.`
        );
      }
      const seen = /* @__PURE__ */ new Set();
      const models = /* @__PURE__ */ new Map();
      for (const v of [...input.ProductionVariants, ...shadows]) {
        if (seen.has(v.VariantName))
          throw validation(
            `Variant names must be unique within an endpoint configuration: "${v.VariantName}" appears twice.`
          );
        seen.add(v.VariantName);
        if (!v.ModelName)
          throw validation(
            `ModelName is required for variant "${v.VariantName}" (inference components are not simulated).`
          );
        models.set(v.ModelName, getModel(ctx, v.ModelName));
        if (!v.ServerlessConfig && (v.InstanceType === void 0 || v.InitialInstanceCount === void 0)) {
          throw validation(
            `Variant "${v.VariantName}" must specify InstanceType and InitialInstanceCount, or ServerlessConfig.`
          );
        }
        if (v.ServerlessConfig && (v.InstanceType !== void 0 || v.InitialInstanceCount !== void 0)) {
          throw validation(
            `Variant "${v.VariantName}" cannot specify both ServerlessConfig and InstanceType/InitialInstanceCount.`
          );
        }
      }
      storeCreated(ctx, sim.configs, input, (echo) => ({
        name: input.EndpointConfigName,
        arn: arn2,
        creationTime: sim.now,
        input: echo,
        productionVariants: input.ProductionVariants,
        shadowVariants: shadows,
        dataCapture: input.DataCaptureConfig,
        models
      }));
      return { EndpointConfigArn: arn2 };
    }
  },
  DescribeEndpointConfig: {
    shape: SHAPES.DescribeEndpointConfig,
    handler(input, ctx) {
      const c = getConfig(ctx, input.EndpointConfigName);
      const withDefaults = (v) => ({
        ...v,
        ...v.ServerlessConfig ? {} : { InitialVariantWeight: v.InitialVariantWeight ?? 1 }
      });
      return {
        ...c.input,
        ProductionVariants: c.productionVariants.map(withDefaults),
        ...c.shadowVariants.length ? { ShadowProductionVariants: c.shadowVariants.map(withDefaults) } : {},
        EndpointConfigArn: c.arn,
        CreationTime: epoch(c.creationTime)
      };
    }
  },
  DeleteEndpointConfig: {
    shape: SHAPES.DeleteEndpointConfig,
    handler(input, ctx) {
      const c = getConfig(ctx, input.EndpointConfigName);
      ctx.sim.configs.delete(c.name);
      ctx.sim.tags.delete(c.arn);
    }
  }
};

// src/providers/local/fleet.ts
import { createHash as createHash2 } from "node:crypto";
function variantState(config, v, retain) {
  const model = v.ModelName ? config.models.get(v.ModelName) : void 0;
  const old = retain?.from.variants.find((x) => x.name === v.VariantName) ?? retain?.from.shadows.find((x) => x.name === v.VariantName);
  const weight = old && retain?.keepWeight ? old.desiredWeight : v.InitialVariantWeight ?? 1;
  const count = old && retain?.keepInstanceCount ? old.desiredInstanceCount : v.InitialInstanceCount ?? 1;
  return {
    name: v.VariantName,
    modelName: v.ModelName,
    model,
    profile: model?.profile ?? HEALTHY_PROFILE,
    input: v,
    currentWeight: weight,
    desiredWeight: weight,
    currentInstanceCount: 0,
    desiredInstanceCount: count,
    statuses: []
  };
}
function buildFleet(sim, config, retain) {
  return {
    id: sim.nextFleetId(),
    config,
    variants: config.productionVariants.map((v) => variantState(config, v, retain)),
    shadows: config.shadowVariants.map((v) => variantState(config, v, retain))
  };
}
var allVariants = (f) => [...f.variants, ...f.shadows];
function totalInstances(f) {
  return allVariants(f).reduce((a, v) => a + (v.input.ServerlessConfig ? 0 : v.desiredInstanceCount), 0);
}
function setStatus(f, now, status, message) {
  for (const v of allVariants(f))
    v.statuses = status ? [{ Status: status, ...message ? { StatusMessage: message } : {}, StartTime: now }] : [];
}
function repository(image) {
  const noDigest = image.split("@")[0];
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
var digest = (image) => `sha256:${createHash2("sha256").update(image).digest("hex")}`;
function variantSummary(v, resolutionTime, pending = false) {
  const images = (v.model?.containers ?? []).filter((c) => c.Image).map((c) => ({
    SpecifiedImage: c.Image,
    ResolvedImage: `${repository(c.Image)}@${digest(c.Image)}`,
    ResolutionTime: epoch(resolutionTime)
  }));
  const serverless = v.input.ServerlessConfig;
  return {
    VariantName: v.name,
    ...images.length ? { DeployedImages: images } : {},
    CurrentWeight: v.currentWeight,
    DesiredWeight: v.desiredWeight,
    ...serverless ? { CurrentServerlessConfig: serverless, DesiredServerlessConfig: serverless } : { CurrentInstanceCount: v.currentInstanceCount, DesiredInstanceCount: v.desiredInstanceCount },
    ...pending && v.input.InstanceType ? { InstanceType: v.input.InstanceType } : {},
    ...v.statuses.length ? { VariantStatus: v.statuses.map((s2) => ({ ...s2, StartTime: epoch(s2.StartTime) })) } : {},
    ...v.input.ManagedInstanceScaling ? { ManagedInstanceScaling: v.input.ManagedInstanceScaling } : {},
    ...v.input.RoutingConfig ? { RoutingConfig: v.input.RoutingConfig } : {}
  };
}

// src/providers/local/deployment.ts
var plural = (n, word) => `${n} ${word}(s)`;
var Process = class {
  constructor(sim, e) {
    this.sim = sim;
    this.e = e;
    this.startTime = sim.now;
  }
  sim;
  e;
  green;
  greenFraction = 0;
  startTime;
  active = true;
  pending;
  later(ms, label, fn) {
    this.pending = this.sim.after(ms, `${this.e.name}: ${label}`, () => {
      this.pending = void 0;
      if (this.active) fn();
    });
  }
  cancelPending() {
    if (this.pending) this.pending.cancelled = true;
    this.pending = void 0;
  }
  touch() {
    this.e.lastModifiedTime = this.sim.now;
    this.sim.recordRouting(this.e);
  }
};
function stuckFault(sim, e) {
  return sim.activeFaults("stuckEndpoint").find((f) => globMatch(f.endpoint, e.name));
}
function updateFailureFault(sim, e) {
  return sim.activeFaults("updateFailure").find((f) => globMatch(f.endpoint, e.name));
}
function pingFailure(f) {
  return `The primary container for production variant ${f.variants[0]?.name ?? "AllTraffic"} did not pass the ping health check. Please check CloudWatch logs for this endpoint.`;
}
var CreateProcess = class extends Process {
  kind = "create";
  constructor(sim, e, fleet) {
    super(sim, e);
    this.green = fleet;
  }
  start() {
    const g = this.green;
    setStatus(g, this.sim.now, "Creating", `Launching ${plural(totalInstances(g), "instance")}.`);
    const stuck = stuckFault(this.sim, this.e);
    if (stuck) {
      if (stuck.failAfter !== void 0)
        this.later(stuck.failAfter, "create failed", () => this.fail(stuck.reason ?? pingFailure(g)));
      return;
    }
    this.later(this.sim.timings.createEndpoint, "created", () => this.finish());
  }
  finish() {
    const g = this.green;
    for (const v of allVariants(g)) v.currentInstanceCount = v.desiredInstanceCount;
    setStatus(g, this.sim.now, void 0);
    this.active = false;
    this.e.fleet = g;
    this.e.deployment = void 0;
    this.e.status = "InService";
    this.touch();
  }
  fail(reason2) {
    setStatus(this.green, this.sim.now, void 0);
    this.active = false;
    this.e.deployment = void 0;
    this.e.status = "Failed";
    this.e.failureReason = reason2;
    this.touch();
  }
};
var WeightsProcess = class extends Process {
  constructor(sim, e, changes) {
    super(sim, e);
    this.changes = changes;
  }
  changes;
  kind = "weights";
  start() {
    const fleet = this.e.fleet;
    let scaling = false;
    for (const c of this.changes) {
      const v = allVariants(fleet).find((x) => x.name === c.VariantName);
      if (c.DesiredWeight !== void 0) v.desiredWeight = c.DesiredWeight;
      if (c.DesiredInstanceCount !== void 0 && c.DesiredInstanceCount !== v.desiredInstanceCount) {
        v.desiredInstanceCount = c.DesiredInstanceCount;
        scaling = true;
        const verb = c.DesiredInstanceCount > v.currentInstanceCount ? "out" : "in";
        v.statuses = [
          {
            Status: "Updating",
            StatusMessage: `Scaling ${verb} desired instance count to ${c.DesiredInstanceCount}.`,
            StartTime: this.sim.now
          }
        ];
      } else if (c.DesiredWeight !== void 0) {
        v.statuses = [
          {
            Status: "Updating",
            StatusMessage: `Updating variant weight to ${c.DesiredWeight}.`,
            StartTime: this.sim.now
          }
        ];
      }
    }
    this.e.status = "Updating";
    this.touch();
    const ms = Math.max(this.sim.timings.updateWeights, scaling ? this.sim.timings.scaleInstances : 0);
    this.later(ms, "weights applied", () => {
      for (const v of allVariants(fleet)) {
        v.currentWeight = v.desiredWeight;
        v.currentInstanceCount = v.desiredInstanceCount;
        v.statuses = [];
      }
      this.active = false;
      this.e.deployment = void 0;
      this.e.status = "InService";
      this.touch();
    });
  }
};
var UpdateProcess = class extends Process {
  constructor(sim, e, green, plan, deploymentConfig2) {
    super(sim, e);
    this.plan = plan;
    this.deploymentConfig = deploymentConfig2;
    this.green = green;
    this.fault = updateFailureFault(sim, e);
    this.stuck = stuckFault(sim, e);
  }
  plan;
  deploymentConfig;
  kind = "update";
  watching = false;
  rollingBack = false;
  unsubscribe;
  timeout;
  fault;
  stuck;
  /** Rolling: green instances serving / blue instances still up. */
  greenActive = 0;
  blueActive = 0;
  get blue() {
    return this.e.fleet;
  }
  start() {
    this.e.status = "Updating";
    this.e.failureReason = void 0;
    if (this.plan.guardrail) this.e.configDimension = true;
    if (this.plan.alarms.length) {
      this.unsubscribe = this.sim.alarms.onChange((alarm) => this.onAlarm(alarm));
    }
    if (this.plan.timeoutMs !== void 0) {
      this.timeout = this.sim.after(this.plan.timeoutMs, `${this.e.name}: execution timeout`, () => {
        if (this.active && !this.rollingBack) {
          this.rollback(
            `Deployment exceeded MaximumExecutionTimeoutInSeconds (${this.plan.timeoutMs / 1e3} seconds); traffic was rolled back to the previous endpoint configuration.`
          );
        }
      });
    }
    this.touch();
    if (this.plan.kind === "blue-green") this.launchGreen();
    else {
      this.blueActive = this.blue.variants[0].currentInstanceCount;
      this.rollingBatch(1);
    }
  }
  // ── alarms ──────────────────────────────────────────────────────────────────────────────
  onAlarm(alarm) {
    if (this.watching && this.plan.alarms.includes(alarm.AlarmName) && alarm.StateValue === "ALARM")
      this.alarmRollback([alarm.AlarmName]);
  }
  bake(ms, message, next) {
    setStatus(this.green, this.sim.now, "Baking", message);
    this.watching = true;
    this.touch();
    const firing = this.plan.alarms.filter((n) => this.sim.alarms.alarms.get(n)?.StateValue === "ALARM");
    if (firing.length) return this.alarmRollback(firing);
    this.later(ms, "bake done", () => {
      this.watching = false;
      next();
    });
  }
  alarmRollback(names) {
    if (this.rollingBack || !this.active) return;
    this.rollback(
      `Deployment was rolled back because CloudWatch alarm(s) [${names.join(", ")}] went into ALARM state during the baking period; all traffic was shifted back to the previous endpoint configuration.`
    );
  }
  // ── launching, shared by both modes ──────────────────────────────────────────────────────
  /** Launches `count` green instances; calls `done` unless a fault intervenes. */
  launch(count, batch, done) {
    setStatus(this.green, this.sim.now, "Creating", `Launching ${plural(count, "instance")}.`);
    this.touch();
    if (this.stuck) {
      const failAfter = this.stuck.failAfter;
      if (failAfter !== void 0)
        this.later(
          failAfter,
          "launch failed",
          () => this.rollback(this.stuck?.reason ?? pingFailure(this.green))
        );
      return;
    }
    this.later(this.sim.timings.provisionFleet, "launched", () => {
      if (this.fault?.failLaunch && batch >= this.fault.batch)
        return this.rollback(this.fault.reason ?? pingFailure(this.green));
      done();
    });
  }
  // ── blue/green ────────────────────────────────────────────────────────────────────────────
  launchGreen() {
    this.launch(totalInstances(this.green), 1, () => this.shift(0));
  }
  shift(step) {
    const plan = this.plan;
    const fraction = plan.steps[step];
    const total = totalInstances(this.green);
    const instances = Math.max(1, Math.ceil(fraction * total));
    const full = fraction >= 1;
    const capacity2 = full ? `full capacity of ${plural(total, "instance")}` : `${plan.mode === "CANARY" ? "canary" : "linear step"} capacity of ${plural(instances, "instance")}`;
    this.greenFraction = fraction;
    for (const v of allVariants(this.green))
      v.currentInstanceCount = full ? v.desiredInstanceCount : Math.max(1, Math.ceil(fraction * v.desiredInstanceCount));
    setStatus(this.green, this.sim.now, "ActivatingTraffic", `Activating traffic on ${capacity2}.`);
    this.touch();
    const afterStep = () => {
      if (step + 1 < plan.steps.length) return this.shift(step + 1);
      if (plan.terminationWaitMs > 0) {
        return this.bake(
          plan.terminationWaitMs,
          `Baking for ${plan.terminationWaitMs / 1e3} seconds (TerminationWaitInSeconds) with traffic enabled on ${capacity2}.`,
          () => this.terminateBlue()
        );
      }
      this.terminateBlue();
    };
    if (plan.waitMs > 0)
      this.bake(
        plan.waitMs,
        `Baking for ${plan.waitMs / 1e3} seconds (WaitIntervalInSeconds) with traffic enabled on ${capacity2}.`,
        afterStep
      );
    else afterStep();
  }
  terminateBlue() {
    this.watching = false;
    setStatus(this.green, this.sim.now, void 0);
    setStatus(
      this.blue,
      this.sim.now,
      "Deleting",
      `Terminating ${plural(totalInstances(this.blue), "instance")}.`
    );
    this.touch();
    this.later(this.sim.timings.terminateFleet, "blue terminated", () => this.promote());
  }
  // ── rolling ───────────────────────────────────────────────────────────────────────────────
  rollingBatch(batch) {
    const plan = this.plan;
    const target2 = this.green.variants[0].desiredInstanceCount;
    const n = Math.min(plan.batch, target2 - this.greenActive);
    if (n <= 0) {
      this.blueActive = 0;
      return this.promote();
    }
    this.launch(n, batch, () => {
      this.greenActive += n;
      this.green.variants[0].currentInstanceCount = this.greenActive;
      this.greenFraction = this.greenActive / target2;
      setStatus(
        this.green,
        this.sim.now,
        "ActivatingTraffic",
        `Activating traffic on ${plural(n, "instance")} of the new fleet.`
      );
      const drop = Math.min(n, this.blueActive);
      setStatus(this.blue, this.sim.now, "Deleting", `Terminating ${plural(drop, "instance")}.`);
      this.touch();
      this.later(this.sim.timings.terminateFleet, "old batch terminated", () => {
        this.blueActive -= drop;
        this.blue.variants[0].currentInstanceCount = this.blueActive;
        setStatus(this.blue, this.sim.now, void 0);
        const capacity2 = `${plural(this.greenActive, "instance")} of the new fleet`;
        if (plan.waitMs > 0)
          this.bake(
            plan.waitMs,
            `Baking for ${plan.waitMs / 1e3} seconds (WaitIntervalInSeconds) with traffic enabled on ${capacity2}.`,
            () => this.rollingBatch(batch + 1)
          );
        else this.rollingBatch(batch + 1);
      });
    });
  }
  // ── endings ───────────────────────────────────────────────────────────────────────────────
  end() {
    this.active = false;
    this.watching = false;
    this.cancelPending();
    if (this.timeout) this.timeout.cancelled = true;
    this.unsubscribe?.();
  }
  promote() {
    this.end();
    const g = this.green;
    for (const v of allVariants(g)) {
      v.currentInstanceCount = v.desiredInstanceCount;
      v.currentWeight = v.desiredWeight;
    }
    setStatus(g, this.sim.now, void 0);
    this.e.fleet = g;
    this.e.configName = g.config.name;
    this.e.deployment = void 0;
    this.e.status = "InService";
    this.e.failureReason = void 0;
    if (this.deploymentConfig) this.e.lastDeploymentConfig = this.deploymentConfig;
    this.touch();
  }
  /** Stops the deployment and moves all traffic back to the blue fleet. */
  rollback(reason2) {
    if (!this.active || this.rollingBack) return;
    this.rollingBack = true;
    this.watching = false;
    this.cancelPending();
    if (this.timeout) this.timeout.cancelled = true;
    if (this.fault?.rollbackFails) {
      this.later(this.sim.timings.provisionFleet, "rollback failed", () => {
        this.end();
        this.active = false;
        this.e.status = "UpdateRollbackFailed";
        this.e.failureReason = `${reason2} The rollback failed: ${this.fault?.reason ?? "instances of the previous endpoint configuration could not be launched"}.`;
        setStatus(this.blue, this.sim.now, void 0);
        setStatus(this.green, this.sim.now, void 0);
        this.touch();
      });
      return;
    }
    if (this.plan.kind === "rolling" && this.greenActive > 0) return this.rollingRollbackBatch(reason2);
    this.greenFraction = 0;
    for (const v of allVariants(this.blue)) v.currentInstanceCount = v.desiredInstanceCount;
    setStatus(this.blue, this.sim.now, void 0);
    setStatus(
      this.green,
      this.sim.now,
      "Deleting",
      `Terminating ${plural(totalInstances(this.green), "instance")}.`
    );
    this.touch();
    this.later(this.sim.timings.terminateFleet, "green terminated", () => this.rolledBack(reason2));
  }
  rollingRollbackBatch(reason2) {
    const plan = this.plan;
    const n = Math.min(plan.rollbackBatch, this.greenActive);
    const blueTarget = this.blue.variants[0].desiredInstanceCount;
    setStatus(this.blue, this.sim.now, "Creating", `Launching ${plural(n, "instance")}.`);
    this.touch();
    this.later(this.sim.timings.provisionFleet, "old capacity relaunched", () => {
      this.greenActive -= n;
      this.blueActive = Math.min(blueTarget, this.blueActive + n);
      this.blue.variants[0].currentInstanceCount = this.blueActive;
      this.green.variants[0].currentInstanceCount = this.greenActive;
      this.greenFraction = this.greenActive / this.green.variants[0].desiredInstanceCount;
      setStatus(this.blue, this.sim.now, void 0);
      setStatus(this.green, this.sim.now, "Deleting", `Terminating ${plural(n, "instance")}.`);
      this.touch();
      this.later(this.sim.timings.terminateFleet, "new batch terminated", () => {
        if (this.greenActive > 0) return this.rollingRollbackBatch(reason2);
        this.rolledBack(reason2);
      });
    });
  }
  rolledBack(reason2) {
    this.end();
    for (const v of allVariants(this.blue)) v.currentInstanceCount = v.desiredInstanceCount;
    setStatus(this.blue, this.sim.now, void 0);
    this.greenFraction = 0;
    this.e.deployment = void 0;
    this.e.status = "InService";
    this.e.failureReason = reason2;
    this.touch();
  }
};

// src/providers/local/deployment-plan.ts
var fractionOf = (c, total) => c.Type === "CAPACITY_PERCENT" ? c.Value / 100 : c.Value / Math.max(1, total);
function resolvePlan(sim, config, blue, green) {
  const alarms = (config?.AutoRollbackConfiguration?.Alarms ?? []).map((a) => a.AlarmName);
  const missing = alarms.filter((a) => !sim.alarms.alarms.has(a));
  if (missing.length) {
    throw validation(
      `The CloudWatch alarm(s) [${missing.join(", ")}] in AutoRollbackConfiguration do not exist. Create them before the update.`
    );
  }
  const bg = config?.BlueGreenUpdatePolicy;
  const rolling = config?.RollingUpdatePolicy;
  if (bg && rolling)
    throw validation("Only one update policy should be used: BlueGreenUpdatePolicy or RollingUpdatePolicy.");
  if (bg || rolling) {
    const names = (f) => f.variants.map((v) => v.name).sort().join(", ");
    if (names(blue) !== names(green)) {
      throw validation(
        `Deployment guardrails require the new endpoint configuration to keep the same production variant names as the current one (current: [${names(blue)}], new: [${names(green)}]).`
      );
    }
  }
  const total = totalInstances(green);
  if (rolling) {
    if (green.variants.length !== 1 || blue.variants.length !== 1)
      throw validation(
        "RollingUpdatePolicy is not supported for endpoints with multiple production variants."
      );
    if (green.variants[0].input.ServerlessConfig)
      throw validation("RollingUpdatePolicy is not supported for serverless endpoints.");
    const count = green.variants[0].desiredInstanceCount;
    const batch = rolling.MaximumBatchSize;
    if (batch.Type === "CAPACITY_PERCENT" && (batch.Value < 5 || batch.Value > 50)) {
      throw validation(
        `MaximumBatchSize of type CAPACITY_PERCENT must be between 5 and 50; got ${batch.Value}.`
      );
    }
    if (batch.Type === "INSTANCE_COUNT" && count > 1 && batch.Value > count / 2) {
      throw validation(
        `MaximumBatchSize (${batch.Value} instances) must be at most 50% of the variant's ${count} instances.`
      );
    }
    const size = (c) => Math.max(1, c.Type === "INSTANCE_COUNT" ? c.Value : Math.floor(count * c.Value / 100));
    const waitMs2 = rolling.WaitIntervalInSeconds * 1e3;
    const batches = Math.ceil(count / size(batch));
    const timeoutMs2 = rolling.MaximumExecutionTimeoutInSeconds === void 0 ? void 0 : rolling.MaximumExecutionTimeoutInSeconds * 1e3;
    if (timeoutMs2 !== void 0 && timeoutMs2 <= batches * waitMs2) {
      throw validation(
        `MaximumExecutionTimeoutInSeconds (${timeoutMs2 / 1e3}) must be greater than the total baking time (${batches * waitMs2 / 1e3} seconds).`
      );
    }
    return {
      kind: "rolling",
      batch: size(batch),
      rollbackBatch: rolling.RollbackMaximumBatchSize ? size(rolling.RollbackMaximumBatchSize) : count,
      waitMs: waitMs2,
      timeoutMs: timeoutMs2,
      alarms,
      guardrail: true
    };
  }
  const routing = bg?.TrafficRoutingConfiguration;
  const mode = routing?.Type ?? "ALL_AT_ONCE";
  let steps = [1];
  if (mode === "CANARY") {
    if (!routing?.CanarySize)
      throw validation("CanarySize must be specified when the traffic routing type is CANARY.");
    const c = fractionOf(routing.CanarySize, total);
    if (c > 0.5)
      throw validation(
        `CanarySize must be less than or equal to 50% of the new fleet's capacity (${total} instances); got ${Math.round(c * 1e3) / 10}%.`
      );
    steps = [c, 1];
  } else if (mode === "LINEAR") {
    if (!routing?.LinearStepSize)
      throw validation("LinearStepSize must be specified when the traffic routing type is LINEAR.");
    const s2 = fractionOf(routing.LinearStepSize, total);
    if (s2 < 0.1 || s2 > 0.5) {
      throw validation(
        `LinearStepSize must be between 10% and 50% of the new fleet's capacity (${total} instances); got ${Math.round(s2 * 1e3) / 10}%.`
      );
    }
    steps = [];
    for (let k = 1; k * s2 < 1 - 1e-9; k++) steps.push(k * s2);
    steps.push(1);
  }
  const waitMs = (routing?.WaitIntervalInSeconds ?? 0) * 1e3;
  const terminationWaitMs = (bg?.TerminationWaitInSeconds ?? 0) * 1e3;
  const timeoutMs = bg?.MaximumExecutionTimeoutInSeconds === void 0 ? void 0 : bg.MaximumExecutionTimeoutInSeconds * 1e3;
  const waits = waitMs * steps.length + terminationWaitMs;
  if (timeoutMs !== void 0 && timeoutMs <= waits) {
    throw validation(
      `MaximumExecutionTimeoutInSeconds (${timeoutMs / 1e3}) must be greater than the total of the wait intervals (${waits / 1e3} seconds).`
    );
  }
  return { kind: "blue-green", steps, waitMs, terminationWaitMs, mode, timeoutMs, alarms, guardrail: !!bg };
}

// src/providers/local/sagemaker/endpoints.ts
function instancesInUse(sim) {
  const use = /* @__PURE__ */ new Map();
  const add = (f) => {
    if (!f) return;
    for (const v of allVariants(f)) {
      const type = v.input.InstanceType;
      if (type) use.set(type, (use.get(type) ?? 0) + v.desiredInstanceCount);
    }
  };
  for (const e of sim.endpoints.values()) {
    add(e.fleet);
    if (e.deployment?.green && e.deployment.green !== e.fleet) add(e.deployment.green);
  }
  return use;
}
function checkQuota(sim, extra) {
  const limits = sim.scenario.limits.instances;
  const use = instancesInUse(sim);
  const delta = /* @__PURE__ */ new Map();
  for (const x of extra) if (x.type && x.count > 0) delta.set(x.type, (delta.get(x.type) ?? 0) + x.count);
  for (const [type, d] of delta) {
    const limit = limits[type];
    if (limit === void 0) continue;
    const current = use.get(type) ?? 0;
    if (current + d > limit) {
      throw resourceLimit(
        `The account-level service limit '${type} for endpoint usage' is ${limit} Instances, with current utilization of ${current} Instances and a request delta of ${d} Instances. Please contact AWS support to request an increase for this limit.`
      );
    }
  }
}
var fleetDemand = (f) => allVariants(f).map((v) => ({ type: v.input.InstanceType, count: v.desiredInstanceCount }));
function describeEndpoint(e) {
  const fleet = e.fleet;
  const dc = fleet?.config.dataCapture;
  const dep = e.deployment;
  const resolution = (f) => f.config.creationTime;
  return {
    EndpointName: e.name,
    EndpointArn: e.arn,
    EndpointConfigName: e.configName,
    ...fleet ? {
      ProductionVariants: fleet.variants.map((v) => variantSummary(v, resolution(fleet))),
      ...fleet.shadows.length ? { ShadowProductionVariants: fleet.shadows.map((v) => variantSummary(v, resolution(fleet))) } : {}
    } : {},
    ...dc ? {
      DataCaptureConfig: {
        EnableCapture: dc.EnableCapture ?? true,
        CaptureStatus: dc.EnableCapture === false ? "Stopped" : "Started",
        CurrentSamplingPercentage: dc.InitialSamplingPercentage,
        DestinationS3Uri: dc.DestinationS3Uri,
        ...dc.KmsKeyId ? { KmsKeyId: dc.KmsKeyId } : {}
      }
    } : {},
    EndpointStatus: e.status,
    ...e.failureReason ? { FailureReason: e.failureReason } : {},
    CreationTime: epoch(e.creationTime),
    LastModifiedTime: epoch(e.lastModifiedTime),
    ...e.lastDeploymentConfig ? { LastDeploymentConfig: e.lastDeploymentConfig } : {},
    ...dep?.active && dep.green && dep.kind !== "weights" ? {
      PendingDeploymentSummary: {
        EndpointConfigName: dep.green.config.name,
        StartTime: epoch(dep.startTime),
        ProductionVariants: dep.green.variants.map(
          (v) => variantSummary(v, resolution(dep.green), true)
        ),
        ...dep.green.shadows.length ? {
          ShadowProductionVariants: dep.green.shadows.map(
            (v) => variantSummary(v, resolution(dep.green), true)
          )
        } : {}
      }
    } : {}
  };
}
function listEndpoints(input, ctx) {
  const i = input;
  const { NextToken, MaxResults, ...query2 } = i;
  const offset = NextToken === void 0 ? 0 : decodeToken(NextToken, query2);
  if (offset === void 0) throw validation("Invalid pagination token.");
  let list = [...ctx.sim.endpoints.values()].filter((e) => {
    if (i.NameContains && !e.name.toLowerCase().includes(i.NameContains.toLowerCase())) return false;
    if (i.StatusEquals && e.status !== i.StatusEquals) return false;
    if (i.CreationTimeBefore !== void 0 && !(epoch(e.creationTime) < i.CreationTimeBefore)) return false;
    if (i.CreationTimeAfter !== void 0 && !(epoch(e.creationTime) > i.CreationTimeAfter)) return false;
    if (i.LastModifiedTimeBefore !== void 0 && !(epoch(e.lastModifiedTime) < i.LastModifiedTimeBefore))
      return false;
    if (i.LastModifiedTimeAfter !== void 0 && !(epoch(e.lastModifiedTime) > i.LastModifiedTimeAfter))
      return false;
    return true;
  });
  const sortBy = i.SortBy ?? "CreationTime";
  list.sort((a, b) => {
    const primary = sortBy === "Name" ? a.name.localeCompare(b.name) : sortBy === "Status" ? a.status.localeCompare(b.status) : a.creationTime - b.creationTime;
    return primary || a.name.localeCompare(b.name);
  });
  if ((i.SortOrder ?? "Descending") === "Descending") list = list.reverse();
  const size = MaxResults ?? 10;
  const page = list.slice(offset, offset + size).map((e) => ({
    EndpointName: e.name,
    EndpointArn: e.arn,
    CreationTime: epoch(e.creationTime),
    LastModifiedTime: epoch(e.lastModifiedTime),
    EndpointStatus: e.status
  }));
  return {
    Endpoints: page,
    ...offset + size < list.length ? { NextToken: encodeToken(offset + size, query2) } : {}
  };
}
var endpointOperations = {
  CreateEndpoint: {
    shape: SHAPES.CreateEndpoint,
    handler(input, ctx) {
      const { sim } = ctx;
      const arn2 = sim.arn(ctx.region, "endpoint", input.EndpointName);
      if (sim.endpoints.has(input.EndpointName.toLowerCase()))
        throw validation(`Cannot create already existing endpoint "${arn2}".`);
      const config = getConfig(ctx, input.EndpointConfigName);
      const fleet = buildFleet(sim, config);
      checkQuota(sim, fleetDemand(fleet));
      const e = {
        name: input.EndpointName,
        arn: arn2,
        status: "Creating",
        creationTime: sim.now,
        lastModifiedTime: sim.now,
        configName: config.name,
        createDeploymentConfig: input.DeploymentConfig,
        configDimension: false,
        timeline: []
      };
      sim.endpoints.set(input.EndpointName.toLowerCase(), e);
      if (input.Tags?.length) putTags(ctx, arn2, input.Tags);
      const p = new CreateProcess(sim, e, fleet);
      e.deployment = p;
      p.start();
      return { EndpointArn: arn2 };
    }
  },
  DescribeEndpoint: {
    shape: SHAPES.DescribeEndpoint,
    handler: (input, ctx) => describeEndpoint(getEndpoint(ctx, input.EndpointName))
  },
  DeleteEndpoint: {
    shape: SHAPES.DeleteEndpoint,
    handler(input, ctx) {
      const { sim } = ctx;
      const e = getEndpoint(ctx, input.EndpointName);
      assertModifiable(e, "delete");
      e.status = "Deleting";
      e.lastModifiedTime = sim.now;
      sim.recordRouting(e);
      sim.after(sim.timings.deleteEndpoint, `${e.name}: deleted`, () => {
        sim.endpoints.delete(e.name.toLowerCase());
        sim.tags.delete(e.arn);
        sim.endpointDeleted(e);
      });
    }
  },
  ListEndpoints: { shape: SHAPES.ListEndpoints, handler: listEndpoints },
  UpdateEndpoint: {
    shape: SHAPES.UpdateEndpoint,
    handler(input, ctx) {
      const { sim } = ctx;
      const e = getEndpoint(ctx, input.EndpointName);
      assertModifiable(e, "update");
      const config = getConfig(ctx, input.EndpointConfigName);
      const blue = e.fleet;
      const exclude = new Set(
        (input.ExcludeRetainedVariantProperties ?? []).map((x) => x.VariantPropertyType)
      );
      const green = buildFleet(
        sim,
        config,
        input.RetainAllVariantProperties ? {
          from: blue,
          keepWeight: !exclude.has("DesiredWeight"),
          keepInstanceCount: !exclude.has("DesiredInstanceCount")
        } : void 0
      );
      const deploymentConfig2 = input.DeploymentConfig ?? (input.RetainDeploymentConfig ? e.lastDeploymentConfig ?? e.createDeploymentConfig : void 0);
      const plan = resolvePlan(sim, deploymentConfig2, blue, green);
      checkQuota(sim, fleetDemand(green));
      e.deployment = void 0;
      const p = new UpdateProcess(sim, e, green, plan, deploymentConfig2);
      e.deployment = p;
      p.start();
      return { EndpointArn: e.arn };
    }
  },
  UpdateEndpointWeightsAndCapacities: {
    shape: SHAPES.UpdateEndpointWeightsAndCapacities,
    handler(input, ctx) {
      const { sim } = ctx;
      const e = getEndpoint(ctx, input.EndpointName);
      assertModifiable(e, "update");
      const fleet = e.fleet;
      const names = new Set(allVariants(fleet).map((v) => v.name));
      const unknown = input.DesiredWeightsAndCapacities.filter((d) => !names.has(d.VariantName)).map(
        (d) => d.VariantName
      );
      if (unknown.length)
        throw validation(`The variant(s) "[${unknown.join(", ")}]" are not present in endpoint "${e.arn}".`);
      const seen = /* @__PURE__ */ new Set();
      for (const d of input.DesiredWeightsAndCapacities) {
        if (seen.has(d.VariantName))
          throw validation(
            `Variant "${d.VariantName}" appears more than once in DesiredWeightsAndCapacities.`
          );
        seen.add(d.VariantName);
        if (d.DesiredWeight === void 0 && d.DesiredInstanceCount === void 0) {
          throw validation(`Specify DesiredWeight or DesiredInstanceCount for variant "${d.VariantName}".`);
        }
      }
      const extra = input.DesiredWeightsAndCapacities.flatMap((d) => {
        const v = allVariants(fleet).find((x) => x.name === d.VariantName);
        return d.DesiredInstanceCount !== void 0 ? [{ type: v.input.InstanceType, count: d.DesiredInstanceCount - v.desiredInstanceCount }] : [];
      });
      checkQuota(sim, extra);
      const p = new WeightsProcess(sim, e, input.DesiredWeightsAndCapacities);
      e.deployment = p;
      p.start();
      return { EndpointArn: e.arn };
    }
  }
};

// src/providers/local/sagemaker/model-packages.ts
function findPackage(ctx, nameOrArn) {
  const m = /^arn:aws[a-z-]*:sagemaker:[^:]+:[0-9]{12}:model-package\/(.+)$/.exec(nameOrArn);
  const key = (m ? m[1] : nameOrArn).toLowerCase();
  return ctx.sim.packages.get(key);
}
function describe(p) {
  const containers = p.image || p.modelDataUrl ? [
    {
      ...p.image ? { Image: p.image } : {},
      ...p.modelDataUrl ? { ModelDataUrl: p.modelDataUrl } : {}
    }
  ] : [];
  return {
    ModelPackageName: p.group ?? p.name,
    ...p.group ? { ModelPackageGroupName: p.group, ModelPackageVersion: p.version } : {},
    ModelPackageArn: p.arn,
    ...p.description ? { ModelPackageDescription: p.description } : {},
    CreationTime: epoch(p.creationTime),
    LastModifiedTime: epoch(p.lastModifiedTime),
    ModelPackageStatus: p.status,
    ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
    ModelApprovalStatus: p.approval,
    ...p.approvalDescription ? { ApprovalDescription: p.approvalDescription } : {},
    CertifyForMarketplace: false,
    ...containers.length ? {
      InferenceSpecification: {
        Containers: containers,
        SupportedContentTypes: ["text/csv", "application/json"],
        SupportedResponseMIMETypes: ["application/json"]
      }
    } : {}
  };
}
var modelPackageOperations = {
  DescribeModelPackage: {
    shape: SHAPES.DescribeModelPackage,
    handler(input, ctx) {
      const p = findPackage(ctx, input.ModelPackageName);
      if (!p) throw validation(`ModelPackage ${input.ModelPackageName} does not exist.`);
      return describe(p);
    }
  },
  ListModelPackages: {
    shape: SHAPES.ListModelPackages,
    handler(input, ctx) {
      const type = input.ModelPackageType ?? (input.ModelPackageGroupName ? "Versioned" : "Unversioned");
      let list = [...ctx.sim.packages.values()].filter((p) => {
        if (type === "Versioned" && !p.group) return false;
        if (type === "Unversioned" && p.group) return false;
        if (input.ModelPackageGroupName && p.group !== input.ModelPackageGroupName) return false;
        if (input.ModelApprovalStatus && p.approval !== input.ModelApprovalStatus) return false;
        if (input.NameContains && !p.name.includes(input.NameContains)) return false;
        return true;
      });
      const byName = input.SortBy === "Name";
      list.sort(
        (a, b) => byName ? a.name.localeCompare(b.name) : a.creationTime - b.creationTime || (a.version ?? 0) - (b.version ?? 0)
      );
      if ((input.SortOrder ?? "Ascending") === "Descending") list = list.reverse();
      const { NextToken, MaxResults, ...query2 } = input;
      const offset = NextToken === void 0 ? 0 : decodeToken(NextToken, query2);
      if (offset === void 0) throw validation("Invalid pagination token.");
      const size = MaxResults ?? 10;
      const page = list.slice(offset, offset + size).map((p) => ({
        ModelPackageName: p.group ?? p.name,
        ...p.group ? { ModelPackageGroupName: p.group, ModelPackageVersion: p.version } : {},
        ModelPackageArn: p.arn,
        CreationTime: epoch(p.creationTime),
        ModelPackageStatus: p.status,
        ModelApprovalStatus: p.approval
      }));
      return {
        ModelPackageSummaryList: page,
        ...offset + size < list.length ? { NextToken: encodeToken(offset + size, query2) } : {}
      };
    }
  },
  UpdateModelPackage: {
    shape: SHAPES.UpdateModelPackage,
    handler(input, ctx) {
      const p = findPackage(ctx, input.ModelPackageArn);
      if (!p) throw validation(`ModelPackage ${input.ModelPackageArn} does not exist.`);
      if (p.status !== "Completed" && input.ModelApprovalStatus) {
        throw conflict(
          `Model package ${p.arn} is ${p.status}; only a Completed package can change its approval status.`
        );
      }
      if (input.ModelApprovalStatus) p.approval = input.ModelApprovalStatus;
      if (input.ApprovalDescription !== void 0) p.approvalDescription = input.ApprovalDescription;
      p.lastModifiedTime = ctx.sim.now;
      return { ModelPackageArn: p.arn };
    }
  }
};

// src/providers/local/sagemaker/models.ts
function effectiveContainers(ctx, containers) {
  return containers.map((c) => {
    if (!c.ModelPackageName) return c;
    const pkg = findPackage(ctx, c.ModelPackageName);
    if (!pkg) throw validation(`Could not find model package "${c.ModelPackageName}".`);
    return { ...c, Image: c.Image ?? pkg.image, ModelDataUrl: c.ModelDataUrl ?? pkg.modelDataUrl };
  });
}
var modelOperations = {
  CreateModel: {
    shape: SHAPES.CreateModel,
    handler(input, ctx) {
      const { sim } = ctx;
      const arn2 = sim.arn(ctx.region, "model", input.ModelName);
      if (sim.models.has(input.ModelName)) throw validation(`Cannot create already existing model "${arn2}".`);
      if (!input.PrimaryContainer && !input.Containers?.length) {
        throw validation("Either PrimaryContainer or Containers must be specified.");
      }
      if (input.PrimaryContainer && input.Containers?.length) {
        throw validation("Specify either PrimaryContainer or Containers, not both.");
      }
      const containers = effectiveContainers(
        ctx,
        input.PrimaryContainer ? [input.PrimaryContainer] : input.Containers ?? []
      );
      const unknown = unknownProfileName(sim.scenario, containers);
      if (unknown !== void 0) {
        const known = sim.scenario.profiles.map((p) => p.name).join(", ") || "none";
        throw validation(
          `Environment ${PROFILE_ENV} "${unknown}" names no model profile of the simulator scenario ${sim.scenario.source} (profiles: ${known}).`
        );
      }
      storeCreated(ctx, sim.models, input, (echo) => ({
        name: input.ModelName,
        arn: arn2,
        creationTime: sim.now,
        input: echo,
        containers,
        profile: resolveProfile(sim.scenario, input.ModelName, containers)
      }));
      return { ModelArn: arn2 };
    }
  },
  DescribeModel: {
    shape: SHAPES.DescribeModel,
    handler(input, ctx) {
      const m = getModel(ctx, input.ModelName);
      return { ...m.input, ModelArn: m.arn, CreationTime: epoch(m.creationTime) };
    }
  },
  DeleteModel: {
    shape: SHAPES.DeleteModel,
    handler(input, ctx) {
      const m = getModel(ctx, input.ModelName);
      ctx.sim.models.delete(m.name);
      ctx.sim.tags.delete(m.arn);
    }
  }
};

// src/providers/local/sagemaker/index.ts
var sagemakerOperations = {
  ...modelOperations,
  ...endpointConfigOperations,
  ...endpointOperations,
  ...tagOperations,
  ...modelPackageOperations
};

// src/providers/local/server.ts
var RUNTIME_PATH = /^\/endpoints\/([^/]+)\/invocations$/;
var MAX_BODY = MAX_PAYLOAD + 1024 * 1024;
var JSON_SERVICES = [
  {
    protocol: "cloudwatch",
    prefix: "GraniteServiceVersion20100801.",
    contentType: "application/x-amz-json-1.0",
    operations: cloudwatchOperations,
    throttling: cw.throttling
  },
  {
    protocol: "sagemaker",
    prefix: "SageMaker.",
    contentType: "application/x-amz-json-1.1",
    operations: sagemakerOperations,
    throttling
  }
];
var serializationFor = (protocol, message) => protocol === "cloudwatch" ? cw.serialization(message) : serialization(message);
var BodyTooLarge = class extends Error {
};
function readBody(req) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve2(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function decode(req, raw) {
  const enc = String(req.headers["content-encoding"] ?? "").toLowerCase();
  if (enc === "gzip") return gunzipSync(raw);
  if (enc === "deflate") return inflateSync(raw);
  return raw;
}
function regionOf(req, fallback) {
  const auth = String(req.headers.authorization ?? "");
  const m = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(auth);
  return m ? m[1] : fallback;
}
function send(res, status, headers, body) {
  if (res.headersSent) return;
  const buf = typeof body === "string" ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, "content-length": String(buf.length) });
  res.end(buf);
}
function sendError(res, protocol, requestId, err) {
  const base = { "x-amzn-requestid": requestId };
  if (protocol === "cloudwatch") {
    send(
      res,
      err.status,
      {
        ...base,
        "content-type": "application/x-amz-json-1.0",
        "x-amzn-query-error": `${err.queryCode ?? err.code};${err.fault}`
      },
      JSON.stringify({ __type: `com.amazonaws.cloudwatch#${err.code}`, message: err.message })
    );
  } else if (protocol === "runtime") {
    send(
      res,
      err.status,
      { ...base, "content-type": "application/json", "x-amzn-errortype": err.code },
      JSON.stringify({ Message: err.message, ...err.extra })
    );
  } else {
    send(
      res,
      err.status,
      { ...base, "content-type": "application/x-amz-json-1.1" },
      JSON.stringify({ __type: err.code, message: err.message })
    );
  }
}
function parseJson(body, protocol) {
  const text = body.toString("utf8");
  if (!text.trim()) return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw serializationFor(protocol, `Could not parse the request body as JSON: ${e.message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw serializationFor(protocol, "The request body must be a JSON object.");
  }
  return value;
}
function runOperation(op, target2, input, ctx, protocol) {
  if (!op)
    throw protocol === "cloudwatch" ? new AwsError("UnknownOperationException", unknownOperation(target2).message, {
      queryCode: "InvalidAction"
    }) : unknownOperation(target2);
  const v = validateInput(op.shape, input);
  if (v.serialization) throw serializationFor(protocol, v.serialization);
  if (protocol === "cloudwatch" && v.missing.length) throw cw.missingParameter(v.missing[0]);
  if (v.violations.length) {
    const msg = violationMessage(v.violations);
    throw protocol === "cloudwatch" ? cw.validation(msg) : new AwsError("ValidationException", msg);
  }
  return op.handler(input, ctx) ?? {};
}
var Activity = class {
  inFlight = 0;
  last = performance.now();
  begin() {
    this.inFlight++;
    this.last = performance.now();
  }
  end() {
    this.inFlight--;
    this.last = performance.now();
  }
  /**
   * Resolves once no request is in flight and none started or ended for `idleMs` real ms (bounded
   * by `maxMs`): enough for a woken caller to send its request and get the answer.
   */
  async idle(idleMs, maxMs) {
    const start = performance.now();
    for (; ; ) {
      const now = performance.now();
      if (now - start >= maxMs) return;
      if (this.inFlight === 0 && now - this.last >= idleMs && now - start >= idleMs) return;
      await new Promise((r) => setTimeout(r, 1));
    }
  }
};
function createSimServer(sim, hooks = {}) {
  const handle = async (req, res) => {
    const requestId = randomUUID();
    const target2 = String(req.headers["x-amz-target"] ?? "");
    const path = (req.url ?? "/").split("?")[0];
    const runtimeMatch = RUNTIME_PATH.exec(path);
    const service = JSON_SERVICES.find((s2) => target2.startsWith(s2.prefix));
    const protocol = runtimeMatch ? "runtime" : service?.protocol ?? "sagemaker";
    try {
      if (req.method === "GET" && path === "/") {
        send(
          res,
          200,
          { "content-type": "application/json" },
          JSON.stringify({ service: "modelgate-simulator", time: sim.clock.now() / 1e3 })
        );
        return;
      }
      let raw;
      try {
        raw = await readBody(req);
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          throw protocol === "runtime" ? rt.validation(`Request payload exceeds the maximum of ${MAX_PAYLOAD} bytes.`) : serialization("Request body too large.");
        }
        throw e;
      }
      let body;
      try {
        body = decode(req, raw);
      } catch {
        throw serializationFor(protocol, "The request body could not be decompressed.");
      }
      if (req.method !== "POST")
        throw new AwsError(
          "UnknownOperationException",
          `${req.method} ${path} is not an operation of the simulator.`,
          { status: 404 }
        );
      sim.catchUp();
      const ctx = { sim, region: regionOf(req, sim.scenario.region), requestId };
      if (runtimeMatch) {
        const out = invokeEndpoint(ctx, decodeURIComponent(runtimeMatch[1]), req.headers, body);
        send(res, out.status, { ...out.headers, "x-amzn-requestid": requestId }, out.body);
        return;
      }
      if (service) {
        const name = target2.slice(service.prefix.length);
        if (sim.throttled(service.protocol, name)) throw service.throttling();
        const out = runOperation(
          // Own keys only: `SageMaker.toString` must not find Object.prototype.toString.
          Object.hasOwn(service.operations, name) ? service.operations[name] : void 0,
          target2,
          parseJson(body, service.protocol),
          ctx,
          service.protocol
        );
        send(
          res,
          200,
          { "content-type": service.contentType, "x-amzn-requestid": requestId },
          JSON.stringify(out)
        );
        return;
      }
      if (String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
        send(
          res,
          400,
          { "content-type": "text/xml", "x-amzn-requestid": requestId },
          `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>The modelgate simulator speaks the CloudWatch JSON 1.0 protocol only; upgrade the client (@aws-sdk/client-cloudwatch &gt;= 3.949, a current botocore).</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
        );
        return;
      }
      throw new AwsError("UnknownOperationException", `Missing or unknown X-Amz-Target "${target2}".`);
    } catch (err) {
      if (err instanceof AwsError) return sendError(res, protocol, requestId, err);
      hooks.onInternalError?.(err, `${req.method} ${path} ${target2}`);
      sendError(
        res,
        protocol,
        requestId,
        protocol === "cloudwatch" ? cw.internal() : protocol === "runtime" ? rt.internal() : internalFailure()
      );
    }
  };
  return createServer((req, res) => {
    hooks.activity?.begin();
    res.once("close", () => hooks.activity?.end());
    handle(req, res).catch((err) => {
      hooks.onInternalError?.(err, "response");
      if (!res.headersSent)
        send(
          res,
          500,
          { "content-type": "application/json" },
          JSON.stringify({ __type: "InternalFailure", message: "internal error" })
        );
      else res.destroy();
    });
  });
}

// src/providers/local/sim-clock.ts
function createSimClock(options = {}) {
  const start = options.start instanceof Date ? options.start.getTime() : options.start ?? Date.now();
  if (!Number.isFinite(start))
    throw new RangeError(`createSimClock: start must be a finite time, got ${String(options.start)}`);
  return options.manual ? manualClock(start) : scaledClock(start, options.speed ?? 1);
}
function scaledClock(start, speed) {
  if (!Number.isFinite(speed) || speed <= 0)
    throw new RangeError(`createSimClock: speed must be a positive number, got ${speed}`);
  const realStart = performance.now();
  const listeners = /* @__PURE__ */ new Set();
  const now = () => start + (performance.now() - realStart) * speed;
  const clock = {
    mode: "scaled",
    speed,
    start,
    now,
    toRealMs: (simMs) => simMs / speed,
    advance: () => Promise.reject(new Error("advance() is only available on a manual SimClock")),
    onSettle: () => () => void 0,
    onAdvance(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sleep(ms, signal) {
      return new Promise((resolve2, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const due = now() + Math.max(0, ms);
        let timer;
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const arm = () => {
          const left = due - now();
          if (left <= 0) {
            signal?.removeEventListener("abort", onAbort);
            resolve2();
            return;
          }
          timer = setTimeout(arm, Math.max(1, Math.ceil(left / speed)));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        arm();
      });
    }
  };
  return clock;
}
function manualClock(start) {
  let current = start;
  let seq = 0;
  let sleepers = [];
  const listeners = /* @__PURE__ */ new Set();
  const settlers = /* @__PURE__ */ new Set();
  const notify = () => {
    for (const l of [...listeners]) l(current);
  };
  const settle = () => new Promise((r) => setImmediate(r));
  let advancing = Promise.resolve();
  const clock = {
    mode: "manual",
    speed: 1,
    start,
    now: () => current,
    toRealMs: () => Infinity,
    onAdvance(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSettle(settler) {
      settlers.add(settler);
      return () => settlers.delete(settler);
    },
    sleep(ms, signal) {
      return new Promise((resolve2, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper = { due: current + Math.max(0, ms), seq: seq++, resolve: resolve2 };
        if (ms <= 0) return resolve2();
        const onAbort = () => {
          sleepers = sleepers.filter((s2) => s2 !== sleeper);
          reject(signal?.reason);
        };
        sleeper.resolve = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve2();
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        sleepers.push(sleeper);
      });
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        return Promise.reject(new RangeError(`advance: ms must be >= 0, got ${ms}`));
      const run = async () => {
        const target2 = current + ms;
        for (; ; ) {
          sleepers.sort((a, b) => a.due - b.due || a.seq - b.seq);
          const next = sleepers[0];
          if (!next || next.due > target2) break;
          sleepers.shift();
          if (next.due > current) current = next.due;
          notify();
          next.resolve();
          await settle();
          for (const s2 of [...settlers]) await s2();
        }
        current = target2;
        notify();
        await settle();
      };
      advancing = advancing.then(run, run);
      return advancing;
    }
  };
  return clock;
}

// src/providers/local/alarms.ts
var COMPARE = {
  GreaterThanOrEqualToThreshold: (v, t) => v >= t,
  GreaterThanThreshold: (v, t) => v > t,
  LessThanThreshold: (v, t) => v < t,
  LessThanOrEqualToThreshold: (v, t) => v <= t
};
var WORDS = {
  GreaterThanOrEqualToThreshold: "greater than or equal to",
  GreaterThanThreshold: "greater than",
  LessThanThreshold: "less than",
  LessThanOrEqualToThreshold: "less than or equal to"
};
var fmtTime = (t) => {
  const d = new Date(t);
  const p = (n) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${String(d.getUTCFullYear()).slice(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};
var AlarmEngine = class {
  constructor(sim) {
    this.sim = sim;
  }
  sim;
  alarms = /* @__PURE__ */ new Map();
  listeners = /* @__PURE__ */ new Set();
  /** Alarms whose state was last set by SetAlarmState: the next evaluation restores the real state. */
  overridden = /* @__PURE__ */ new Set();
  onChange(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  setState(alarm, state, reason2, reasonData) {
    const previous = alarm.StateValue;
    alarm.StateReason = reason2;
    alarm.StateReasonData = reasonData;
    alarm.StateUpdatedTimestamp = this.sim.now;
    if (previous !== state) {
      alarm.StateValue = state;
      alarm.StateTransitionedTimestamp = this.sim.now;
      for (const l of [...this.listeners]) l(alarm, previous);
    }
  }
  evaluateAll(now) {
    for (const alarm of [...this.alarms.values()]) this.evaluate(alarm, now);
  }
  /** Datapoints of the last N periods ending at `now` (undefined = no data), oldest first. */
  datapoints(alarm, now) {
    const periodMs = Math.max(60, alarm.Period) * 1e3;
    const end = Math.floor(now / 6e4) * 6e4;
    const from = end - alarm.EvaluationPeriods * periodMs;
    const stat = alarm.ExtendedStatistic ?? alarm.Statistic ?? "Average";
    const got = this.sim.metrics.query(
      alarm.Namespace,
      alarm.MetricName,
      alarm.Dimensions,
      from,
      end,
      periodMs,
      alarm.Unit
    );
    return Array.from({ length: alarm.EvaluationPeriods }, (_, k) => {
      const start = from + k * periodMs;
      const hit = got.find((g) => g.start === start);
      return { start, value: hit?.agg.statistic(stat) };
    });
  }
  evaluate(alarm, now) {
    const compare = COMPARE[alarm.ComparisonOperator];
    if (!compare) return;
    const points = this.datapoints(alarm, now);
    const m = alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods;
    const present = points.filter((p) => p.value !== void 0);
    if (present.length === 0 && (alarm.TreatMissingData === "missing" || alarm.TreatMissingData === "ignore")) {
      if (alarm.TreatMissingData === "ignore" && alarm.StateValue !== "INSUFFICIENT_DATA" && !this.overridden.has(alarm))
        return;
      if (alarm.StateValue === "INSUFFICIENT_DATA" && !this.overridden.has(alarm) && !alarm.StateReason.startsWith("Unchecked"))
        return;
      this.overridden.delete(alarm);
      this.setState(
        alarm,
        "INSUFFICIENT_DATA",
        `Insufficient Data: ${alarm.EvaluationPeriods} datapoint${alarm.EvaluationPeriods === 1 ? " was" : "s were"} unknown.`
      );
      return;
    }
    let breaching = 0;
    for (const p of points) {
      if (p.value === void 0) {
        if (alarm.TreatMissingData === "breaching") breaching++;
      } else if (compare(p.value, alarm.Threshold)) breaching++;
    }
    const notBreaching = points.length - breaching - (alarm.TreatMissingData === "missing" || alarm.TreatMissingData === "ignore" ? points.length - present.length : 0);
    if (alarm.TreatMissingData === "ignore" && breaching < m && notBreaching <= points.length - m && !this.overridden.has(alarm))
      return;
    const state = breaching >= m ? "ALARM" : "OK";
    const shown = present.slice().reverse().map((p) => `${p.value} (${fmtTime(p.start)})`).join(", ");
    const verb = state === "ALARM" ? "were" : "were not";
    const reason2 = `Threshold Crossed: ${breaching} out of the last ${alarm.EvaluationPeriods} datapoints [${shown}] ${verb} ${WORDS[alarm.ComparisonOperator]} the threshold (${alarm.Threshold}) (minimum ${m} datapoint${m === 1 ? "" : "s"} for OK -> ALARM transition).`;
    const data = JSON.stringify({
      version: "1.0",
      queryDate: new Date(now).toISOString(),
      statistic: alarm.ExtendedStatistic ?? alarm.Statistic,
      period: alarm.Period,
      recentDatapoints: present.map((p) => p.value),
      threshold: alarm.Threshold,
      evaluatedDatapoints: points.map((p) => ({
        timestamp: new Date(p.start).toISOString(),
        value: p.value
      }))
    });
    if (state !== alarm.StateValue || alarm.StateReason.startsWith("Unchecked") || this.overridden.has(alarm)) {
      this.overridden.delete(alarm);
      this.setState(alarm, state, reason2, data);
    }
  }
};

// src/providers/local/scheduler.ts
var Scheduler = class {
  heap = [];
  seq = 0;
  schedule(at, label, run) {
    const ev = { at, seq: this.seq++, label, cancelled: false, run };
    this.heap.push(ev);
    this.up(this.heap.length - 1);
    return ev;
  }
  /** Time of the next live event, or undefined. */
  peekTime() {
    this.dropCancelled();
    return this.heap[0]?.at;
  }
  /** Removes and returns the next live event due at or before `t`. */
  popDue(t) {
    this.dropCancelled();
    const top = this.heap[0];
    if (!top || top.at > t) return void 0;
    this.removeTop();
    return top;
  }
  get size() {
    return this.heap.length;
  }
  dropCancelled() {
    while (this.heap.length && this.heap[0].cancelled) this.removeTop();
  }
  removeTop() {
    const last = this.heap.pop();
    if (this.heap.length) {
      this.heap[0] = last;
      this.down(0);
    }
  }
  less(a, b) {
    return a.at < b.at || a.at === b.at && a.seq < b.seq;
  }
  up(i) {
    const h = this.heap;
    while (i > 0) {
      const p = i - 1 >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  down(i) {
    const h = this.heap;
    for (; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
};

// src/providers/local/simulation.ts
var Simulation = class {
  clock;
  scenario;
  seed;
  timings;
  dataDir;
  /** Simulated time the scenario's offsets count from. */
  t0;
  account;
  models = /* @__PURE__ */ new Map();
  configs = /* @__PURE__ */ new Map();
  /** By lower-cased name: endpoint names are unique regardless of case. */
  endpoints = /* @__PURE__ */ new Map();
  packages = /* @__PURE__ */ new Map();
  /** Tags by resource ARN, in insertion order. */
  tags = /* @__PURE__ */ new Map();
  metrics;
  alarms;
  capture;
  scheduler = new Scheduler();
  current;
  recentlyDeleted = [];
  fleetSeq = 0;
  requestSeq = 0;
  running = false;
  errors = [];
  onEventError;
  constructor(o) {
    this.clock = o.clock;
    this.scenario = o.scenario;
    this.seed = o.seed;
    this.timings = o.timings;
    this.dataDir = o.dataDir;
    this.onEventError = o.onEventError;
    this.t0 = o.clock.now();
    this.current = this.t0;
    this.account = o.scenario.account;
    this.metrics = new MetricStore(o.scenario.metricRetentionMs);
    this.capture = new CaptureWriter(o.dataDir, o.seed);
    this.alarms = new AlarmEngine(this);
    for (const p of o.scenario.modelPackages) {
      const arn2 = `arn:aws:sagemaker:${o.scenario.region}:${this.account}:model-package/${p.name.toLowerCase()}`;
      this.packages.set(p.name.toLowerCase(), {
        ...p,
        arn: arn2,
        creationTime: this.t0,
        lastModifiedTime: this.t0
      });
    }
    const firstMinute = Math.floor(this.t0 / 6e4) * 6e4 + 6e4;
    this.scheduler.schedule(firstMinute, "minute", () => this.minuteTick(firstMinute));
  }
  /** Current simulated time (ms): the time of the event running, or of the last catch-up. */
  get now() {
    return this.current;
  }
  /** Runs every event due up to the clock's now, each at its own time. */
  catchUp() {
    if (this.running) return;
    this.running = true;
    try {
      const target2 = this.clock.now();
      for (; ; ) {
        const ev = this.scheduler.popDue(target2);
        if (!ev) break;
        if (ev.at > this.current) this.current = ev.at;
        try {
          ev.run();
        } catch (err) {
          this.errors.push(err);
          this.onEventError?.(err, ev.label);
        }
      }
      if (target2 > this.current) this.current = target2;
    } finally {
      this.running = false;
    }
  }
  /** Errors thrown by scheduled events (should stay empty). */
  get eventErrors() {
    return this.errors;
  }
  nextEventTime() {
    return this.scheduler.peekTime();
  }
  at(time, label, run) {
    return this.scheduler.schedule(Math.max(time, this.current), label, run);
  }
  after(ms, label, run) {
    return this.at(this.current + Math.max(0, ms), label, run);
  }
  nextFleetId() {
    return ++this.fleetSeq;
  }
  /** A fresh random stream for one API request (runtime invocations, throttling draws). */
  requestRng(kind) {
    return new Rng(this.seed, kind, this.requestSeq++);
  }
  arn(region, type, name) {
    return `arn:aws:sagemaker:${region}:${this.account}:${type}/${name.toLowerCase()}`;
  }
  /** Records the endpoint's routing as of now (call after every change of weights, fleets or status). */
  recordRouting(e) {
    const routing = computeRouting(e);
    const last = e.timeline[e.timeline.length - 1];
    if (last && last.at === this.current) last.routing = routing;
    else e.timeline.push({ at: this.current, routing });
  }
  endpointDeleted(e) {
    e.deletedAt = this.current;
    this.recentlyDeleted.push(e);
  }
  /** Scenario faults of a type active now. */
  activeFaults(type) {
    const t = this.current - this.t0;
    return this.scenario.faults.filter((f) => f.type === type && t >= f.from && t < f.to);
  }
  /** Whether a throttling fault rejects this call now. */
  throttled(service, operation) {
    for (const f of this.activeFaults("throttling")) {
      if (f.service !== "all" && f.service !== service) continue;
      if (f.operations && !f.operations.includes(operation)) continue;
      if (f.probability >= 1 || this.requestRng("throttle").uniform() < f.probability) return true;
    }
    return false;
  }
  minuteTick(boundary) {
    const from = boundary - 6e4;
    const minute = new MinuteMetrics();
    for (const e of [...this.endpoints.values(), ...this.recentlyDeleted]) {
      const captured = { n: 0 };
      generateWindow(this, e, from, boundary, minute, captured);
      const last = e.timeline.filter((x) => x.at <= boundary).pop();
      e.timeline = e.timeline.filter((x) => x.at > boundary);
      if (last) e.timeline.unshift({ at: boundary, routing: last.routing });
    }
    this.recentlyDeleted = this.recentlyDeleted.filter((e) => (e.deletedAt ?? 0) >= boundary);
    for (const { dims, metric, agg } of minute.entries()) {
      this.metrics.mergeMinute(NAMESPACE, metric, dims, from, agg, METRIC_UNITS[metric]);
    }
    this.capture.flush();
    this.metrics.prune(boundary);
    this.alarms.evaluateAll(boundary);
    this.scheduler.schedule(boundary + 6e4, "minute", () => this.minuteTick(boundary + 6e4));
  }
  /** Adds one live response (InvokeEndpoint) to the current minute's metrics. */
  recordLive(dims, record) {
    for (const d of dims)
      record((m) => this.metrics.aggregate(NAMESPACE, m, d, this.current, METRIC_UNITS[m]));
  }
};

// src/providers/local/index.ts
var DEFAULT_SEED = 1;
var MANUAL_SETTLE_IDLE_MS = 3;
var MANUAL_SETTLE_MAX_MS = 2e3;
async function startSimulator(options = {}) {
  const scenario = options.scenario === void 0 ? defaultScenario() : typeof options.scenario === "string" ? await loadScenarioFile(options.scenario) : resolveScenario(options.scenario);
  for (const extra of options.extraModelPackages ?? []) {
    const known = scenario.modelPackages.some((p) => p.name.toLowerCase() === extra.name.toLowerCase());
    if (!known) scenario.modelPackages.push(extra);
  }
  const clock = options.clock ?? createSimClock({
    speed: options.speed ?? 1,
    start: options.start ?? scenario.start,
    manual: options.manual ?? false
  });
  const seed = options.seed ?? scenario.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295)
    throw new ModelgateError("invalid_seed", `seed must be an integer from 0 to 4294967295, got ${seed}`);
  const ownDir = options.dataDir === void 0 && !options.keepDataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join2(tmpdir(), "modelgate-sim-"));
  const timings = { ...scenario.timings, ...options.durations };
  const sim = new Simulation({
    clock,
    scenario,
    seed,
    dataDir,
    timings,
    onEventError: (err, label) => options.onInternalError?.(err, `simulated event "${label}"`)
  });
  const internalErrors = [];
  const activity = new Activity();
  const server = createSimServer(sim, {
    activity,
    onInternalError(err, where) {
      internalErrors.push(err);
      options.onInternalError?.(err, where);
    }
  });
  await new Promise((resolve2, reject) => {
    server.once("error", (err) => {
      if (options.dataDir === void 0) rmSync(dataDir, { recursive: true, force: true });
      reject(
        err.code === "EADDRINUSE" ? new ModelgateError(
          "sim_port_in_use",
          `port ${options.port} on 127.0.0.1 is already in use; choose another with --port`
        ) : err
      );
    });
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve2());
  });
  const port = server.address().port;
  const pump = new AbortController();
  const unsubscribe = [];
  if (clock.mode === "manual") {
    unsubscribe.push(clock.onAdvance(() => sim.catchUp()));
    unsubscribe.push(clock.onSettle(() => activity.idle(MANUAL_SETTLE_IDLE_MS, MANUAL_SETTLE_MAX_MS)));
  }
  void (async () => {
    while (clock.mode === "scaled" && !pump.signal.aborted) {
      const next = sim.nextEventTime();
      const wait = next === void 0 ? 6e4 : Math.min(6e4, Math.max(0, next - clock.now()));
      try {
        await clock.sleep(wait, pump.signal);
      } catch {
        return;
      }
      sim.catchUp();
    }
  })();
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    clock,
    seed,
    dataDir,
    scenario,
    get internalErrors() {
      return [...internalErrors, ...sim.eventErrors];
    },
    async advance(ms) {
      await clock.advance(ms);
      sim.catchUp();
    },
    settle: () => sim.catchUp(),
    async stop() {
      if (stopped) return;
      stopped = true;
      pump.abort();
      for (const u of unsubscribe) u();
      await new Promise((resolve2) => {
        server.close(() => resolve2());
        server.closeAllConnections();
      });
      sim.capture.flush();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

export {
  captureRoot,
  PROFILE_ENV,
  startSimulator
};
