import { createRequire as __doclintRequire } from 'node:module'; import { dirname as __doclintDirname } from 'node:path'; import { fileURLToPath as __doclintPath } from 'node:url'; const require = __doclintRequire(import.meta.url); const __dirname = __doclintDirname(__doclintPath(import.meta.url));
import {
  readVersion
} from "./shared.action+doclint+main.mjs";
import {
  CORE_SCHEMA,
  ConfigError,
  DEFAULT_MAX_PARSE_TIME,
  DIRECTIVE_REASON_ID,
  MAX_PATTERN_LENGTH,
  PAGE,
  PHASE,
  PLUGIN_RULE_ID,
  PatternError,
  RULES,
  SITES,
  SITE_NAMES,
  STARTED,
  TimeLimitExceeded,
  UNUSED_DIRECTIVE_ID,
  anchorPage,
  applyDirectives,
  builtinRules,
  collectAnchors,
  collectToc,
  combineRules,
  compareDiagnostics,
  compileGlob,
  crashDiagnostic,
  createDiagnostic,
  createResult,
  defaultSeverityOf,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  dirname,
  errorMessage,
  fileStem,
  isAbsoluteUrl,
  isInside,
  isMarkdownPath,
  isRecord,
  isTocFile,
  join,
  leavesRoot,
  limitFindings,
  linkTarget,
  lintPage,
  load,
  loadPlugins,
  matchesGlob,
  matchesGlobOrFolder,
  normalize,
  optionsIn,
  optionsOf,
  pageConfigs,
  parsePage,
  problemOutcome,
  rebaseGlob,
  require__,
  require_mod,
  resolveSettings,
  severityOf,
  siteProfile,
  toPosix,
  tocFileOf,
  tooSlow
} from "./shared.action+lint-worker+main.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./shared.action+doclint+lint-worker+main.mjs";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry2) {
      if (entry2.charAt(0) === ".") {
        const secondCharactery = entry2.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry2.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry2;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare2);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count2 = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count2++;
        }
      }
      if (count2) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count2], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string: string2 } = ele;
        if (!intersection && !contains(comparison, "string", string2)) {
          result.push(prefix + string2);
        }
        if (intersection && contains(comparison, "string", string2)) {
          result.push(prefix + string2);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare2(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format2 = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format2(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format2 = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format2(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk2 = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk2(child, node);
          }
        }
        return output;
      };
      return walk2(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk2 = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk2(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk2(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open2 = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open2) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open2 = block.nodes.shift();
            block.nodes = [open2, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
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
      START_ANCHOR
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
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
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
      SEP: path.sep,
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

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
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
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
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
    } = require_constants2();
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
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
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
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
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
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
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
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
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
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
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
    var getStarExtglobSequenceOutput = (pattern) => {
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
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
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
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants3.globChars(win32);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
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
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
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
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
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
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
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
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
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
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
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
      const win32 = utils.isWindows(options);
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
      } = constants3.globChars(win32);
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

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants3 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch2.isMatch = (str, patterns2, options) => picomatch2(patterns2, options)(str);
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
    picomatch2.constants = constants3;
    module.exports = picomatch2;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch2 = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns2, options) => {
      patterns2 = [].concat(patterns2);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns2.length; i++) {
        let isMatch = picomatch2(String(patterns2[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns2.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns2.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns2.map((p) => p.replace(/\\/g, "")) : patterns2;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch2(pattern, options);
    micromatch.isMatch = (str, patterns2, options) => picomatch2(patterns2, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns2, options = {}) => {
      patterns2 = [].concat(patterns2).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns2, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns2, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns2, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns2, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns2)) {
        let isMatch = picomatch2(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns2, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns2)) {
        let isMatch = picomatch2(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns2, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns2).every((p) => picomatch2(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch2.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch2.makeRe(...args);
    micromatch.scan = (...args) => picomatch2.scan(...args);
    micromatch.parse = (patterns2, options) => {
      let res = [];
      for (let pattern of [].concat(patterns2 || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch2.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns2) {
      return patterns2.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns2) {
      return patterns2.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns2) {
      return patterns2.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns2) {
      return patterns2.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename5 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename5);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns2) {
      return patterns2.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns2 = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns2.sort((a, b) => a.length - b.length);
      return patterns2.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns2, options) {
      return patterns2.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry2, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry2));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns2) {
      const absolute = [];
      const relative4 = [];
      for (const pattern of patterns2) {
        if (isAbsolute3(pattern)) {
          absolute.push(pattern);
        } else {
          relative4.push(pattern);
        }
      }
      return [absolute, relative4];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute3(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute3;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string2 = require_string();
    exports.string = string2;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns2 = processPatterns(input, settings);
      const ignore3 = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns2);
      const negativePatterns = getNegativePatternsAsPositive(patterns2, ignore3);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns2 = input;
      if (settings.braceExpansion) {
        patterns2 = utils.pattern.expandPatternsWithBraceExpansion(patterns2);
      }
      if (settings.baseNameMatch) {
        patterns2 = patterns2.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns2.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns2) {
      return utils.pattern.getPositivePatterns(patterns2);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns2, ignore3) {
      const negative = utils.pattern.getNegativePatterns(patterns2).concat(ignore3);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns2) {
      const group = {};
      return patterns2.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path, (statError, stat4) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat4.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat4);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat = settings.fs.lstatSync(path);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat4 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat4.isSymbolicLink = () => true;
        }
        return stat4;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat4(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat4;
    function statSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir3(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry2) => makeRplTaskEntry(entry2, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry2, settings) {
      return (done) => {
        if (!entry2.dirent.isSymbolicLink()) {
          done(null, entry2);
          return;
        }
        settings.fs.stat(entry2.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry2);
            return;
          }
          entry2.dirent = utils.fs.createDirentFromStats(entry2.name, stats);
          done(null, entry2);
        });
      };
    }
    function readdir3(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry2 = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry2.stats = stats;
              }
              done(null, entry2);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir3;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir3(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry2 = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry2.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry2.path);
            entry2.dirent = utils.fs.createDirentFromStats(entry2.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry2;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir3(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry2 = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry2.stats = stats;
        }
        return entry2;
      });
    }
    exports.readdir = readdir3;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context2, worker, _concurrency) {
      if (typeof context2 === "function") {
        _concurrency = worker;
        worker = context2;
        context2 = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context2;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context2, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context2;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context2, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context2, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context3 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context3, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context2, worker, _concurrency) {
      if (typeof context2 === "function") {
        _concurrency = worker;
        worker = context2;
        context2 = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context2, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve5, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve5(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve5, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve5(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve5) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve5();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve5();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry2 of entries) {
            this._handleEntry(entry2, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry2, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry2.path;
        if (base !== void 0) {
          entry2.path = common.joinPathSegments(base, entry2.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry2)) {
          this._emitEntry(entry2);
        }
        if (entry2.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry2)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry2.path);
        }
      }
      _emitEntry(entry2) {
        this._emitter.emit("entry", entry2);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry2) => {
          this._storage.push(entry2);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry2) => {
          this._stream.push(entry2);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry2 of entries) {
            this._handleEntry(entry2, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry2, base) {
        const fullpath = entry2.path;
        if (base !== void 0) {
          entry2.path = common.joinPathSegments(base, entry2.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry2)) {
          this._pushToStorage(entry2);
        }
        if (entry2.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry2)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry2.path);
        }
      }
      _pushToStorage(entry2) {
        this._storage.push(entry2);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk2(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk2;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry2 = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry2.stats = stats;
        }
        return entry2;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns2, options) {
        const filepaths = patterns2.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns2[index], options).then((entry2) => {
            if (entry2 !== null && options.entryFilter(entry2)) {
              stream.push(entry2);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve5, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve5(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve5, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve5(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns2, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns2, options);
        return new Promise((resolve5, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry2) => entries.push(entry2));
          stream.once("end", () => resolve5(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns2 = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns2) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry2) => this._filter(basePath, entry2, matcher, negativeRe);
      }
      _getMatcher(patterns2) {
        return new partial_1.default(patterns2, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns2) {
        const affectDepthOfReadingPatterns = patterns2.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry2, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry2.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry2)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry2.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry2) {
        return !this._settings.followSymbolicLinks && entry2.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns2 = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry2) => this._filter(entry2, patterns2);
      }
      _filter(entry2, patterns2) {
        const filepath = utils.path.removeLeadingDotSegment(entry2.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry2) || this._onlyDirectoryFilter(entry2)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns2, entry2.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry2) {
        return this._settings.onlyFiles && !entry2.dirent.isFile();
      }
      _onlyDirectoryFilter(entry2) {
        return this._settings.onlyDirectories && !entry2.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns2, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns2.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns2.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns2.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry2) => this._transform(entry2);
      }
      _transform(entry2) {
        let filepath = entry2.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry2.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry2), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry2) => options.transform(entry2));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry2) => destination.emit("data", options.transform(entry2))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns2, options) {
        const entries = [];
        for (const pattern of patterns2) {
          const filepath = this._getFullEntryPath(pattern);
          const entry2 = this._getEntry(filepath, pattern, options);
          if (entry2 === null || !options.entryFilter(entry2)) {
            continue;
          }
          entries.push(entry2);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns2 = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns2, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix2;
      (function(posix3) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix3.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix3.convertPathToPattern = convertPathToPattern2;
      })(posix2 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns2 = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns2, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count2 = 0;
      while (str[str.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename5 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename5 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants4 = __commonJS({
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
var require_utils5 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants4();
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
var require_scan2 = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils5();
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
    } = require_constants4();
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
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
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
var require_parse3 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants4();
    var utils = require_utils5();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
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
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
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
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
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
      } = constants3.globChars(opts.windows);
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
var require_picomatch3 = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan2();
    var parse = require_parse3();
    var utils = require_utils5();
    var constants3 = require_constants4();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns2, options) => picomatch2(patterns2, options)(str);
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
    picomatch2.constants = constants3;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch4 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch3();
    var utils = require_utils5();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/node/safe-path.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { basename, dirname as dirname2, join as join2, resolve } from "node:path";
var UnsafePathError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
async function safeWritePath(cwd, path) {
  const target = resolve(cwd, path);
  const folder = dirname2(target);
  const root = isInside(resolve(cwd), target) ? resolve(cwd) : folder;
  let realFolder;
  let realRoot;
  try {
    realFolder = await realpath(folder);
    realRoot = await realpath(root);
  } catch {
    throw new UnsafePathError("its folder does not exist", "ENOENT");
  }
  if (!isInside(realRoot, realFolder)) {
    throw new UnsafePathError(
      "a symbolic link on its path leads out of the working directory; doclint does not write through it",
      "EOUTSIDE"
    );
  }
  const real = join2(realFolder, basename(target));
  let info;
  try {
    info = lstatSync(real);
  } catch {
    return real;
  }
  if (info.isSymbolicLink())
    throw new UnsafePathError(
      "it is a symbolic link; doclint does not write through it (remove it, or name another file)",
      "ESYMLINK"
    );
  if (!info.isFile())
    throw new UnsafePathError(info.isDirectory() ? "it is a directory" : "it is not a regular file", "ENOTREG");
  return real;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function readRegularFile(path, maxBytes) {
  let info;
  try {
    info = lstatSync(path);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR")
      return void 0;
    throw error;
  }
  if (info.isSymbolicLink()) throw new UnsafePathError("it is a symbolic link", "ESYMLINK");
  if (!info.isFile()) throw new UnsafePathError("it is not a regular file", "ENOTREG");
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new UnsafePathError("it is not a regular file", "ENOTREG");
    if (opened.size > maxBytes)
      throw new UnsafePathError(`it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, "ENOTREG");
    const buffer = Buffer.allocUnsafe(opened.size);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

// src/engine/config/presets.ts
var LINK_RULES = [
  "anchor-unique",
  "link-anchor-exists",
  "link-definition-used",
  "link-file-exists",
  "link-reference-defined"
];
var CONTRACT_RULES = ["page-contract"];
var SECURITY_RULES = ["security-shared-responsibility", "security-topics-list"];
var TOPICS_RULES = ["toc-topics-match"];
var TOC_RULES = ["toc-entry-exists", "toc-orphan-page"];
var OPT_IN_RULES = ["link-text-title"];
var sitePreset = (site, on, also = "") => ({
  name: `doclint:${site}`,
  description: `${also}\`settings.site\`: \`${site}\`, ${SITES[site].description}`,
  on,
  settings: { site }
});
var PRESETS = [
  {
    name: "doclint:recommended",
    description: "the link rules (link-file-exists, link-anchor-exists, anchor-unique, link-reference-defined, link-definition-used) and page-contract (the config's `contracts`) at their default severity; the security-page rules off",
    on: [...LINK_RULES, ...CONTRACT_RULES]
  },
  {
    name: "doclint:aws-security",
    description: "doclint:recommended, and the AWS security-page contract: the two security-page rules, which check it with the AWS wording (their defaults), and toc-topics-match (topics lists list the children the table of contents gives each page)",
    on: [...LINK_RULES, ...CONTRACT_RULES, ...SECURITY_RULES, ...TOPICS_RULES]
  },
  sitePreset("github", [...LINK_RULES, ...CONTRACT_RULES], "doclint:recommended, and "),
  sitePreset(
    "aws-guide",
    [...LINK_RULES, ...CONTRACT_RULES, ...SECURITY_RULES, ...TOPICS_RULES, ...TOC_RULES],
    "doclint:aws-security, toc-entry-exists and toc-orphan-page, and "
  ),
  ...["mdbook", "mkdocs", "docusaurus", "hugo", "jekyll"].map(
    (site) => sitePreset(site, [...LINK_RULES, ...CONTRACT_RULES], "doclint:recommended, and ")
  )
];
var PRESET_NAMES = PRESETS.map((preset) => preset.name);
var isPresetName = (name) => name.startsWith("doclint:");
function presetConfig(name, rules) {
  const preset = PRESETS.find((p) => p.name === name);
  if (!preset) return void 0;
  const builtin = /* @__PURE__ */ new Set([
    ...LINK_RULES,
    ...CONTRACT_RULES,
    ...SECURITY_RULES,
    ...TOPICS_RULES,
    ...TOC_RULES,
    ...OPT_IN_RULES
  ]);
  const settings = {};
  for (const { meta } of rules) {
    if (!builtin.has(meta.id)) continue;
    const severity = defaultSeverityOf(meta);
    settings[meta.id] = preset.on.includes(meta.id) ? severity === "off" ? "error" : severity : "off";
  }
  return preset.settings ? { rules: settings, settings: { ...preset.settings } } : { rules: settings };
}

// src/engine/config/cascade.ts
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var safeKeys = (value) => Object.keys(value).filter((key) => !FORBIDDEN_KEYS.has(key));
function copyData(value) {
  if (Array.isArray(value)) return value.map(copyData);
  if (!isRecord(value)) return value;
  const copy = {};
  for (const key of safeKeys(value)) copy[key] = copyData(value[key]);
  return copy;
}
function engineKeys(config) {
  const picked = {};
  if (config.rules !== void 0) picked.rules = config.rules;
  if (config.settings !== void 0) picked.settings = config.settings;
  if (config.requireDirectiveReason !== void 0) picked.requireDirectiveReason = config.requireDirectiveReason;
  if (config.reportUnusedDisableDirectives !== void 0)
    picked.reportUnusedDisableDirectives = config.reportUnusedDisableDirectives;
  if (config.contracts !== void 0) picked.contracts = config.contracts;
  return picked;
}
function fileLayers(config, source, base, extended) {
  const layers = [...extended, { source, base, config: engineKeys(config) }];
  (config.overrides ?? []).forEach((override, i) => {
    const own = {};
    if (override.rules !== void 0) own.rules = override.rules;
    if (override.settings !== void 0) own.settings = override.settings;
    layers.push({ source: `${source} overrides[${i}]`, base, files: override.files, config: own });
  });
  return layers;
}
var optionsOf2 = (setting) => Array.isArray(setting) && setting.length > 1 ? setting[1] : void 0;
function mergeConfig(target, layer, source = "", provenance, base = "") {
  if (isRecord(layer.rules)) {
    const rules = target.rules ??= {};
    for (const id of safeKeys(layer.rules)) {
      const next = layer.rules[id];
      const options = optionsOf2(next) ?? optionsOf2(rules[id]);
      rules[id] = options === void 0 ? severityOf(next) : [severityOf(next), copyData(options)];
      if (provenance) {
        const entry2 = provenance.rules[id] ??= { severity: source };
        entry2.severity = source;
        if (optionsOf2(next) !== void 0) entry2.options = source;
      }
    }
  }
  if (isRecord(layer.settings)) {
    const settings = target.settings ??= {};
    for (const group of ["securityPage", "anchors"]) {
      const values = layer.settings[group];
      if (!isRecord(values)) continue;
      const merged = settings[group] ??= {};
      for (const key of safeKeys(values)) {
        merged[key] = copyData(values[key]);
        if (provenance) provenance.settings[`${group}.${key}`] = source;
      }
    }
    if (typeof layer.settings.rootDir === "string") {
      settings.rootDir = layer.settings.rootDir;
      if (provenance) provenance.settings.rootDir = source;
    }
    mergeSiteSettings(settings, layer.settings, source, provenance);
  }
  if (typeof layer.requireDirectiveReason === "boolean") {
    target.requireDirectiveReason = layer.requireDirectiveReason;
    if (provenance) provenance.requireDirectiveReason = source;
  }
  if (typeof layer.reportUnusedDisableDirectives === "string") {
    target.reportUnusedDisableDirectives = layer.reportUnusedDisableDirectives;
    if (provenance) provenance.reportUnusedDisableDirectives = source;
  }
  if (isRecord(layer.contracts)) {
    const contracts = target.contracts = { ...target.contracts };
    for (const name of safeKeys(layer.contracts)) {
      const contract = copyData(layer.contracts[name]);
      const files = contract.match?.files;
      if (files !== void 0 && base !== "")
        contract.match.files = [files].flat().map((glob) => rebaseGlob(glob, base));
      contracts[name] = contract;
      if (provenance) (provenance.contracts ??= {})[name] = source;
    }
  }
  return target;
}
function mergeSiteSettings(target, layer, source, provenance) {
  if (typeof layer.site === "string") {
    target.site = layer.site;
    if (provenance) provenance.settings.site = source;
  }
  const links = layer.links;
  if (!isRecord(links)) return;
  const merged = target.links = { ...target.links };
  if (Array.isArray(links.ignore)) merged.ignore = copyData(links.ignore);
  if (isRecord(links.sites)) {
    const sites = merged.sites = { ...merged.sites };
    for (const prefix of safeKeys(links.sites)) sites[prefix] = links.sites[prefix];
  }
  if (typeof links.folders === "boolean") merged.folders = links.folders;
  if (provenance) {
    for (const key of ["ignore", "sites", "folders"])
      if (links[key] !== void 0) provenance.settings[`links.${key}`] = source;
  }
}
function relativeTo(base, path) {
  if (base === "") return path;
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : void 0;
}
function compileGlob2(glob) {
  const compiled2 = compileGlob(glob);
  return (path) => matchesGlob(compiled2, path);
}
var compiled = /* @__PURE__ */ new WeakMap();
function layerMatches(layer, path) {
  if (!layer.files) return true;
  const relative4 = relativeTo(layer.base, path);
  if (relative4 === void 0) return false;
  let match = compiled.get(layer);
  if (!match) {
    const globs = layer.files.map(compileGlob2);
    match = (p) => globs.some((g) => g(p));
    compiled.set(layer, match);
  }
  return match(relative4);
}
function ignoreMatches(entry2, path) {
  const relative4 = relativeTo(entry2.base, path);
  if (relative4 === void 0) return false;
  let match = compiled.get(entry2);
  if (!match) {
    const folderOnly = entry2.glob.endsWith("/");
    const glob = compileGlob(entry2.glob.replace(/\/+$/, ""));
    match = (p) => matchesGlobOrFolder(glob, p, folderOnly);
    compiled.set(entry2, match);
  }
  return match(relative4);
}
var CLI_UNUSED = "--report-unused-disable-directives";
var folderOf = (path) => {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
};
var ConfigResolver = class {
  constructor(options) {
    this.options = options;
    this.rootConfig = this.fold(this.chain("").flatMap((file) => file.layers.filter((layer) => !layer.files))).config;
  }
  options;
  byKey = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new WeakMap();
  nextId = 0;
  rootConfig;
  /** The config files that apply in a folder, farthest first. */
  chain(folder) {
    if (this.options.explicit) return [this.options.explicit];
    const files = this.options.files;
    if (!files || files.size === 0) return [];
    const chain = [];
    const parts = folder === "" ? [] : folder.split("/");
    for (let end = 0; end <= parts.length; end++) {
      const file = files.get(parts.slice(0, end).join("/"));
      if (file) chain.push(file);
    }
    return chain;
  }
  fold(layers, provenance) {
    const config = {};
    for (const layer of layers) mergeConfig(config, layer.config, layer.source, provenance, layer.base);
    if (this.options.reportUnusedDisableDirectives && (config.reportUnusedDisableDirectives ?? "off") === "off") {
      config.reportUnusedDisableDirectives = "warn";
      if (provenance) provenance.reportUnusedDisableDirectives = CLI_UNUSED;
    }
    return { config };
  }
  layersFor(path) {
    return this.chain(folderOf(path)).flatMap((file) => file.layers.filter((layer) => layerMatches(layer, path)));
  }
  /**
   * The effective config of a page: plain JSON with `rules`, `settings` and the directive
   * options. Pages with the same layers share one object, so that the engine resolves it once.
   */
  configFor(path) {
    const layers = this.layersFor(path);
    const key = layers.map((layer) => {
      let id = this.ids.get(layer);
      if (id === void 0) this.ids.set(layer, id = this.nextId++);
      return id;
    }).join(",");
    let config = this.byKey.get(key);
    if (!config) {
      config = this.fold(layers).config;
      this.byKey.set(key, config);
    }
    return config;
  }
  /** Whether every page gets the root config (no nested file, no override): one config for all. */
  get uniform() {
    if (this.options.explicit) return !this.options.explicit.layers.some((layer) => layer.files);
    const files = this.options.files;
    if (!files) return true;
    for (const [folder, file] of files) {
      if (folder !== "" || file.layers.some((layer) => layer.files)) return false;
    }
    return true;
  }
  /** Why a page is not to be linted, or undefined. */
  ignoredBy(path) {
    for (const file of this.chain(folderOf(path))) {
      for (const entry2 of file.ignores)
        if (ignoreMatches(entry2, path)) return { source: entry2.source, glob: entry2.glob };
    }
    const extra = this.options.ignoreFile;
    if (extra?.ignores(path)) return { source: extra.source };
    return void 0;
  }
  /** Everything `--explain` shows about a page. */
  explain(path) {
    const provenance = { rules: {}, settings: {} };
    const chain = this.chain(folderOf(path));
    const layers = chain.flatMap((file) => file.layers.filter((layer) => layerMatches(layer, path)));
    const ignoredBy = this.ignoredBy(path);
    return {
      path,
      ...ignoredBy ? { ignoredBy } : {},
      files: chain.map((file) => ({
        shown: file.shown,
        layers: file.layers.map((layer) => ({
          source: layer.source,
          ...layer.files ? { files: layer.files } : {},
          applies: layerMatches(layer, path)
        }))
      })),
      config: this.fold(layers, provenance).config,
      provenance
    };
  }
  /**
   * `settings.anchors`, `rootDir`, `site` and `links` describe the site, so they hold for the
   * whole project: only the config at the project root sets them. A nested file or an override
   * that sets a different value is an error rather than silently ignored.
   */
  projectWideProblems() {
    const root = resolveSettings(this.rootConfig);
    const rootLayers = new Set(this.chain("").flatMap((file) => file.layers.filter((layer) => !layer.files)));
    const files = this.options.explicit ? [this.options.explicit] : [...this.options.files?.values() ?? []];
    const problems = [];
    for (const file of files) {
      for (const layer of file.layers) {
        if (rootLayers.has(layer)) continue;
        const settings = layer.config.settings;
        if (!settings) continue;
        const differs = [];
        for (const key of Object.keys(settings.anchors ?? {})) {
          if (settings.anchors[key] !== root.anchors[key]) differs.push(`settings.anchors.${key}`);
        }
        if (settings.rootDir !== void 0 && settings.rootDir !== root.rootDir) differs.push("settings.rootDir");
        if (settings.site !== void 0 && settings.site !== root.site) differs.push("settings.site");
        differs.push(...linkSettingsDiffer(settings.links, root.links));
        for (const key of differs) {
          problems.push(
            `${layer.source}: \`${key}\` describes the whole site: set it only in the config at the project root`
          );
        }
      }
    }
    return problems;
  }
};
function linkSettingsDiffer(links, root) {
  if (!isRecord(links)) return [];
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const differs = [];
  if (links.ignore !== void 0 && !same(links.ignore, root.ignore)) differs.push("settings.links.ignore");
  if (links.sites !== void 0 && Object.entries(links.sites).some(([prefix, folder]) => root.sites[prefix] !== folder))
    differs.push("settings.links.sites");
  if (links.folders !== void 0 && links.folders !== root.folders) differs.push("settings.links.folders");
  return differs;
}
function printableConfig(config, rules) {
  const printed = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1)) {
    const setting = config.rules?.[rule.meta.id];
    const severity = setting === void 0 ? defaultSeverityOf(rule.meta) : severityOf(setting);
    const options = optionsOf(rule.meta, setting);
    printed[rule.meta.id] = rule.meta.schema || Object.keys(options).length > 0 ? [severity, options] : severity;
  }
  const settings = resolveSettings(config);
  return {
    rules: printed,
    settings: {
      securityPage: settings.securityPage,
      anchors: settings.anchors,
      ...settings.rootDir === void 0 ? {} : { rootDir: settings.rootDir },
      ...settings.site === void 0 ? {} : { site: settings.site },
      ...config.settings?.links === void 0 ? {} : { links: settings.links }
    },
    requireDirectiveReason: config.requireDirectiveReason ?? false,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives ?? "off",
    ...config.contracts && Object.keys(config.contracts).length > 0 ? { contracts: config.contracts } : {}
  };
}
function combinedError(problems) {
  return new ConfigError(problems.join("\n"), [...problems]);
}

// src/node/read.ts
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync as lstatSync2, openSync as openSync2, readSync as readSync2, realpathSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { join as join3, sep } from "node:path";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function checkBytes(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return "File is UTF-16 text; save it as UTF-8 to lint it";
  }
  if (bytes.subarray(0, 8e3).includes(0)) {
    return "File is binary (it contains NUL bytes), not Markdown; delete it or exclude it in .gitignore";
  }
  return void 0;
}
var REPLACEMENT = "\uFFFD";
function decodePage(bytes) {
  const text = bytes.toString("utf8");
  if (isUtf8(bytes)) return { text };
  let byte = 0;
  let from = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
    byte += Buffer.byteLength(text.slice(from, at), "utf8");
    from = at;
    if (bytes[byte] === 239 && bytes[byte + 1] === 191 && bytes[byte + 2] === 189) continue;
    const bad = bytes[byte].toString(16).toUpperCase().padStart(2, "0");
    return {
      text,
      encodingProblem: {
        ...pointAt(text, at),
        message: `File is not valid UTF-8: byte 0x${bad} here is read as U+FFFD, as a browser shows it; save the file as UTF-8`
      }
    };
  }
  return { text };
}
function pointAt(text, at) {
  const start = text.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  let lineStart = start;
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}
var tooLarge = (size, limit) => `File is too large to lint (${megabytes(size)}; the limit is ${megabytes(limit)}, see --max-file-size)`;
var OPEN_FLAGS2 = constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0);
function readDocumentSync(root, path, maxFileSize = DEFAULT_MAX_FILE_SIZE) {
  const absolute = join3(root, path);
  let fd;
  try {
    const link = lstatSync2(absolute);
    if (link.isSymbolicLink()) {
      let real;
      try {
        real = realpathSync(absolute);
      } catch (error) {
        if (error.code === "ELOOP") {
          return { path, problem: "Symbolic link is a loop: following it leads back to itself" };
        }
        return { path, problem: "Symbolic link is broken: its target does not exist" };
      }
      const realRoot = realpathSync(root);
      if (!real.startsWith(realRoot + sep)) {
        return { path, problem: "Symbolic link points outside the project root; doclint does not read it" };
      }
    }
    fd = openSync2(absolute, OPEN_FLAGS2);
    const info = fstatSync2(fd);
    if (info.isDirectory()) return { path, problem: "Path is a directory, not a Markdown file" };
    if (!info.isFile())
      return { path, problem: "Path is not a regular file (a named pipe, socket or device); doclint does not read it" };
    if (info.size > maxFileSize) return { path, problem: tooLarge(info.size, maxFileSize) };
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxFileSize) + 1);
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > maxFileSize) {
          return {
            path,
            problem: `File is too large to lint (it grew past the limit of ${megabytes(maxFileSize)} while being read, see --max-file-size)`
          };
        }
        const larger = Buffer.allocUnsafe(Math.min(2 * buffer.length, maxFileSize + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const bytesRead = readSync2(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    const bytes = buffer.subarray(0, length);
    const problem = checkBytes(bytes);
    if (problem) return { path, problem };
    return { path, ...decodePage(bytes) };
  } catch (error) {
    return { path, problem: `File could not be read: ${describeFsError(error)}` };
  } finally {
    if (fd !== void 0) {
      try {
        closeSync2(fd);
      } catch {
      }
    }
  }
}
async function readDocument(root, path, maxFileSize = DEFAULT_MAX_FILE_SIZE) {
  return readDocumentSync(root, path, maxFileSize);
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "it does not exist (it may have been deleted while doclint ran)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links (a symlink loop)";
    case "EISDIR":
      return "it is a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
async function readTarget(root, path, maxFileSize = DEFAULT_MAX_FILE_SIZE) {
  const document = await readDocument(root, path, maxFileSize);
  return document.text;
}

// src/node/write-atomic.ts
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, join as join4 } from "node:path";
async function writeFileAtomic(path, text, mode) {
  const temporary = join4(dirname3(path), `.${basename2(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open(temporary, "wx", 420);
    await handle.writeFile(text, "utf8");
    if (mode !== void 0) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = void 0;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => void 0);
    await rm(temporary, { force: true }).catch(() => void 0);
    throw error;
  }
}

// src/node/page-memory.ts
var DEFAULT_MAX_PAGE_MEMORY = 512;
var MIN_MAX_PAGE_MEMORY = 32;
var HEAP_PER_CHAR = 4096;
function mainThreadChars(maxPageMemory) {
  return Math.floor(maxPageMemory * 1024 * 1024 / HEAP_PER_CHAR);
}
function tooMuchMemory(mb) {
  return `Page takes too much memory to lint (stopped at ${mb} MB, see --max-page-memory); parsing Markdown takes up to a few KB of memory per character, most for list items, links and headings`;
}

// src/node/time-limit.ts
import { Script, createContext } from "node:vm";
var sandbox = {};
var context = createContext(sandbox);
var script = new Script("run()", { filename: "doclint-parse" });
var LONGEST_TIMEOUT = 2 ** 32 - 1;
var isTimeout = (error) => error?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT";
var vmTimeLimit = (run2, ms) => {
  if (!(ms > 0) || ms > LONGEST_TIMEOUT) return run2();
  let result;
  sandbox.run = () => {
    result = run2();
  };
  try {
    script.runInContext(context, { timeout: Math.ceil(ms) });
  } catch (error) {
    if (isTimeout(error)) throw new TimeLimitExceeded(ms);
    throw error;
  } finally {
    sandbox.run = void 0;
  }
  return result;
};

// src/node/analyze.ts
import { join as join6 } from "node:path";

// src/node/cache.ts
import { createHash } from "node:crypto";
import { lstatSync as lstatSync3 } from "node:fs";
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { basename as basename3, dirname as dirname4, join as join5 } from "node:path";

// src/node/cache-shape.ts
var MAX_STRING = 20 * 1024 * 1024;
var MAX_PAGE_PATH = 4096;
var LINK_KINDS = /* @__PURE__ */ new Set(["link", "image", "definition", "html"]);
var DIRECTIVE_KINDS = /* @__PURE__ */ new Set(["disable", "enable", "disable-line", "disable-next-line", "disable-file"]);
var string = (max = MAX_STRING) => (value) => typeof value !== "string" ? "not a string" : value.length > max ? `a string longer than ${max} characters` : void 0;
var count = (min) => (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= min ? void 0 : `not a whole number from ${min}`;
var oneOf = (allowed) => (value) => typeof value === "string" && allowed.has(value) ? void 0 : "not an allowed value";
var boolean = (value) => typeof value === "boolean" ? void 0 : "not true or false";
var list = (each, max = 1e7) => (value) => {
  if (!Array.isArray(value)) return "not a list";
  if (value.length > max) return "too long a list";
  for (let i = 0; i < value.length; i++) {
    const problem = each(value[i]);
    if (problem) return `[${i}]: ${problem}`;
  }
  return void 0;
};
var record = (required, optional = {}) => (value) => {
  if (!isRecord(value)) return "not an object";
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(required, key) && !Object.hasOwn(optional, key))
      return `unexpected key \`${key.slice(0, 40)}\``;
  }
  for (const [key, check] of Object.entries(required)) {
    if (!Object.hasOwn(value, key)) return `missing \`${key}\``;
    const problem = check(value[key]);
    if (problem) return `\`${key}\`: ${problem}`;
  }
  for (const [key, check] of Object.entries(optional)) {
    if (!Object.hasOwn(value, key) || value[key] === void 0) continue;
    const problem = check(value[key]);
    if (problem) return `\`${key}\`: ${problem}`;
  }
  return void 0;
};
var json = () => void 0;
var point = record({ line: count(1), column: count(1) }, { offset: count(0) });
var position = record({ start: point, end: point });
var resolvedLink = (value) => {
  if (!isRecord(value)) return "not an object";
  switch (value.kind) {
    case "external":
      return record({ kind: string() })(value);
    case "same-page":
      return record({ kind: string(), fragment: string() })(value);
    case "file":
      return record(
        { kind: string(), path: string(MAX_PAGE_PATH), written: string() },
        { fragment: string(), published: (v) => v === true ? void 0 : "not true" }
      )(value);
    case "ignored":
      return record({ kind: string() })(value);
    case "outside-root":
    case "root-relative":
      return record({ kind: string(), written: string() })(value);
    default:
      return "an unknown link target kind";
  }
};
var storedLink = (value) => {
  if (!Array.isArray(value) || value.length !== 9 && value.length !== 13) return "not a link tuple of 9 or 13";
  const written = value.slice(9);
  const problem = written.map((n) => count(1)(n)).find((p) => p !== void 0);
  if (problem) return problem;
  const [url, kind, target, ...at] = value;
  return string()(url) ?? oneOf(LINK_KINDS)(kind) ?? resolvedLink(target) ?? count(1)(at[0]) ?? count(1)(at[1]) ?? count(-1)(at[2]) ?? count(1)(at[3]) ?? count(1)(at[4]) ?? count(-1)(at[5]);
};
var anchorSite = record({ anchor: string(), source: string(40), position }, { heading: count(0) });
var tocEntry = record({ text: string(), parent: count(-1) }, { target: string(MAX_PAGE_PATH), position });
var facts = (path) => (value) => record(
  {
    path: (p) => p === path ? void 0 : "not the page of the entry",
    anchors: list(string()),
    anchorSites: list(anchorSite),
    codeAnchors: list(string()),
    links: list(storedLink)
  },
  {
    title: string(),
    toc: list(tocEntry),
    routes: list(string(MAX_PAGE_PATH)),
    kept: (kept) => isRecord(kept) ? json(kept) : "not an object"
  }
)(value);
var directive = record({
  kind: oneOf(DIRECTIVE_KINDS),
  rules: list(string(200)),
  line: count(1),
  endLine: count(1),
  column: count(1),
  endColumn: count(1),
  reason: string()
});
var diagnostic = (path) => record(
  {
    ruleId: (id) => id === null ? void 0 : string(200)(id),
    severity: oneOf(/* @__PURE__ */ new Set(["error", "warning"])),
    message: string(),
    path: (p) => p === path ? void 0 : "not the page of the entry",
    line: count(1),
    column: count(1)
  },
  {
    messageId: string(200),
    endLine: count(1),
    endColumn: count(1),
    suggestions: list(string()),
    fix: record({ start: point, end: point, text: string() }),
    causedByChange: boolean,
    fatal: boolean,
    internal: boolean
  }
);
var outcome = (path) => record(
  {
    path: (p) => p === path ? void 0 : "not the page of the entry",
    directives: list(directive),
    diagnostics: list(diagnostic(path))
  },
  { facts: facts(path) }
);
var page = (path) => record(
  { hash: string(100), config: string(100), outcome: outcome(path) },
  {
    stamp: (stamp) => Array.isArray(stamp) && stamp.length === 2 && typeof stamp[0] === "number" && typeof stamp[1] === "number" ? count(0)(stamp[0]) : "not [size, mtime]"
  }
);
function cacheEntryProblem(path, entry2) {
  if (path.length === 0 || path.length > MAX_PAGE_PATH) return "a page path of the wrong length";
  return page(path)(entry2);
}

// src/node/cache.ts
var DEFAULT_CACHE_FILE = ".doclintcache";
var MAGIC = '{"tool":"doclint-cache"';
var FORMAT = 4;
var MAX_CACHE_BYTES = 256 * 1024 * 1024;
function trackedByGit(file) {
  return new Promise((done) => {
    execFile(
      "git",
      ["ls-files", "--error-unmatch", "--", basename3(file)],
      { cwd: dirname4(file), timeout: 3e4, windowsHide: true },
      (error) => done(!error)
    );
  });
}
var SETTLED_MS = 2e3;
function stampOf(file, now = Date.now()) {
  let stats;
  try {
    stats = lstatSync3(file);
  } catch {
    return void 0;
  }
  if (!stats.isFile() || now - stats.mtimeMs < SETTLED_MS) return void 0;
  return [stats.size, stats.mtimeMs];
}
function contentHash(text) {
  return createHash("sha1").update(text).digest("base64");
}
function documentHash({ text = "", encodingProblem }) {
  return encodingProblem ? `${contentHash(text)}!${contentHash(JSON.stringify(encodingProblem))}` : contentHash(text);
}
function configKey(config, ruleIds) {
  return createHash("sha1").update(JSON.stringify([config, ruleIds])).digest("base64").slice(0, 16);
}
function storeLink({ url, kind, target, position: { start, end }, destination }) {
  const stored = [url, kind, target, start.line, start.column, start.offset ?? -1, end.line, end.column];
  stored.push(end.offset ?? -1);
  if (destination)
    stored.push(destination.start.line, destination.start.column, destination.end.line, destination.end.column);
  return stored;
}
function restoreLink(from, [url, kind, target, ...at]) {
  const point2 = (line = 1, column = 1, offset = -1) => offset === -1 ? { line, column } : { line, column, offset };
  const link = {
    from,
    url,
    kind,
    target,
    position: { start: point2(at[0], at[1], at[2]), end: point2(at[3], at[4], at[5]) }
  };
  if (at.length === 10) link.destination = { start: point2(at[6], at[7]), end: point2(at[8], at[9]) };
  return link;
}
function store(outcome2) {
  if (!outcome2.facts) return outcome2;
  const { facts: facts2 } = outcome2;
  return {
    ...outcome2,
    facts: {
      ...facts2,
      anchors: [...facts2.anchors],
      codeAnchors: [...facts2.codeAnchors],
      links: facts2.links.map(storeLink)
    }
  };
}
function restore(path, stored) {
  if (!stored.facts) return stored;
  const { facts: facts2 } = stored;
  return {
    ...stored,
    facts: {
      ...facts2,
      anchors: new Set(facts2.anchors),
      codeAnchors: new Set(facts2.codeAnchors),
      links: facts2.links.map((link) => restoreLink(path, link))
    }
  };
}
var PageCache = class _PageCache {
  constructor(file, shown, version, writable) {
    this.file = file;
    this.shown = shown;
    this.version = version;
    this.writable = writable;
  }
  file;
  shown;
  version;
  writable;
  pages = /* @__PURE__ */ new Map();
  changed = false;
  /**
   * A cache kept in memory only, never read from or written to a file: `--watch` keeps one across
   * its runs, so that a run parses only the pages that changed since the last.
   */
  static inMemory(version) {
    return new _PageCache("", "", version, false);
  }
  /**
   * Opens the cache at `location` (a file, or a folder to hold `.doclintcache`); messages name
   * it as `shown` (the path as the user wrote it).
   */
  static async open(location, version, warn, shown = location, cwd = dirname4(location)) {
    let file = location;
    try {
      if ((await stat(location)).isDirectory()) file = join5(location, DEFAULT_CACHE_FILE);
    } catch {
    }
    const unusable = (message) => {
      warn(message);
      return new _PageCache(file, shown, version, false);
    };
    let text;
    try {
      file = await safeWritePath(cwd, file);
      text = readRegularFile(file, MAX_CACHE_BYTES)?.toString("utf8");
    } catch (error) {
      if (error instanceof UnsafePathError) {
        if (error.code === "ENOENT") return new _PageCache(file, shown, version, true);
        if (error.code === "ESYMLINK")
          return unusable(
            `the cache file \`${shown}\` is a symbolic link; linting without a cache and leaving it alone`
          );
        if (error.code === "ENOTREG")
          return unusable(
            `the cache file \`${shown}\` is not a regular file; linting without a cache and leaving it alone`
          );
        return unusable(
          `cannot use the cache file \`${shown}\`: ${error.message.replace(/; doclint does not write through it$/, "")}; linting without a cache`
        );
      }
      return unusable(`cannot read the cache file \`${shown}\` (${describeFsError(error)}); linting without it`);
    }
    if (text === void 0 || text === "") return new _PageCache(file, shown, version, true);
    if (!text.startsWith(MAGIC)) {
      return unusable(
        `\`${shown}\` is not a doclint cache; linting without a cache and leaving the file alone (remove it or pass another --cache-location)`
      );
    }
    if (await trackedByGit(file)) {
      return unusable(
        `the cache file \`${shown}\` is tracked by git: it came with the checkout, so it cannot be trusted; linting without it and leaving it alone (remove it from git and add it to .gitignore)`
      );
    }
    const cache = new _PageCache(file, shown, version, true);
    const corrupt = (reason) => {
      warn(`the cache file \`${shown}\` is corrupt (${reason}); starting a new one`);
      cache.pages.clear();
      cache.changed = true;
      return cache;
    };
    let data;
    try {
      data = JSON.parse(text);
      if (data.format !== FORMAT || typeof data.pages !== "object" || data.pages === null || Array.isArray(data.pages))
        throw new Error("unknown format");
    } catch (error) {
      return corrupt(error.message.slice(0, 200));
    }
    if (data.version !== version) {
      cache.changed = true;
      return cache;
    }
    for (const [path, page2] of Object.entries(data.pages)) {
      const problem = cacheEntryProblem(path, page2);
      if (problem) return corrupt(`page \`${path.slice(0, 200)}\`: ${problem}`);
      cache.pages.set(path, page2);
    }
    return cache;
  }
  /** The cached outcome of this page, if it was linted with the same text and config. */
  get(path, hash, config) {
    const page2 = this.pages.get(path);
    if (!page2 || page2.hash !== hash || page2.config !== config) return void 0;
    return restore(path, page2.outcome);
  }
  /**
   * The cached outcome of this page, if its file's stamp and the config are as stored: the
   * page is not read at all (`--cache-strategy metadata`).
   */
  getByStamp(path, stamp, config) {
    const page2 = this.pages.get(path);
    if (!page2?.stamp || page2.stamp[0] !== stamp[0] || page2.stamp[1] !== stamp[1] || page2.config !== config)
      return void 0;
    return restore(path, page2.outcome);
  }
  /**
   * Records the stamp of a page whose text was found unchanged (a checkout touched it, say), so
   * that the next run need not read it.
   */
  restamp(path, stamp) {
    const page2 = this.pages.get(path);
    if (!page2 || !stamp || page2.stamp?.[0] === stamp[0] && page2.stamp[1] === stamp[1]) return;
    page2.stamp = stamp;
    this.changed = true;
  }
  set(path, hash, config, outcome2, stamp) {
    this.pages.set(path, { hash, config, ...stamp ? { stamp } : {}, outcome: store(outcome2) });
    this.changed = true;
  }
  /** Forgets the pages that no longer exist. */
  retain(exists) {
    for (const path of this.pages.keys()) {
      if (!exists(path)) {
        this.pages.delete(path);
        this.changed = true;
      }
    }
  }
  /** Writes the cache back (atomically), if anything changed. */
  async save(warn) {
    if (!this.changed || !this.writable) return;
    const pages = /* @__PURE__ */ Object.create(null);
    for (const [path, page2] of this.pages) pages[path] = page2;
    const body = JSON.stringify({ format: FORMAT, version: this.version, pages });
    try {
      await writeFileAtomic(await safeWritePath(dirname4(this.file), this.file), `${MAGIC},${body.slice(1)}`);
    } catch (error) {
      const reason = error.code === "ENOENT" ? "its folder does not exist" : error instanceof UnsafePathError ? error.message : describeFsError(error);
      warn(`cannot write the cache file \`${this.shown}\` (${reason}); the next run will lint every page again`);
    }
  }
};

// src/node/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
function workerFile() {
  const extension = extname(fileURLToPath(import.meta.url));
  if (extension === ".ts") return void 0;
  const url = new URL(`./lint-worker${extension}`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : void 0;
}
var WORKER_YOUNG_GENERATION_MB = 96;
function boundNextWorkers(maxPageMemory) {
  setFlagsFromString(`--max-old-space-size=${maxPageMemory}`);
  setFlagsFromString("--heap-growing-percent=300");
}
var IN_FLIGHT = 2;
function poolSize(pages, requested, cores = availableParallelism()) {
  if (requested === "off") return 0;
  if (requested === "auto") return pages < 200 || cores < 2 ? 0 : Math.min(cores, Math.ceil(pages / 200));
  return requested;
}
function createPool(size, file, plugins = [], maxPageMemory = DEFAULT_MAX_PAGE_MEMORY) {
  return new WorkerPool(size, file, plugins, maxPageMemory);
}
var limitOf = (job) => job.limits?.maxParseTime ?? DEFAULT_MAX_PARSE_TIME;
var WorkerPool = class {
  constructor(size, file, plugins, maxPageMemory) {
    this.file = file;
    this.plugins = plugins;
    this.maxPageMemory = maxPageMemory;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }
  file;
  plugins;
  maxPageMemory;
  nextId = 0;
  slots = [];
  queue = [];
  head = 0;
  /** pages of a terminated worker that it had not done: sent before the queue */
  retry = [];
  // The clock the workers' STARTED times count from: ms since then fit in 32 bits for 24 days.
  base = Date.now();
  lint(document, configKey2, config, project, limits) {
    return new Promise((resolve5, reject) => {
      this.queue.push({ id: this.nextId++, document, configKey: configKey2, config, project, limits, resolve: resolve5, reject });
      this.pump();
    });
  }
  async close() {
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      slot.pending.clear();
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
  // Dispatch.
  /** Fills every worker up to IN_FLIGHT pages: a terminated worker's pages first, then the queue. */
  pump() {
    for (const slot of this.slots) {
      while (slot.pending.size < IN_FLIGHT && this.retry.length > 0) this.send(slot, this.retry.shift());
      while (slot.pending.size < IN_FLIGHT && this.head < this.queue.length) {
        const job = this.queue[this.head];
        this.queue[this.head++] = void 0;
        this.send(slot, job);
      }
    }
  }
  /** Sends a page to a worker, with its config the first time the worker needs that config. */
  send(slot, job) {
    if (!slot.configs.has(job.configKey)) {
      slot.configs.add(job.configKey);
      slot.worker.postMessage({
        type: "config",
        key: job.configKey,
        config: job.config,
        project: job.project,
        plugins: [...this.plugins],
        ...job.limits ? { limits: job.limits } : {}
      });
    }
    slot.pending.set(job.id, job);
    slot.worker.postMessage({
      type: "page",
      id: job.id,
      key: job.configKey,
      document: job.document
    });
    if (!slot.timer) this.watchAfter(slot, limitOf(job));
  }
  // The watchdog.
  watchAfter(slot, ms) {
    if (!(ms > 0) || !Number.isFinite(ms)) return;
    slot.timer = setTimeout((watched) => this.watch(watched), Math.min(ms, 2 ** 31 - 1), slot).unref();
  }
  /**
   * Stops the slot's page if it has been in its phase for longer than its limit; else looks again
   * when it would be.
   */
  watch(slot) {
    slot.timer = void 0;
    if (slot.pending.size === 0) return;
    const job = slot.pending.get(Atomics.load(slot.state, PAGE) - 1);
    if (!job) {
      this.watchAfter(slot, limitOf(slot.pending.values().next().value));
      return;
    }
    const phase = Atomics.load(slot.state, PHASE) === RULES ? "rules" : "parse";
    const limit = limitOf(job);
    const elapsed = Date.now() - this.base - Atomics.load(slot.state, STARTED);
    if (elapsed < limit) {
      this.watchAfter(slot, limit - elapsed);
      return;
    }
    this.stop(slot, job, tooSlow(phase, limit));
  }
  /**
   * Ends a worker's page with `problem` (it went past a limit): the worker is replaced, and its
   * other pages go to the replacement first.
   */
  stop(slot, job, problem) {
    slot.pending.delete(job.id);
    this.retry.push(...slot.pending.values());
    this.replace(slot);
    job.resolve(problemOutcome(job.document.path, problem));
    this.pump();
  }
  // The workers' lives.
  /** Starts a worker, in a slot of its own. */
  spawn() {
    const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    boundNextWorkers(this.maxPageMemory);
    const worker = new Worker(this.file, {
      workerData: { state, base: this.base },
      resourceLimits: {
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
        maxOldGenerationSizeMb: this.maxPageMemory
      }
    });
    const slot = { worker, configs: /* @__PURE__ */ new Set(), pending: /* @__PURE__ */ new Map(), state };
    worker.on("message", (reply) => this.settle(slot, reply));
    worker.on("error", (error) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") this.outOfMemory(slot);
      else this.fail(slot, new Error(`a worker thread failed: ${error.message}`));
    });
    worker.on("exit", (code) => {
      if (slot.pending.size > 0) this.fail(slot, new Error(`a worker thread exited with code ${code}`));
    });
    return slot;
  }
  /** Settles the page a worker replied about, and gives the worker another. */
  settle(slot, reply) {
    const job = slot.pending.get(reply.id);
    if (!job) return;
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) {
      clearTimeout(slot.timer);
      slot.timer = void 0;
    }
    if ("error" in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.outcome);
    this.pump();
  }
  /**
   * A worker ran out of its heap: the page it was on (or, between pages, the next it was given)
   * took too much memory; its other pages go to its replacement.
   */
  outOfMemory(slot) {
    const job = slot.pending.get(Atomics.load(slot.state, PAGE) - 1) ?? slot.pending.values().next().value;
    if (job) this.stop(slot, job, tooMuchMemory(this.maxPageMemory));
    else {
      this.replace(slot);
      this.pump();
    }
  }
  /** A worker failed or exited: its pages fail with `error`, and a new worker takes its place. */
  fail(slot, error) {
    const jobs = [...slot.pending.values()];
    this.replace(slot);
    for (const job of jobs) job.reject(error);
    this.pump();
  }
  /** Replaces a slot's worker with a new one; its pages are the caller's to settle. */
  replace(slot) {
    clearTimeout(slot.timer);
    slot.pending.clear();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
    void slot.worker.terminate();
  }
};

// src/node/map-limit.ts
async function mapLimit(items, fn, limit = 64) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/node/analyze.ts
async function analyzePages(options) {
  const { cwd, files, cache, onProgress } = options;
  const total = files.length;
  const outcomes = new Array(files.length);
  let done = 0;
  const stamps = cache !== void 0 && (options.cacheStrategy ?? "metadata") === "metadata";
  const run2 = {
    options,
    keyOf: configKeys(options),
    // Taken before the file is read: a change after it shows in the next run's stamp.
    stamp: (path) => stamps ? stampOf(join6(cwd, path)) : void 0,
    finish: (index, outcome2) => {
      outcomes[index] = outcome2;
      onProgress?.(++done, total);
    }
  };
  const misses = lookUp(run2);
  const file = workerFile();
  const size = file ? poolSize(misses.length, options.concurrency ?? "auto") : 0;
  if (size === 0) {
    if (typeof options.concurrency === "number" && options.concurrency > 0) {
      throw new Error("worker threads are not available when running from the TypeScript sources");
    }
    await lintOnThisThread(run2, misses);
  } else {
    await lintInWorkers(run2, misses, file, size);
  }
  return { outcomes, stats: { pages: total, cached: total - misses.length, parsed: misses.length, workers: size } };
}
function configKeys(options) {
  const { configs, rules, plugins = [] } = options;
  const ruleIds = rules.map((rule) => rule.meta.id);
  const code = plugins.map((plugin) => [plugin.specifier, plugin.hash]);
  const memory = options.maxPageMemory ?? DEFAULT_MAX_PAGE_MEMORY;
  const keys = /* @__PURE__ */ new Map();
  return (config) => {
    let key = keys.get(config);
    if (key === void 0)
      keys.set(
        config,
        key = configKey(
          code.length === 0 ? [config, configs.project, options.limits, memory] : [config, configs.project, options.limits, memory, code],
          ruleIds
        )
      );
    return key;
  };
}
function lookUp(run2) {
  const { cwd, files, maxFileSize, configs, cache } = run2.options;
  const misses = [];
  files.forEach((path, index) => {
    if (!cache || run2.options.documents?.has(path)) {
      misses.push({ index, path });
      return;
    }
    const key = run2.keyOf(configs.configOf(path));
    const stamped = run2.stamp(path);
    const known = stamped && cache.getByStamp(path, stamped, key);
    if (known) {
      run2.finish(index, known);
      return;
    }
    const document = readDocumentSync(cwd, path, maxFileSize);
    if (document.text === void 0) {
      misses.push({ index, path });
      return;
    }
    const hash = documentHash(document);
    const cached = cache.get(path, hash, key);
    if (cached) {
      cache.restamp(path, stamped);
      run2.finish(index, cached);
    } else misses.push({ index, path, hash });
  });
  return misses;
}
async function lintOnThisThread(run2, misses) {
  const { configs, limits, largePages } = run2.options;
  for (const miss of misses) {
    const document = load2(run2, miss);
    let outcome2;
    if (largePages?.isLarge(document.text)) {
      const config = configs.configOf(miss.path);
      outcome2 = await largePages.lint(document, run2.keyOf(config), config).catch((error) => failed(miss, error));
    } else {
      try {
        outcome2 = lintPage(document, configs.preparedOf(miss.path), limits, void 0, vmTimeLimit);
      } catch (error) {
        outcome2 = failed(miss, error);
      }
    }
    remember(run2, miss, outcome2);
  }
}
async function lintInWorkers(run2, misses, file, size) {
  const { configs, plugins = [] } = run2.options;
  const pool = createPool(
    size,
    file,
    plugins.map((plugin) => plugin.url),
    run2.options.maxPageMemory
  );
  try {
    await mapLimit(
      misses,
      async (miss) => {
        const config = configs.configOf(miss.path);
        const outcome2 = await pool.lint(load2(run2, miss), run2.keyOf(config), config, configs.project, run2.options.limits).catch((error) => failed(miss, error));
        remember(run2, miss, outcome2);
      },
      size * 4
    );
  } finally {
    await pool.close();
  }
}
function load2(run2, miss) {
  const { cwd, maxFileSize, cache } = run2.options;
  const given = run2.options.documents?.get(miss.path);
  if (given) return given;
  const stamped = run2.stamp(miss.path);
  const document = readDocumentSync(cwd, miss.path, maxFileSize);
  if (cache && document.text !== void 0) {
    miss.hash = documentHash(document);
    if (stamped) miss.stamp = stamped;
  } else delete miss.hash;
  return document;
}
function remember(run2, miss, outcome2) {
  const { configs, cache } = run2.options;
  const failedHere = outcome2.diagnostics.some((diagnostic2) => diagnostic2.internal && diagnostic2.ruleId === null);
  if (cache && miss.hash !== void 0 && !failedHere)
    cache.set(miss.path, miss.hash, run2.keyOf(configs.configOf(miss.path)), outcome2, miss.stamp);
  run2.finish(miss.index, outcome2);
}
function failed(miss, error) {
  return {
    path: miss.path,
    directives: [],
    diagnostics: [
      {
        ruleId: null,
        severity: "error",
        message: `doclint failed on this page: ${error instanceof Error ? error.message : String(error)}`,
        path: miss.path,
        line: 1,
        column: 1,
        fatal: true,
        internal: true
      }
    ]
  };
}

// src/node/shard.ts
function parseShard(text) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return void 0;
  const index = Number(match[1]);
  const count2 = Number(match[2]);
  if (count2 < 1 || index < 1 || index > count2) return void 0;
  return { index, count: count2 };
}
function inShard(path, { index, count: count2 }) {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % count2 === index - 1;
}

// src/formatters/escape.ts
var BIDI = "\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069";
var TERMINAL_UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI}]`, "g");
var BIDI_ONLY = new RegExp(`[${BIDI}]`, "g");
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function sanitizeForTerminal(text) {
  return text.replace(TERMINAL_UNSAFE, unicodeEscape);
}
function escapeBidi(text) {
  return text.replace(BIDI_ONLY, unicodeEscape);
}
function sanitizeLine(text) {
  return sanitizeForTerminal(text).replace(/\n/g, "\\u000a").replace(/^(\s*):(?=:)/, "$1\\u003a");
}

// node_modules/@noble/hashes/esm/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array";
}
function abytes(b, ...lengths) {
  if (!isBytes(b))
    throw new Error("Uint8Array expected");
  if (lengths.length > 0 && !lengths.includes(b.length))
    throw new Error("Uint8Array expected of length " + lengths + ", got length=" + b.length);
}
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("Hash instance has been destroyed");
  if (checkFinished && instance.finished)
    throw new Error("Hash#digest() has already been called");
}
function aoutput(out, instance) {
  abytes(out);
  const min = instance.outputLen;
  if (out.length < min) {
    throw new Error("digestInto() expects output buffer of length at least " + min);
  }
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++) {
    hex += hexes[bytes[i]];
  }
  return hex;
}
function utf8ToBytes(str) {
  if (typeof str !== "string")
    throw new Error("string expected");
  return new Uint8Array(new TextEncoder().encode(str));
}
function toBytes(data) {
  if (typeof data === "string")
    data = utf8ToBytes(data);
  abytes(data);
  return data;
}
var Hash = class {
};
function createHasher(hashCons) {
  const hashC = (msg) => hashCons().update(toBytes(msg)).digest();
  const tmp = hashCons();
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.create = () => hashCons();
  return hashC;
}

// node_modules/@noble/hashes/esm/_md.js
function setBigUint64(view, byteOffset, value, isLE) {
  if (typeof view.setBigUint64 === "function")
    return view.setBigUint64(byteOffset, value, isLE);
  const _32n = BigInt(32);
  const _u32_max = BigInt(4294967295);
  const wh = Number(value >> _32n & _u32_max);
  const wl = Number(value & _u32_max);
  const h = isLE ? 4 : 0;
  const l = isLE ? 0 : 4;
  view.setUint32(byteOffset + h, wh, isLE);
  view.setUint32(byteOffset + l, wl, isLE);
}
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class extends Hash {
  constructor(blockLen, outputLen, padOffset, isLE) {
    super();
    this.finished = false;
    this.length = 0;
    this.pos = 0;
    this.destroyed = false;
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    data = toBytes(data);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        continue;
      }
      buffer.set(data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
      }
    }
    this.length += data.length;
    this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    clean(this.buffer.subarray(pos));
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      pos = 0;
    }
    for (let i = pos; i < blockLen; i++)
      buffer[i] = 0;
    setBigUint64(view, blockLen - 8, BigInt(this.length * 8), isLE);
    this.process(view, 0);
    const oview = createView(out);
    const len = this.outputLen;
    if (len % 4)
      throw new Error("_sha2: outputLen should be aligned to 32bit");
    const outLen = len / 4;
    const state = this.get();
    if (outLen > state.length)
      throw new Error("_sha2: outputLen bigger than state");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneInto(to) {
    to || (to = new this.constructor());
    to.set(...this.get());
    const { blockLen, buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (length % blockLen)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// node_modules/@noble/hashes/esm/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA256 = class extends HashMD {
  constructor(outputLen = 32) {
    super(64, outputLen, 8, false);
    this.A = SHA256_IV[0] | 0;
    this.B = SHA256_IV[1] | 0;
    this.C = SHA256_IV[2] | 0;
    this.D = SHA256_IV[3] | 0;
    this.E = SHA256_IV[4] | 0;
    this.F = SHA256_IV[5] | 0;
    this.G = SHA256_IV[6] | 0;
    this.H = SHA256_IV[7] | 0;
  }
  get() {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C;
      C = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var sha256 = /* @__PURE__ */ createHasher(() => new SHA256());

// src/formatters/sarif.ts
var UNREADABLE_FILE_RULE_ID = "doclint/unreadable-file";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var FINGERPRINT_KEY = "doclint/v1";
var PUBLISHED = void 0;
function ruleHelpUri(meta, version) {
  if (meta.id.includes("/")) return meta.url === void 0 ? void 0 : new URL(meta.url).href;
  if (PUBLISHED === void 0) return void 0;
  return new URL(meta.url ?? `rules/${meta.id}.md`, PUBLISHED.ruleDocsBase(encodeURIComponent(version))).href;
}
var packagedRuleDoc = (id) => `rules/${id}.md`;
function pascalCase(id) {
  const local = id.slice(id.lastIndexOf("/") + 1);
  return local.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function markdownText(text) {
  return text.replace(/[\\*_[\]<>]/g, (c) => `\\${c}`);
}
function pathToUri(path) {
  return path.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").split("/").map((segment) => encodeURI(segment).replace(/[#?:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
var levelOf = (severity = "error") => severity === "error" ? "error" : severity === "warn" ? "warning" : "none";
function ruleDescriptor(meta, version) {
  const helpUri = ruleHelpUri(meta, version);
  const sentence = /[.!?]$/.test(meta.description) ? meta.description : `${meta.description}.`;
  const base = { id: meta.id, name: pascalCase(meta.id), shortDescription: { text: meta.description } };
  const level = { defaultConfiguration: { level: levelOf(meta.defaultSeverity) } };
  if (meta.id.includes("/")) {
    const text = `doclint rule ${meta.id}: ${sentence}`;
    const markdown = `**doclint rule \`${meta.id}\`**: ${markdownText(sentence)}`;
    return helpUri === void 0 ? { ...base, fullDescription: { text: sentence }, help: { text, markdown }, ...level } : {
      ...base,
      fullDescription: { text: sentence },
      help: {
        text: `${text}
Documentation: ${helpUri}`,
        markdown: `${markdown}

See [${meta.id}](${helpUri}).`
      },
      helpUri,
      ...level
    };
  }
  const page2 = packagedRuleDoc(meta.id);
  return {
    ...base,
    fullDescription: { text: `${sentence} The rule's page says why, its options, and incorrect and correct examples.` },
    help: helpUri === void 0 ? {
      text: `doclint rule ${meta.id}: ${sentence}
Documentation: ${page2} in the doclint package`,
      markdown: `**doclint rule \`${meta.id}\`**: ${markdownText(sentence)}

See \`${page2}\` in the doclint package for why, its options, and incorrect and correct examples.`
    } : {
      text: `doclint rule ${meta.id}: ${sentence}
Documentation: ${helpUri}`,
      markdown: `**doclint rule \`${meta.id}\`**: ${markdownText(sentence)}

See [${meta.id}](${helpUri}) for why, its options, and incorrect and correct examples.`
    },
    ...helpUri === void 0 ? {} : { helpUri },
    ...level
  };
}
function unreadableFileDescriptor() {
  const text = "The file could not be linted: it could not be read, is binary or UTF-16, or is larger than --max-file-size. Or it is not valid UTF-8: it was linted with each bad byte read as U+FFFD.";
  return {
    id: UNREADABLE_FILE_RULE_ID,
    name: pascalCase(UNREADABLE_FILE_RULE_ID),
    shortDescription: { text: "The file could not be read or linted" },
    fullDescription: { text },
    help: {
      text: `${text} The result's message says why.`,
      markdown: `${markdownText(text)} The result's message says why.`
    },
    defaultConfiguration: { level: "error" }
  };
}
var DIRECTIVE_DESCRIPTORS = {
  [UNUSED_DIRECTIVE_ID]: {
    short: "A doclint-disable directive that suppressed nothing",
    full: "A doclint-disable comment suppressed no problem (reported with --report-unused-disable-directives or reportUnusedDisableDirectives); remove it, or the rule ids it does not need."
  },
  [DIRECTIVE_REASON_ID]: {
    short: "A doclint-disable directive without a reason",
    full: "A doclint-disable comment has no `-- reason` while requireDirectiveReason is on; say why the problem is suppressed."
  }
};
function directiveDescriptor(id, { short, full }) {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full, markdown: markdownText(full) },
    defaultConfiguration: { level: id === DIRECTIVE_REASON_ID ? "error" : "warning" }
  };
}
function unknownDescriptor(id) {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: id },
    fullDescription: { text: id },
    help: { text: `doclint rule ${id}`, markdown: `doclint rule \`${id}\`` },
    defaultConfiguration: { level: "warning" }
  };
}
var ruleIdOf = (d) => d.ruleId ?? UNREADABLE_FILE_RULE_ID;
function fingerprint(ruleId, path, message, occurrence) {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify([ruleId, path, message, occurrence]))));
}
function sarifFix(path, fix) {
  return {
    description: { text: "Replace the text as doclint --fix does" },
    artifactChanges: [
      {
        artifactLocation: { uri: pathToUri(path), uriBaseId: "%SRCROOT%" },
        replacements: [
          {
            deletedRegion: {
              startLine: fix.start.line,
              startColumn: fix.start.column,
              endLine: fix.end.line,
              endColumn: fix.end.column
            },
            insertedContent: { text: fix.text }
          }
        ]
      }
    ]
  };
}
function formatSarif(results, options) {
  const metaById = new Map(options.rules.map((rule) => [rule.meta.id, rule.meta]));
  const usedIds = [...new Set(results.flatMap((result) => result.diagnostics.map(ruleIdOf)))].sort(
    (a, b) => a < b ? -1 : a > b ? 1 : 0
  );
  const descriptors = usedIds.map((id) => {
    if (id === UNREADABLE_FILE_RULE_ID) return unreadableFileDescriptor();
    const directive2 = DIRECTIVE_DESCRIPTORS[id];
    if (directive2) return directiveDescriptor(id, directive2);
    const meta = metaById.get(id);
    return meta ? ruleDescriptor(meta, options.version) : unknownDescriptor(id);
  });
  const indexById = new Map(usedIds.map((id, index) => [id, index]));
  const occurrences = /* @__PURE__ */ new Map();
  const sarifResults = results.flatMap(
    (result) => result.diagnostics.map((d) => {
      const ruleId = ruleIdOf(d);
      const key = JSON.stringify([ruleId, d.path, d.message]);
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      return {
        ruleId,
        ruleIndex: indexById.get(ruleId),
        level: d.severity,
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToUri(d.path), uriBaseId: "%SRCROOT%" },
              region: {
                startLine: d.line,
                startColumn: d.column,
                ...d.endLine === void 0 ? {} : { endLine: d.endLine },
                ...d.endLine === void 0 || d.endColumn === void 0 ? {} : { endColumn: d.endColumn }
              }
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(ruleId, d.path, d.message, occurrence) },
        ...d.fix ? { fixes: [sarifFix(d.path, d.fix)] } : {},
        ...d.suggestions && d.suggestions.length > 0 ? { properties: { suggestions: d.suggestions } } : {}
      };
    })
  );
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "doclint",
            version: options.version,
            semanticVersion: options.version,
            ...PUBLISHED === void 0 ? {} : { informationUri: PUBLISHED.informationUri },
            rules: descriptors
          }
        },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/util/plural.ts
function plural(count2, one, many = `${one}s`) {
  return `${count2} ${count2 === 1 ? one : many}`;
}

// src/formatters/stylish.ts
var paint = (enabled, code) => (text) => enabled ? `\x1B[${code}m${text}\x1B[0m` : text;
function formatStylish(results, { color }) {
  const red = paint(color, "31");
  const yellow = paint(color, "33");
  const dim = paint(color, "2");
  const bold = paint(color, "1");
  const underline = paint(color, "4");
  let errors = 0;
  let warnings = 0;
  const out = [];
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.diagnostics.map((d) => ({
      place: `${d.line}:${d.column}`,
      severity: d.severity,
      message: sanitizeLine(d.message.replace(/\s+$/, "")),
      rule: d.ruleId ?? ""
    }));
    const placeWidth = rows.reduce((most, r) => Math.max(most, r.place.length), 0);
    const messageWidth = rows.reduce((most, r) => Math.max(most, r.message.length), 0);
    out.push(underline(sanitizeLine(result.path)));
    for (const row of rows) {
      const severity = row.severity === "error" ? red("error  ") : yellow("warning");
      const rule = row.rule === "" ? "" : `  ${dim(row.rule)}`;
      const message = row.message.padEnd(row.rule === "" ? 0 : messageWidth);
      out.push(`  ${dim(row.place.padEnd(placeWidth))}  ${severity}  ${message}${rule}`.trimEnd());
    }
    out.push("");
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  out.push((errors > 0 ? red : yellow)(bold(summary)));
  const fixable = results.flatMap((result) => result.diagnostics.filter((d) => d.fix !== void 0));
  if (fixable.length > 0) {
    const fixableErrors = fixable.filter((d) => d.severity === "error").length;
    const counts = `${plural(fixableErrors, "error")} and ${plural(fixable.length - fixableErrors, "warning")}`;
    out.push((errors > 0 ? red : yellow)(bold(`  ${counts} potentially fixable with the \`--fix\` option.`)));
  }
  return `${out.join("\n")}
`;
}

// src/formatters/github.ts
var GITHUB_ANNOTATIONS_PER_SEVERITY = 10;
function escapeData(text) {
  return sanitizeForTerminal(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function byPlace(a, b) {
  return compare(a.path, b.path) || a.line - b.line || a.column - b.column;
}
function command(d) {
  const properties = [
    ["file", d.path],
    ["line", d.line],
    ["endLine", d.endLine],
    ["col", d.column],
    ["endColumn", d.endColumn],
    ["title", d.ruleId ?? "doclint"]
  ];
  const list2 = properties.filter((entry2) => entry2[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${d.severity === "error" ? "error" : "warning"} ${list2}::${escapeData(d.message)}`;
}
function formatGithub(results) {
  const all = results.flatMap((result) => result.diagnostics);
  const errors = all.filter((d) => d.severity === "error").sort(byPlace);
  const warnings = all.filter((d) => d.severity !== "error").sort(byPlace);
  const shown = [
    ...errors.slice(0, GITHUB_ANNOTATIONS_PER_SEVERITY),
    ...warnings.slice(0, GITHUB_ANNOTATIONS_PER_SEVERITY)
  ];
  const lines = shown.map(command);
  const hiddenErrors = Math.max(0, errors.length - GITHUB_ANNOTATIONS_PER_SEVERITY);
  const hiddenWarnings = Math.max(0, warnings.length - GITHUB_ANNOTATIONS_PER_SEVERITY);
  if (hiddenErrors + hiddenWarnings > 0) {
    lines.push(
      `::notice::${plural(hiddenErrors, "error")} and ${plural(hiddenWarnings, "warning")} not shown (GitHub shows ${GITHUB_ANNOTATIONS_PER_SEVERITY} of each per step); run doclint locally or use --format sarif or --format json for the full report`
    );
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/formatters/json.ts
function formatJson(results) {
  return `${JSON.stringify(
    results.map((result) => ({
      filePath: result.path,
      messages: result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        ...d.messageId === void 0 ? {} : { messageId: d.messageId },
        severity: d.severity === "error" ? 2 : 1,
        message: d.message,
        line: d.line,
        column: d.column,
        ...d.endLine === void 0 ? {} : { endLine: d.endLine, endColumn: d.endColumn },
        ...d.fatal ? { fatal: true } : {},
        ...d.suggestions ? { suggestions: d.suggestions } : {},
        // doclint's own shape (line and column, end exclusive), not ESLint's offsets
        ...d.fix ? { fix: d.fix } : {}
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount
    })),
    null,
    2
  )}
`;
}

// src/formatters/junit.ts
var FORBIDDEN = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`,
    // a high surrogate without a low one after it, a low surrogate without a high one before it
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`
  ].join("|"),
  "g"
);
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // kept as references so that parsers do not normalise them (CR → LF, and to spaces in attributes)
  "	": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;"
};
function escapeXml(text) {
  return escapeBidi(text).replace(FORBIDDEN, "").replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}
function ruleLabel(d) {
  return d.ruleId ?? (d.internal ? "internal-error" : "unreadable-file");
}
function failure(d) {
  const rule = ruleLabel(d);
  const label = d.severity === "error" ? `${rule}: ${d.message}` : `${rule} (warning): ${d.message}`;
  return `      <failure message="${escapeXml(label)}" type="${escapeXml(rule)}">${d.line}:${d.column} ${d.severity} ${escapeXml(d.message)}</failure>`;
}
function formatJunit(results) {
  const tests = results.length;
  const failures = results.filter((result) => result.diagnostics.length > 0).length;
  const counts = `tests="${tests}" failures="${failures}" errors="0"`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="doclint" ${counts}>`,
    `  <testsuite name="doclint" ${counts}>`
  ];
  for (const result of results) {
    const open2 = `    <testcase name="${escapeXml(result.path)}" classname="doclint"`;
    if (result.diagnostics.length === 0) {
      out.push(`${open2} />`);
      continue;
    }
    out.push(`${open2}>`, ...result.diagnostics.map(failure), "    </testcase>");
  }
  out.push("  </testsuite>", "</testsuites>");
  return `${out.join("\n")}
`;
}

// src/formatters/markdown.ts
var MARKDOWN_MAX_BYTES = 1024 * 1024;
function escapeMarkdownCell(text) {
  return escapeBidi(text).replace(/\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g, " ").replace(/[\u0000-\u001F\u007F-\u009F]/g, "").replace(
    /[|\\`*_[\]<>&~$:]|@(?=[A-Za-z0-9])|#(?=\d)/g,
    (c) => c === "@" || c === "#" ? `${c}&#8203;` : `&#${c.charCodeAt(0)};`
  ).replace(/(www)\./gi, "$1&#46;").trim();
}
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) bytes += 1;
    else if (code < 2048) bytes += 2;
    else if (code >= 55296 && code <= 56319 && i + 1 < text.length && (text.charCodeAt(i + 1) & 64512) === 56320) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
function formatMarkdown(results, { maxBytes = MARKDOWN_MAX_BYTES } = {}) {
  const findings = results.flatMap((result) => result.diagnostics);
  const errors = findings.filter((d) => d.severity === "error").length;
  const warnings = findings.length - errors;
  const heading = "## doclint";
  if (findings.length === 0) {
    return `${heading}

No problems found in ${plural(results.length, "file")}.
`;
  }
  const files = results.filter((result) => result.diagnostics.length > 0).length;
  const perRule = /* @__PURE__ */ new Map();
  for (const d of findings) {
    const rule = ruleLabel(d);
    const count2 = perRule.get(rule) ?? { errors: 0, warnings: 0 };
    if (d.severity === "error") count2.errors++;
    else count2.warnings++;
    perRule.set(rule, count2);
  }
  const rules = [...perRule].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const head = [
    heading,
    "",
    `**${plural(findings.length, "problem")}** (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${plural(files, "file")} of ${results.length}`,
    "",
    "| Rule | Errors | Warnings |",
    "| --- | ---: | ---: |",
    ...rules.map(([rule, count2]) => `| ${escapeMarkdownCell(rule)} | ${count2.errors} | ${count2.warnings} |`),
    "",
    "| Location | Severity | Rule | Message |",
    "| --- | --- | --- | --- |"
  ].join("\n");
  let out = `${head}
`;
  let bytes = utf8Length(out);
  let shown = 0;
  for (const d of findings) {
    const row = `| ${escapeMarkdownCell(`${d.path}:${d.line}:${d.column}`)} | ${d.severity} | ${escapeMarkdownCell(ruleLabel(d))} | ${escapeMarkdownCell(d.message)} |
`;
    const rowBytes = utf8Length(row);
    const left = findings.length - shown - 1;
    const reserve = left > 0 ? utf8Length(omittedNote(left)) : 0;
    if (bytes + rowBytes + reserve >= maxBytes) break;
    out += row;
    bytes += rowBytes;
    shown++;
  }
  if (shown < findings.length) out += omittedNote(findings.length - shown);
  return out;
}
function omittedNote(count2) {
  return `
${plural(count2, "more finding")} not shown (the summary has a size limit). Run doclint locally or use \`--format sarif\` for the full report.
`;
}

// src/formatters/unix.ts
function severityOf2(d) {
  return d.fatal || d.severity === "error" ? "Error" : "Warning";
}
function formatUnix(results) {
  const lines = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const rule = d.ruleId === null ? "" : `/${sanitizeLine(d.ruleId)}`;
      const place2 = `${sanitizeLine(result.path)}:${d.line || 0}:${d.column || 0}:`;
      lines.push(`${place2} ${sanitizeLine(d.message)} [${severityOf2(d)}${rule}]`);
    }
  }
  if (lines.length === 0) return "";
  return `${lines.join("\n")}

${lines.length} problem${lines.length === 1 ? "" : "s"}
`;
}

// src/formatters/index.ts
var FORMATS = ["stylish", "json", "sarif", "github", "junit", "markdown", "unix"];
function format(name, results, options) {
  switch (name) {
    case "json":
      return formatJson(results);
    case "sarif":
      return formatSarif(results, options);
    case "github":
      return formatGithub(results);
    case "junit":
      return formatJunit(results);
    case "markdown":
      return formatMarkdown(results);
    case "unix":
      return formatUnix(results);
    default:
      return formatStylish(results, options);
  }
}

// src/node/discover.ts
var import_fast_glob = __toESM(require_out4(), 1);
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch4(), 1);
import { readFileSync } from "node:fs";
import { readdir, stat as stat2 } from "node:fs/promises";
import { isAbsolute, join as join7, posix, relative, resolve as resolve2 } from "node:path";
var UsageError = class extends Error {
  name = "UsageError";
};
var LONG_PATH = 1e3;
async function tooLongFolders(root, folders) {
  const found = [];
  for (const folder of folders) {
    const absolute = join7(root, folder);
    if (absolute.length < LONG_PATH) continue;
    const error = await readdir(absolute).then(
      () => void 0,
      (failure2) => failure2.code
    );
    if (error === "ENAMETOOLONG") found.push(folder);
  }
  return found.filter((folder) => !found.some((other) => other !== folder && folder.startsWith(`${other}/`))).sort();
}
var ALWAYS_IGNORED = ["**/.git/**", "**/node_modules/**"];
var MAX_ROOT_ENTRIES = 1e6;
async function walk(root, limit) {
  const stream = import_fast_glob.default.stream("**/*", {
    cwd: root,
    dot: true,
    ignore: ALWAYS_IGNORED,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true
  });
  const entries = [];
  for await (const entry2 of stream) {
    if (entries.length === limit) {
      stream.destroy();
      throw new UsageError(
        `The project root \`${root}\` holds more than ${limit.toLocaleString("en-US")} files and folders (node_modules and .git aside), and doclint lists all of them as link targets: run it in a smaller project, or name one with --root`
      );
    }
    entries.push(entry2);
  }
  return entries;
}
async function listFiles(root, limit = MAX_ROOT_ENTRIES) {
  const entries = await walk(root, limit);
  const rules = /* @__PURE__ */ new Map();
  for (const entry2 of entries) {
    if (entry2.name !== ".gitignore" || !entry2.dirent.isFile()) continue;
    let text;
    try {
      text = readFileSync(join7(root, entry2.path), "utf8");
    } catch {
      continue;
    }
    const folder = posix.dirname(entry2.path);
    rules.set(folder === "." ? "" : folder, (0, import_ignore.default)().add(text));
  }
  const ignored = rules.size === 0 ? () => false : gitignoreMatcher(rules);
  const files = [];
  const folders = [];
  await Promise.all(
    entries.map(async (entry2) => {
      if (ignored(entry2.path)) return;
      if (entry2.dirent.isDirectory()) {
        folders.push(entry2.path);
        return;
      }
      if (entry2.dirent.isFile()) files.push(entry2.path);
      else if (entry2.dirent.isSymbolicLink()) {
        const target = await stat2(resolve2(root, entry2.path)).catch(() => void 0);
        if (target === void 0 || target.isFile()) files.push(entry2.path);
      }
    })
  );
  return { files: files.sort(), tooLong: await tooLongFolders(root, folders) };
}
function gitignoreMatcher(rules) {
  const parentOf = (path) => {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? "" : path.slice(0, slash);
  };
  const matches = (path, isFolder) => {
    let result = false;
    let folder = "";
    for (; ; ) {
      const own = rules.get(folder);
      if (own) {
        const relativePath = folder === "" ? path : path.slice(folder.length + 1);
        const test = own.test(isFolder ? `${relativePath}/` : relativePath);
        if (test.ignored) result = true;
        else if (test.unignored) result = false;
      }
      const next = path.indexOf("/", folder === "" ? 0 : folder.length + 1);
      if (next === -1) return result;
      folder = path.slice(0, next);
    }
  };
  const folders = /* @__PURE__ */ new Map([["", false]]);
  const folderIgnored = (folder) => {
    let known = folders.get(folder);
    if (known === void 0) {
      known = folderIgnored(parentOf(folder)) || matches(folder, true);
      folders.set(folder, known);
    }
    return known;
  };
  return (path) => folderIgnored(parentOf(path)) || matches(path, false);
}
function toProjectPath(root, path) {
  const inside = toPosix(relative(root, resolve2(root, path)));
  if (inside === "" || leavesRoot(inside) || isAbsolute(inside)) {
    throw new UsageError(
      `\`${path}\` is ` + (inside === "" ? "the project root, not a page" : "outside the project root; run doclint from a folder that contains it")
    );
  }
  return inside;
}
async function discover(root, patterns2, maxEntries = MAX_ROOT_ENTRIES) {
  const { files: paths, tooLong } = await listFiles(root, maxEntries);
  const wanted = patterns2.length === 0 ? ["."] : patterns2;
  const files = /* @__PURE__ */ new Set();
  const named = /* @__PURE__ */ new Set();
  const matchers = [];
  for (const pattern of wanted) {
    const absolute = resolve2(root, pattern);
    const inside = toPosix(relative(root, absolute));
    if (leavesRoot(inside) || isAbsolute(inside)) {
      throw new UsageError(`\`${pattern}\` is outside the project root; run doclint from a folder that contains it`);
    }
    let info;
    try {
      info = await stat2(absolute);
    } catch {
      info = void 0;
    }
    if (info?.isDirectory()) {
      const prefix = inside === "" ? "" : `${inside}/`;
      matchers.push((path) => path.startsWith(prefix) && isMarkdownPath(path));
    } else if (info) {
      files.add(inside);
      named.add(inside);
    } else if (import_fast_glob.default.isDynamicPattern(pattern)) {
      const glob = toPosix(pattern).replace(/^\.\//, "");
      matchers.push((0, import_picomatch.default)(glob, { dot: true }));
    } else {
      throw new UsageError(`No such file or directory: \`${pattern}\``);
    }
  }
  for (const path of paths) {
    if (matchers.some((match) => match(path))) files.add(path);
  }
  if (files.size === 0) {
    throw new UsageError(`No Markdown files found in ${wanted.map((p) => `\`${p}\``).join(", ")}`);
  }
  return { files: [...files].sort(), named: [...named].sort(), paths, tooLong };
}

// src/node/config/load-config.ts
var import_ignore2 = __toESM(require_ignore(), 1);
import { readdir as readdir2, readFile, realpath as realpath2, stat as stat3 } from "node:fs/promises";
import { basename as basename4, dirname as dirname5, join as join8, relative as relative2, resolve as resolve3 } from "node:path";

// src/node/config/bounded-yaml.ts
var MAX_CONFIG_YAML_VALUES = 1e5;
var MAX_CONFIG_YAML_ALIASES = 1e3;
var YamlTooLargeError = class extends Error {
};
function expandedSize(data, limit) {
  if (typeof data !== "object" || data === null) return 1;
  const sizes = /* @__PURE__ */ new Map();
  const open2 = /* @__PURE__ */ new Set();
  const children = (node) => Array.isArray(node) ? node : Object.values(node);
  const stack = [data];
  while (stack.length > 0) {
    const node = stack.at(-1);
    if (sizes.has(node)) {
      stack.pop();
      continue;
    }
    if (!open2.has(node)) {
      open2.add(node);
      for (const child of children(node)) {
        if (typeof child !== "object" || child === null || sizes.has(child)) continue;
        if (open2.has(child)) return Infinity;
        stack.push(child);
      }
      continue;
    }
    let total = 1;
    for (const child of children(node)) total += typeof child === "object" && child !== null ? sizes.get(child) : 1;
    if (total > limit) return Infinity;
    open2.delete(node);
    sizes.set(node, total);
    stack.pop();
  }
  return sizes.get(data);
}
function loadBoundedYaml(source, options = {}) {
  const data = load(source, { maxAliases: MAX_CONFIG_YAML_ALIASES, ...options });
  if (expandedSize(data, MAX_CONFIG_YAML_VALUES) === Infinity) {
    throw new YamlTooLargeError(
      `its aliases (\`*name\`) expand to more than ${MAX_CONFIG_YAML_VALUES.toLocaleString("en-US")} values; write the values out or use fewer aliases`
    );
  }
  return data;
}

// node_modules/strip-json-comments/index.js
var singleComment = /* @__PURE__ */ Symbol("singleComment");
var multiComment = /* @__PURE__ */ Symbol("multiComment");
var stripWithoutWhitespace = () => "";
var stripWithWhitespace = (string2, start, end) => string2.slice(start, end).replace(/[^ \t\r\n]/g, " ");
var isEscaped = (jsonString, quotePosition) => {
  let index = quotePosition - 1;
  let backslashCount = 0;
  while (jsonString[index] === "\\") {
    index -= 1;
    backslashCount += 1;
  }
  return Boolean(backslashCount % 2);
};
function stripJsonComments(jsonString, { whitespace = true, trailingCommas = false } = {}) {
  if (typeof jsonString !== "string") {
    throw new TypeError(`Expected argument \`jsonString\` to be a \`string\`, got \`${typeof jsonString}\``);
  }
  const strip = whitespace ? stripWithWhitespace : stripWithoutWhitespace;
  let isInsideString = false;
  let isInsideComment = false;
  let offset = 0;
  let buffer = "";
  let result = "";
  let commaIndex = -1;
  for (let index = 0; index < jsonString.length; index++) {
    const currentCharacter = jsonString[index];
    const nextCharacter = jsonString[index + 1];
    if (!isInsideComment && currentCharacter === '"') {
      const escaped = isEscaped(jsonString, index);
      if (!escaped) {
        isInsideString = !isInsideString;
      }
    }
    if (isInsideString) {
      continue;
    }
    if (!isInsideComment && currentCharacter + nextCharacter === "//") {
      buffer += jsonString.slice(offset, index);
      offset = index;
      isInsideComment = singleComment;
      index++;
    } else if (isInsideComment === singleComment && currentCharacter + nextCharacter === "\r\n") {
      index++;
      isInsideComment = false;
      buffer += strip(jsonString, offset, index);
      offset = index;
      continue;
    } else if (isInsideComment === singleComment && currentCharacter === "\n") {
      isInsideComment = false;
      buffer += strip(jsonString, offset, index);
      offset = index;
    } else if (!isInsideComment && currentCharacter + nextCharacter === "/*") {
      buffer += jsonString.slice(offset, index);
      offset = index;
      isInsideComment = multiComment;
      index++;
      continue;
    } else if (isInsideComment === multiComment && currentCharacter + nextCharacter === "*/") {
      index++;
      isInsideComment = false;
      buffer += strip(jsonString, offset, index + 1);
      offset = index + 1;
      continue;
    } else if (trailingCommas && !isInsideComment) {
      if (commaIndex !== -1) {
        if (currentCharacter === "}" || currentCharacter === "]") {
          buffer += jsonString.slice(offset, index);
          result += strip(buffer, 0, 1) + buffer.slice(1);
          buffer = "";
          offset = index;
          commaIndex = -1;
        } else if (currentCharacter !== " " && currentCharacter !== "	" && currentCharacter !== "\r" && currentCharacter !== "\n") {
          buffer += jsonString.slice(offset, index);
          offset = index;
          commaIndex = -1;
        }
      } else if (currentCharacter === ",") {
        result += buffer + jsonString.slice(offset, index);
        buffer = "";
        offset = index;
        commaIndex = index;
      }
    }
  }
  const remaining = isInsideComment === singleComment ? strip(jsonString, offset) : jsonString.slice(offset);
  return result + buffer + remaining;
}

// src/node/config/validate.ts
var import__ = __toESM(require__(), 1);
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// src/node/config/glob-limits.ts
var MAX_GLOBS_PER_CONFIG = 1e3;
var MAX_EXPANDED_GLOB_LENGTH = 2e4;
function hasUnclosedBrace(glob) {
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "\\") i++;
    else if (char === "{") depth++;
    else if (char === "}" && depth > 0) depth--;
  }
  return depth > 0;
}
function globsOf(config) {
  const globs = [];
  const add = (value) => {
    if (typeof value === "string") globs.push(value);
    else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === "string") globs.push(item);
    }
  };
  add(config.ignores);
  if (Array.isArray(config.overrides)) {
    for (const override of config.overrides) if (isRecord(override)) add(override.files);
  }
  if (isRecord(config.contracts)) {
    for (const contract of Object.values(config.contracts))
      if (isRecord(contract) && isRecord(contract.match)) add(contract.match.files);
  }
  return globs;
}
function globLimitProblem(config) {
  const globs = globsOf(config);
  if (globs.length > MAX_GLOBS_PER_CONFIG) {
    return `too many globs: ${globs.length} in \`ignores\`, \`overrides[].files\` and contracts' \`match.files\` together; the limit is ${MAX_GLOBS_PER_CONFIG}`;
  }
  let length = 0;
  for (const glob of globs) {
    let alternatives;
    try {
      alternatives = compileGlob(glob).alternatives.length;
    } catch (error) {
      if (error instanceof PatternError) continue;
      throw error;
    }
    length += alternatives * glob.length;
    if (length > MAX_EXPANDED_GLOB_LENGTH) {
      return `the globs are too large to match in reasonable time: with their \`{\u2026}\` groups expanded they are over ${MAX_EXPANDED_GLOB_LENGTH.toLocaleString("en-US")} characters (the limit; ${globs.length} globs); use fewer globs or fewer \`{\u2026}\` groups`;
    }
  }
  return void 0;
}

// src/node/config/link-limits.ts
var MAX_LINK_IGNORE_PATTERNS = 200;
var MAX_LINK_IGNORE_LENGTH = 1e4;
var MAX_LINK_SITES = 100;
var SITE_PREFIX = /^https?:\/\/[^/?#*\s]+(?:\/[^?#*\s]*)?$/i;
function siteFolderProblem(folder) {
  if (folder.startsWith("/") || /^[A-Za-z]:[\\/]/.test(folder)) return "expected a folder relative to the project root";
  if (folder.includes("\\")) return "expected a POSIX path (`/`, not `\\`)";
  const normalized = normalize(folder);
  if (leavesRoot(normalized)) return "expected a folder inside the project root";
  return void 0;
}
function linksProblems(links, at) {
  if (!isRecord(links)) return [];
  const problems = [];
  const { ignore: ignore3, sites } = links;
  if (Array.isArray(ignore3)) {
    const patterns2 = ignore3.filter((pattern) => typeof pattern === "string");
    const length = patterns2.reduce((sum, pattern) => sum + pattern.length, 0);
    if (patterns2.length > MAX_LINK_IGNORE_PATTERNS)
      problems.push(
        `\`${at}.ignore\`: too many patterns: ${patterns2.length}; the limit is ${MAX_LINK_IGNORE_PATTERNS} (every link is matched against each)`
      );
    else if (length > MAX_LINK_IGNORE_LENGTH)
      problems.push(
        `\`${at}.ignore\`: the patterns are too long to match in reasonable time: ${length} characters together; the limit is ${MAX_LINK_IGNORE_LENGTH.toLocaleString("en-US")}`
      );
    patterns2.forEach((pattern, i) => {
      if (pattern.length > MAX_PATTERN_LENGTH)
        problems.push(`\`${at}.ignore[${i}]\`: the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
    });
  }
  if (isRecord(sites)) {
    const entries = Object.entries(sites);
    if (entries.length > MAX_LINK_SITES)
      problems.push(`\`${at}.sites\`: too many prefixes: ${entries.length}; the limit is ${MAX_LINK_SITES}`);
    for (const [prefix, folder] of entries.slice(0, MAX_LINK_SITES)) {
      const where = `\`${at}.sites\` \`${prefix.length > 80 ? `${prefix.slice(0, 77)}...` : prefix}\``;
      if (!SITE_PREFIX.test(prefix))
        problems.push(
          `${where}: expected an http(s) URL prefix without wildcards, query or fragment (\`https://docs.example.com/guide/\`)`
        );
      const problem = typeof folder === "string" && folder !== "" ? siteFolderProblem(folder) : void 0;
      if (problem) problems.push(`${where}: ${problem}, not \`${folder}\``);
    }
  }
  return problems;
}
function linkSettingsProblems(config) {
  const problems = [];
  if (isRecord(config.settings)) problems.push(...linksProblems(config.settings.links, "settings.links"));
  if (Array.isArray(config.overrides)) {
    config.overrides.forEach((override, i) => {
      if (isRecord(override) && isRecord(override.settings))
        problems.push(...linksProblems(override.settings.links, `overrides[${i}].settings.links`));
    });
  }
  return problems;
}

// src/node/config/validate.ts
var SEVERITY = { enum: ["off", "warn", "error"] };
var stringList = { type: "array", items: { type: "string", minLength: 1 } };
var GLOB = { type: "string", minLength: 1 };
var patterns = (description) => ({
  description,
  anyOf: [
    { type: "string", minLength: 1 },
    { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
  ]
});
var phrases = (description) => ({
  type: "array",
  minItems: 1,
  items: { type: "string", minLength: 1 },
  description
});
var CONTRACT_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["match", "require"],
  properties: {
    description: { type: "string", description: "what the contract is for (shown by `--explain`)" },
    match: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      description: "the pages the contract applies to: a page matches when any criterion does",
      properties: {
        files: patterns(
          "globs of the pages, relative to the config file's folder; a glob without `/` matches a file name at any depth"
        ),
        title: patterns(
          "text patterns of the page's title (its first level-1 heading): `*` for any text, compared ignoring case, quotes, dashes and markup"
        ),
        frontMatter: {
          type: "object",
          minProperties: 1,
          description: "front matter key (`a.b` for a nested key) \u2192 text patterns of its value (any item of a list value)",
          additionalProperties: patterns("text patterns of the value")
        },
        tocParent: patterns(
          "the page is below this entry of the guide's table of contents (the nearest `index.md`): a text pattern of the entry's link text, or the `.md` page it links to"
        )
      }
    },
    require: {
      type: "array",
      minItems: 1,
      description: "the parts the pages must contain; each missing part is reported where a writer would add it",
      items: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: {
          section: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            description: "where the parts are: a heading (level 2 or deeper) or a bold label paragraph whose text matches; without it, the whole page",
            properties: {
              heading: patterns("text patterns of the section's heading"),
              label: patterns("text patterns of the section's bold label (`**Topics**`)")
            }
          },
          sentences: phrases(
            "sentences the section contains, compared on the rendered text as whole words; `*` for a varying part"
          ),
          links: phrases(
            "URL patterns the section links to: `*` for any characters; for http(s) URLs the scheme, the host's case, a trailing `/`, a query and a fragment do not matter"
          ),
          items: phrases("texts that start a list item, paragraph or heading of the section"),
          linkList: {
            type: "boolean",
            description: "the section's heading or label is followed by a list whose items all start with a link"
          }
        }
      }
    }
  }
};
var ruleSetting = (options) => [
  SEVERITY,
  { type: "array", prefixItems: [SEVERITY], items: false, minItems: 1 },
  { type: "array", prefixItems: [SEVERITY, options], items: false, minItems: 2 }
];
function configSchema(rules, { anyPluginRule = false } = {}) {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "doclint configuration",
    description: "Configuration of doclint, a linter for Markdown documentation: `.doclintrc.json`, `.doclintrc.jsonc`, `.doclintrc.yaml` (`.yml`), `doclint.config.json` or the `doclint` key of package.json",
    type: "object",
    additionalProperties: false,
    properties: configKeysSchema(),
    $defs: {
      contract: CONTRACT_SCHEMA,
      rules: rulesSchema(rules, anyPluginRule),
      settings: settingsSchema()
    }
  };
}
function configKeysSchema() {
  return {
    $schema: { type: "string", description: "the JSON Schema of this file, for editors (ignored by doclint)" },
    extends: extendsSchema(),
    rules: { $ref: "#/$defs/rules" },
    settings: { $ref: "#/$defs/settings" },
    plugins: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "modules with more rules, loaded before the config is checked: a path relative to this file (starting with `./` or `../`) or a package name; only in the config at the project root (or --config) and what it extends. Plugins are code and run with your permissions"
    },
    overrides: overridesSchema(),
    ignores: {
      type: "array",
      items: GLOB,
      description: "globs of pages and folders not to lint, relative to the config file's folder (links into them are still checked)"
    },
    requireDirectiveReason: {
      type: "boolean",
      description: "report (as an error) a `doclint-disable\u2026` comment without a `-- reason`"
    },
    reportUnusedDisableDirectives: {
      ...SEVERITY,
      description: "report a `doclint-disable\u2026` comment that suppressed nothing, with this severity (default `off`; `--report-unused-disable-directives` makes it at least `warn`)"
    },
    contracts: {
      type: "object",
      description: "page contracts by name: what pages of a kind must contain, checked by the `page-contract` rule; a nearer config file's contract replaces one of the same name. Patterns are wildcard patterns (`*`), never regular expressions",
      additionalProperties: { $ref: "#/$defs/contract" }
    }
  };
}
function extendsSchema() {
  const extendsItem = {
    type: "string",
    description: "a preset, or the path of a shared config file relative to this file (starting with `./` or `../`)",
    examples: [...PRESET_NAMES]
  };
  return {
    description: `presets (${PRESETS.map((p) => `\`${p.name}\`: ${p.description}`).join("; ")}) and shared config files, applied in order before this file's own keys`,
    anyOf: [extendsItem, { type: "array", items: extendsItem }]
  };
}
function overridesSchema() {
  return {
    type: "array",
    description: "rules and settings for some pages; later entries win over earlier ones",
    items: {
      type: "object",
      additionalProperties: false,
      required: ["files"],
      properties: {
        files: {
          type: "array",
          minItems: 1,
          items: GLOB,
          description: "globs of the pages it applies to, relative to the config file's folder; a glob without `/` matches a file name at any depth"
        },
        rules: { $ref: "#/$defs/rules" },
        settings: { $ref: "#/$defs/settings" }
      }
    }
  };
}
function rulesSchema(rules, anyPluginRule) {
  const ruleSchemas = {};
  for (const { meta } of rules) {
    ruleSchemas[meta.id] = {
      description: `${meta.description} (default: \`${defaultSeverityOf(meta)}\`)`,
      anyOf: ruleSetting(meta.schema ?? { type: "object", additionalProperties: false })
    };
  }
  const pluginRules = anyPluginRule ? {
    patternProperties: {
      [PLUGIN_RULE_ID.source]: {
        description: "a rule of a plugin listed in `plugins`",
        anyOf: ruleSetting({ type: "object" })
      }
    }
  } : {};
  return {
    type: "object",
    description: "rule id \u2192 `off`, `warn`, `error`, or `[severity, options]`",
    additionalProperties: false,
    properties: ruleSchemas,
    ...pluginRules
  };
}
function settingsSchema() {
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      securityPage: {
        type: "object",
        additionalProperties: false,
        description: "which pages are security pages: by file name, or by the start of the first level-1 heading",
        properties: {
          fileNames: {
            ...stringList,
            description: 'file names (exact case) of security pages; default `["security.md"]`'
          },
          titlePrefixes: {
            ...stringList,
            description: 'a page whose first level-1 heading starts with one of these (ignoring case) is a security page; default `["Security in", "Security for", "Security of"]`'
          }
        }
      },
      anchors: {
        type: "object",
        additionalProperties: false,
        description: "the anchor sources the site has; a source turned off is not an anchor (project-wide)",
        properties: {
          headingSlugs: { type: "boolean", description: "GitHub heading slugs" },
          htmlId: { type: "boolean", description: "`id=` on any HTML element" },
          htmlName: { type: "boolean", description: "`name=` on an HTML `<a>`" },
          customIds: { type: "boolean", description: "`{#custom-id}` heading attributes" }
        }
      },
      rootDir: {
        type: "string",
        pattern: "^(?!\\.\\.(?:/|$))(?!/)",
        description: "the folder root-relative links start from, relative to the project root (`.`, `docs`): not absolute, not above the root"
      },
      site: siteSchema(),
      links: linksSchema()
    }
  };
}
function siteSchema() {
  return {
    enum: SITE_NAMES,
    description: "the site generator that renders the pages (project-wide): how links land on files, heading ids, fragment case, folder links, the table of contents. " + SITE_NAMES.map((name) => `\`${name}\`: ${SITES[name].description}`).join("; ") + ". Unset: doclint's defaults (links name files, folders need an index page, exact case)"
  };
}
function linksSchema() {
  return {
    type: "object",
    additionalProperties: false,
    description: "which links are checked, and how (project-wide)",
    properties: {
      ignore: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "destinations no link rule checks, as written in the page: wildcard patterns, `*` for any characters (`https://example.com/*`, `../std/*`, `*.pdf`), never regular expressions"
      },
      sites: {
        type: "object",
        description: "URL prefixes of this project's own site \u2192 the folder (relative to the project root) it is published from: a link starting with one is checked as a link to that folder, its `.html` page as the `.md` page",
        additionalProperties: { type: "string", minLength: 1 }
      },
      folders: {
        type: "boolean",
        description: "a link to a folder is fine without an index page (`true`: the site shows a listing, as GitHub does); default: the site's (`github`: true; others: the folder needs an index page)"
      }
    }
  };
}
function suggest(word, candidates) {
  if (candidates.length === 0) return "";
  const best = (0, import_fastest_levenshtein.closest)(word, [...candidates]);
  return (0, import_fastest_levenshtein.distance)(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean \`${best}\`` : "";
}
var quoteList = (values) => values.map((v) => `\`${String(v)}\``).join(", ");
function showKeyPath(parts) {
  let shown = "";
  for (const part of parts) {
    if (typeof part === "number" || /^\d+$/.test(part)) shown += `[${part}]`;
    else shown += shown === "" ? part : `.${part}`;
  }
  return shown;
}
function describe(error) {
  const parts = error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  const path = showKeyPath(parts);
  const rulesAt = parts.findIndex((part, i) => part === "rules" && parts[i + 2] === "1");
  let where = path === "" ? "the config" : `\`${path}\``;
  if (rulesAt !== -1) {
    const inside = parts.slice(rulesAt + 3);
    where = `options of \`${showKeyPath(parts.slice(0, rulesAt + 2))}\`` + (inside.length > 0 ? ` at \`${showKeyPath(inside)}\`` : "");
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema ?? {}).properties ?? {});
      const what = parts.at(-1) === "rules" ? "rule" : rulesAt !== -1 ? "option" : "key";
      const hint = what === "rule" && key.includes("/") && suggest(key, allowed) === "" ? ": no plugin defines it (plugins are listed in `plugins` of the config at the project root)" : suggest(key, allowed) + (allowed.length > 0 && allowed.length <= 12 ? ` (allowed: ${quoteList(allowed)})` : "");
      return `${where}: unknown ${what} \`${key}\`${hint}`;
    }
    case "enum":
      return `${where}: expected one of ${quoteList(error.params.allowedValues)}`;
    case "type":
      return `${where}: expected ${String(error.params.type)}`;
    case "required":
      return `${where}: missing key \`${String(error.params.missingProperty)}\``;
    case "minItems":
      return `${where}: expected at least ${String(error.params.limit)} item${error.params.limit === 1 ? "" : "s"}`;
    case "minLength":
      return `${where}: expected a non-empty string`;
    case "minProperties":
      return `${where}: expected at least one key`;
    case "pattern": {
      const description = error.parentSchema?.description;
      return `${where}: expected ${description ?? `a string matching ${String(error.params.pattern)}`}`;
    }
    default:
      return `${where}: ${error.message ?? "is invalid"}`;
  }
}
var validators = /* @__PURE__ */ new WeakMap();
function validatorFor(rules) {
  let validator = validators.get(rules);
  if (!validator) {
    const schema = configSchema(rules);
    const ajv = new import__.Ajv2020({
      allErrors: true,
      strict: false,
      verbose: true,
      validateSchema: false,
      inlineRefs: false,
      code: { optimize: false }
    });
    const validate = ajv.compile(schema);
    validator = (config) => {
      if (validate(config)) return [];
      return explain(validate.errors ?? []);
    };
    validators.set(rules, validator);
  }
  return validator;
}
function explain(errors) {
  const deepest = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.keyword === "anyOf" || error.keyword === "false schema") continue;
    const rule = /^(?:\/overrides\/\d+)?\/rules\/[^/]+/.exec(error.instancePath)?.[0] ?? error.instancePath;
    const list2 = deepest.get(rule) ?? [];
    list2.push(error);
    deepest.set(rule, list2);
  }
  const messages = [];
  for (const list2 of deepest.values()) {
    const depth = list2.reduce((most, e) => Math.max(most, e.instancePath.length), 0);
    const kept = list2.filter((e) => e.instancePath.length === depth);
    const unknownKeys = kept.filter((e) => e.keyword === "additionalProperties");
    if (unknownKeys.length > 0) {
      for (const error of unknownKeys) messages.push(describe(error));
      continue;
    }
    const prefer = kept.find((e) => e.keyword === "enum") ?? kept[0];
    const types = [...new Set(kept.filter((e) => e.keyword === "type").map((e) => String(e.params.type)))];
    if (prefer.keyword === "type" && types.length > 1) {
      messages.push(describe(prefer).replace(/expected [^:]*$/, `expected ${types.join(" or ")}`));
    } else messages.push(describe(prefer));
  }
  return [...new Set(messages)];
}
function globProblem(glob, { picomatch: compiled2 = true } = {}) {
  if (glob.startsWith("!")) return "negated globs are not supported; list the pages to include instead";
  if (glob.startsWith("/") || /^[A-Za-z]:[\\/]/.test(glob))
    return "globs are relative to the config file's folder; remove the leading `/`";
  if (glob.split("/").includes("..")) return "a glob cannot leave the config file's folder (`..`)";
  if (!compiled2) return void 0;
  if (hasUnclosedBrace(glob)) return "it is not a valid glob (an unclosed `{`, `[` or `(`?)";
  try {
    compileGlob(glob);
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
  return void 0;
}
var isRelativePath = (specifier) => /^\.\.?[\\/]/.test(specifier);
var PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(?:\/[^\\\s]+)?$/i;
function pluginSpecifierProblem(specifier) {
  if (isRelativePath(specifier)) return void 0;
  if (/^(?:[A-Za-z]:)?[\\/]/.test(specifier))
    return `expected a path relative to this file, starting with \`./\` or \`../\`, not the absolute path \`${specifier}\``;
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) && !/^[A-Za-z]:/.test(specifier))
    return `expected a path relative to this file (starting with \`./\` or \`../\`) or a package name, not the URL \`${specifier}\``;
  if (!PACKAGE_NAME.test(specifier))
    return `expected a path relative to this file (starting with \`./\` or \`../\`) or a package name, not \`${specifier}\``;
  return void 0;
}
function semanticProblems(config) {
  const problems = [];
  const extendsValue = config.extends;
  const extendsList = typeof extendsValue === "string" ? [extendsValue] : Array.isArray(extendsValue) ? extendsValue : [];
  extendsList.forEach((name, i) => {
    if (typeof name !== "string") return;
    const where = `\`${typeof extendsValue === "string" ? "extends" : showKeyPath(["extends", i])}\``;
    if (isPresetName(name)) {
      if (!PRESET_NAMES.includes(name))
        problems.push(
          `${where}: unknown preset \`${name}\`${suggest(name, PRESET_NAMES)} (allowed: ${quoteList(PRESET_NAMES)})`
        );
    } else if (!/^\.\.?\//.test(name)) {
      problems.push(
        `${where}: expected a preset (${quoteList(PRESET_NAMES)}) or a path relative to this file starting with \`./\` or \`../\`, not \`${name}\``
      );
    }
  });
  if (Array.isArray(config.plugins)) {
    config.plugins.forEach((specifier, i) => {
      if (typeof specifier !== "string" || specifier === "") return;
      const problem = pluginSpecifierProblem(specifier);
      if (problem) problems.push(`\`${showKeyPath(["plugins", i])}\`: ${problem}`);
    });
  }
  const globLimit = globLimitProblem(config);
  const checkGlobs = (globs, key) => {
    if (!Array.isArray(globs)) return;
    globs.forEach((glob, i) => {
      if (typeof glob !== "string" || glob === "") return;
      const problem = globProblem(glob, { picomatch: globLimit === void 0 });
      if (problem) problems.push(`\`${showKeyPath([...key, i])}\`: invalid glob \`${glob}\`: ${problem}`);
    });
  };
  checkGlobs(config.ignores, ["ignores"]);
  if (globLimit) problems.push(globLimit);
  problems.push(...linkSettingsProblems(config));
  if (isRecord(config.contracts)) {
    for (const [name, contract] of Object.entries(config.contracts)) {
      problems.push(...contractProblems(name, contract));
    }
  }
  if (Array.isArray(config.overrides)) {
    config.overrides.forEach((override, i) => {
      if (typeof override === "object" && override !== null)
        checkGlobs(override.files, ["overrides", i, "files"]);
    });
  }
  return problems;
}
var MAX_PATTERNS_PER_CONTRACT = 1e3;
function contractPatternCount(contract) {
  if (!Array.isArray(contract.require)) return 0;
  const count2 = (value) => typeof value === "string" ? 1 : Array.isArray(value) ? value.length : 0;
  let total = 0;
  for (const requirement of contract.require) {
    total++;
    if (!isRecord(requirement)) continue;
    total += count2(requirement.sentences) + count2(requirement.links) + count2(requirement.items);
    if (isRecord(requirement.section)) total += count2(requirement.section.heading) + count2(requirement.section.label);
  }
  return total;
}
var RESERVED_CONTRACT_NAMES = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function contractProblems(name, contract) {
  const at = (...key) => `\`${showKeyPath(["contracts", name, ...key])}\``;
  if (RESERVED_CONTRACT_NAMES.has(name))
    return [`${at()}: \`${name}\` cannot name a contract (it is reserved in JavaScript objects); rename it`];
  if (!isRecord(contract)) return [];
  const problems = [];
  const each = (value, key, check) => {
    const values = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    values.forEach((pattern, i) => {
      if (typeof pattern !== "string" || pattern === "") return;
      const where = typeof value === "string" ? at(...key) : at(...key, i);
      try {
        check(pattern);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        problems.push(
          `${where}: invalid pattern \`${pattern.length > 60 ? `${pattern.slice(0, 57)}...` : pattern}\`: ${error.message}`
        );
      }
    });
  };
  const tooLong = (pattern) => {
    if (pattern.length > MAX_PATTERN_LENGTH)
      throw new PatternError(`it is longer than ${MAX_PATTERN_LENGTH} characters`);
  };
  const patterns2 = contractPatternCount(contract);
  if (patterns2 > MAX_PATTERNS_PER_CONTRACT) {
    problems.push(
      `${at("require")}: too many requirements: ${patterns2} sentences, links, items and sections; a contract may have at most ${MAX_PATTERNS_PER_CONTRACT} (each is looked for in every matching page)`
    );
    return problems;
  }
  const match = isRecord(contract.match) ? contract.match : {};
  each(match.files, ["match", "files"], (glob) => {
    const problem = globProblem(glob, { picomatch: false });
    if (problem) throw new PatternError(problem);
    compileGlob(glob);
  });
  each(match.title, ["match", "title"], tooLong);
  each(match.tocParent, ["match", "tocParent"], tooLong);
  if (isRecord(match.frontMatter)) {
    for (const [key, value] of Object.entries(match.frontMatter)) {
      if (key.split(".").some((part) => RESERVED_CONTRACT_NAMES.has(part))) {
        problems.push(
          `${at("match", "frontMatter", key)}: \`${key}\` cannot be matched (\`__proto__\`, \`constructor\` and \`prototype\` are reserved in JavaScript objects)`
        );
      }
      each(value, ["match", "frontMatter", key], tooLong);
    }
  }
  if (Array.isArray(contract.require)) {
    contract.require.forEach((requirement, i) => {
      if (!isRecord(requirement)) return;
      for (const key of ["sentences", "links", "items"]) each(requirement[key], ["require", i, key], tooLong);
      if (isRecord(requirement.section)) {
        each(requirement.section.heading, ["require", i, "section", "heading"], tooLong);
        each(requirement.section.label, ["require", i, "section", "label"], tooLong);
      }
      if (requirement.linkList === true && requirement.section === void 0) {
        problems.push(
          `${at("require", i, "linkList")}: a list of links follows a section's heading or label: add \`section\``
        );
      }
    });
  }
  return problems;
}
var MAX_CONFIG_PROBLEMS = 100;
function validateConfig(config, rules) {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new ConfigError("expected a JSON object");
  }
  const all = [...validatorFor(rules)(config), ...semanticProblems(config)];
  const problems = all.length > MAX_CONFIG_PROBLEMS ? [...all.slice(0, MAX_CONFIG_PROBLEMS), `\u2026 and ${all.length - MAX_CONFIG_PROBLEMS} more problems`] : all;
  if (problems.length > 0) throw new ConfigError(problems.join("\n"), problems);
}

// src/node/config/load-config.ts
var CONFIG_FILE_NAMES = [
  ".doclintrc.json",
  ".doclintrc.jsonc",
  ".doclintrc.yaml",
  ".doclintrc.yml",
  "doclint.config.json",
  "package.json"
];
var IGNORE_FILE_NAME = ".doclintignore";
function formatOf(file) {
  if (basename4(file) === "package.json") return "package.json";
  if (/\.jsonc$/i.test(file)) return "jsonc";
  if (/\.ya?ml$/i.test(file)) return "yaml";
  return "json";
}
var MAX_CONFIG_SIZE = 1024 * 1024;
async function readIfExists(path, shown) {
  try {
    const info = await stat3(path);
    if (!info.isFile()) throw new ConfigError(`${shown}: cannot read the config file: it is not a regular file`);
    if (info.size > MAX_CONFIG_SIZE)
      throw new ConfigError(`${shown}: cannot read the config file: it is larger than 1 MB`);
    return await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new ConfigError(`${shown}: cannot read the config file: ${describeFsError(error)}`);
  }
}
function place(text, offset) {
  const lines = text.slice(0, offset).split("\n");
  return `:${lines.length}:${lines.at(-1).length + 1}`;
}
function jsonErrorPlace(text, error) {
  const at = /position (\d+)/.exec(error.message);
  return at ? place(text, Number(at[1])) : "";
}
function parseConfigText(text, shown, format2) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  switch (format2) {
    case "yaml":
      try {
        return loadBoundedYaml(source);
      } catch (error) {
        if (error instanceof YamlTooLargeError) throw new ConfigError(`${shown}: invalid YAML: ${error.message}`);
        const { reason, mark } = error;
        const at = mark ? `:${mark.line + 1}:${mark.column + 1}` : "";
        throw new ConfigError(`${shown}${at}: invalid YAML: ${reason ?? error.message}`);
      }
    default: {
      const json2 = format2 === "jsonc" ? stripJsonComments(source, { trailingCommas: true }) : source;
      let data;
      try {
        data = JSON.parse(json2);
      } catch (error) {
        const reason = error.message.replace(/^JSON\.parse: /, "");
        throw new ConfigError(
          `${shown}${jsonErrorPlace(json2, error)}: invalid ${format2 === "jsonc" ? "JSONC" : "JSON"}: ${reason}`
        );
      }
      if (format2 !== "package.json") return data;
      const isRecord2 = typeof data === "object" && data !== null && !Array.isArray(data);
      return isRecord2 && Object.hasOwn(data, "doclint") ? data.doclint : void 0;
    }
  }
}
function checkConfig(data, shown, format2, rules) {
  const prefix = format2 === "package.json" ? `${shown} (\`doclint\` key)` : shown;
  try {
    validateConfig(data, rules);
  } catch (error) {
    if (error instanceof ConfigError) throw combinedError(error.problems.map((problem) => `${prefix}: ${problem}`));
    throw error;
  }
  return data;
}
var ConfigLoader = class {
  constructor(cwd, builtin, options = {}) {
    this.cwd = cwd;
    this.builtin = builtin;
    this.options = options;
    this.rootReal = realpath2(cwd).catch(() => resolve3(cwd));
    this.current = builtin;
  }
  cwd;
  builtin;
  options;
  rootReal;
  parsed = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Map();
  current;
  loadedPlugins = [];
  pluginsLoaded;
  /** The rules of the run: the built-in rules, with the plugins' once they are loaded. */
  get rules() {
    return this.current;
  }
  /** The plugins of the run (after `loadPlugins`). */
  get plugins() {
    return this.loadedPlugins;
  }
  shown(file) {
    return toPosix(relative2(this.cwd, file)) || basename4(file);
  }
  /** A config file's data, parsed but not checked (undefined: a package.json without `doclint`); read once. */
  parse(file, shown) {
    let pending = this.parsed.get(file);
    if (!pending) {
      pending = (async () => {
        const text = await readIfExists(file, shown);
        if (text === void 0) throw new ConfigError(`${shown}: config file not found`);
        const format2 = formatOf(file);
        return { data: parseConfigText(text, shown, format2), format: format2 };
      })();
      this.parsed.set(file, pending);
    }
    return pending;
  }
  /** A config file's data checked against the run's rules (undefined: a package.json without `doclint`). */
  async read(file, shown) {
    const { data, format: format2 } = await this.parse(file, shown);
    if (data === void 0) return void 0;
    return { config: checkConfig(data, shown, format2, this.current), format: format2 };
  }
  /**
   * Loads the plugins that the config at the project root (or `--config`) and the files it
   * extends list, once; afterwards `rules` has their rules. Problems with those files other
   * than their plugins are left for `resolverFor` to report with the rest.
   */
  loadPlugins() {
    this.pluginsLoaded ??= (async () => {
      const root = await this.rootConfigFile();
      if (!root) return;
      const sources = await this.pluginSources(root.file, root.shown, root.trusted, /* @__PURE__ */ new Set([root.real]));
      if (sources.length === 0) return;
      this.loadedPlugins = await loadPlugins(sources, this.cwd, await this.rootReal);
      this.current = combineRules(
        this.builtin,
        this.loadedPlugins.flatMap((plugin) => plugin.rules)
      );
    })();
    return this.pluginsLoaded;
  }
  /** The config that may list plugins: `--config`, or the one at the project root. */
  async rootConfigFile() {
    if (this.options.config !== void 0) {
      const file = resolve3(this.cwd, this.options.config);
      return { file, shown: this.options.config, real: await realpath2(file).catch(() => file), trusted: true };
    }
    if (this.options.lookup === false) return void 0;
    const found = await this.locate("").catch(() => void 0);
    return found && { ...found, trusted: false };
  }
  /**
   * Whether what a config file extends and loads may come from anywhere: only when it was given
   * with --config (or extended by such a file) and is itself outside the project root. A file
   * inside the root came with the checkout, whoever named it: a pull request can change it.
   */
  async trustedFile(file, trusted) {
    if (!trusted) return false;
    const real = await realpath2(file).catch(() => file);
    return !isInside(await this.rootReal, real);
  }
  /** The `plugins` entries of a config file and of what it extends (theirs first), without checking the rest. */
  async pluginSources(file, shown, trusted, seen) {
    const data = await this.parse(file, shown).then(
      (parsed) => parsed.data,
      () => void 0
    );
    if (!isRecord(data)) return [];
    trusted = await this.trustedFile(file, trusted);
    const sources = [];
    const names = typeof data.extends === "string" ? [data.extends] : Array.isArray(data.extends) ? data.extends : [];
    for (const name of names) {
      if (typeof name !== "string" || isPresetName(name) || !isRelativePath(name)) continue;
      const target = resolve3(dirname5(file), name);
      const real = await realpath2(target).catch(() => void 0);
      if (real === void 0 || seen.has(real) || !trusted && !isInside(await this.rootReal, real)) continue;
      seen.add(real);
      sources.push(...await this.pluginSources(target, this.shown(target), trusted, seen));
    }
    if (Array.isArray(data.plugins)) {
      data.plugins.forEach((specifier, index) => {
        if (typeof specifier === "string" && specifier !== "" && pluginSpecifierProblem(specifier) === void 0) {
          sources.push({ specifier, index, file, shown, trusted });
        }
      });
    }
    return sources;
  }
  /**
   * A config file with its `extends` flattened into layers; globs of everything it brings in
   * are relative to `base`. `stack` holds the files being extended, to find a cycle.
   */
  async flatten(file, shown, base, trusted, stack) {
    const { data } = await this.parse(file, shown);
    if (base !== "" && isRecord(data) && data.plugins !== void 0) {
      throw new ConfigError(
        `${shown}: \`plugins\`: only the config at the project root (the working directory) or --config, and the files it extends, may list plugins, since they add rules to the whole project; list them there, or run doclint from \`${base}\``
      );
    }
    const loaded = await this.read(file, shown);
    if (!loaded) return void 0;
    const { config } = loaded;
    trusted = await this.trustedFile(file, trusted);
    const names = config.extends === void 0 ? [] : typeof config.extends === "string" ? [config.extends] : config.extends;
    const extended = [];
    const ignores = [];
    for (const name of names) {
      if (isPresetName(name)) {
        extended.push({ source: `${name}, extended by ${shown}`, base, config: presetConfig(name, this.current) });
        continue;
      }
      const target = resolve3(dirname5(file), name);
      let real;
      try {
        real = await realpath2(target);
      } catch {
        throw new ConfigError(`${shown}: \`extends\`: cannot find \`${name}\``);
      }
      if (!trusted && !isInside(await this.rootReal, real)) {
        throw new ConfigError(
          base === "" && this.options.config !== void 0 ? `${shown}: \`extends\`: \`${name}\` is outside the project root; a config file inside the project may only extend files inside it, even when named with --config` : `${shown}: \`extends\`: \`${name}\` is outside the project root; a config found in the project may only extend files inside it (a config given with --config may extend any file)`
        );
      }
      const cycle = stack.findIndex((entry2) => entry2.real === real);
      if (cycle !== -1) {
        const names2 = [...stack.slice(cycle).map((entry2) => entry2.shown), this.shown(target)];
        throw new ConfigError(`${shown}: \`extends\`: cycle: ${names2.join(" \u2192 ")}`);
      }
      const child = await this.flatten(target, this.shown(target), base, trusted, [
        ...stack,
        { real, shown: this.shown(target) }
      ]);
      if (!child) throw new ConfigError(`${shown}: \`extends\`: \`${name}\` has no \`doclint\` key`);
      extended.push(...child.layers.map((layer) => ({ ...layer, source: `${layer.source}, extended by ${shown}` })));
      ignores.push(...child.ignores);
    }
    for (const glob of config.ignores ?? []) ignores.push({ glob, base, source: shown });
    return { shown, folder: base, layers: fileLayers(copyData(config), shown, base, extended), ignores };
  }
  /** The config file of one folder (POSIX, relative to the root), or the problems with it; read once. */
  folder(folder) {
    let pending = this.folders.get(folder);
    if (!pending) {
      pending = this.findIn(folder).then(
        (file) => file ? { file, problems: [] } : { problems: [] },
        (error) => {
          if (!(error instanceof ConfigError)) throw error;
          return { problems: error.problems };
        }
      );
      this.folders.set(folder, pending);
    }
    return pending;
  }
  async findIn(folder) {
    const only = await this.locate(folder);
    if (!only) return void 0;
    return this.flatten(only.file, only.shown, folder, false, [{ real: only.real, shown: only.shown }]);
  }
  /** The config file in a folder, if any: one name of CONFIG_FILE_NAMES, really inside the root. */
  async locate(folder) {
    const absolute = join8(this.cwd, folder);
    let entries;
    try {
      entries = await readdir2(absolute);
    } catch {
      return void 0;
    }
    const present = new Set(entries);
    const found = [];
    for (const name of CONFIG_FILE_NAMES) {
      if (!present.has(name)) continue;
      const file = join8(absolute, name);
      const shown = this.shown(file);
      const real = await realpath2(file).catch(() => void 0);
      if (real === void 0) continue;
      if (name === "package.json") {
        if (!isInside(await this.rootReal, real)) continue;
        let data;
        try {
          data = parseConfigText(await readIfExists(file, shown) ?? "", shown, "package.json");
        } catch {
          continue;
        }
        if (data === void 0) continue;
      }
      if (!isInside(await this.rootReal, real)) {
        throw new ConfigError(
          `${shown}: a symbolic link to a file outside the project root; doclint does not read it (use --config to read it on purpose)`
        );
      }
      found.push({ file, shown, real });
    }
    if (found.length > 1) {
      const named = found.map(
        (f) => basename4(f.file) === "package.json" ? `\`${f.shown}\` (\`doclint\` key)` : `\`${f.shown}\``
      );
      throw new ConfigError(
        `${named.slice(0, -1).join(", ")} and ${named.at(-1)}: more than one config file in ${folder === "" ? "the project root" : `folder \`${folder}\``}; keep one`
      );
    }
    return found[0];
  }
  async ignoreFile() {
    const text = await readIfExists(join8(this.cwd, IGNORE_FILE_NAME), IGNORE_FILE_NAME);
    if (text === void 0) return void 0;
    const matcher = (0, import_ignore2.default)().add(text);
    return { source: IGNORE_FILE_NAME, ignores: (path) => matcher.ignores(path) };
  }
  /**
   * The resolver for a run over `pages` (POSIX paths relative to the root): every config file
   * from each page's folder up to the root is read (once per folder), or only `--config`.
   * Throws a ConfigError listing the problems of every file.
   */
  async resolverFor(pages) {
    await this.loadPlugins();
    const ignoreFile = await this.ignoreFile();
    const common = {
      ...ignoreFile ? { ignoreFile } : {},
      ...this.options.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}
    };
    let resolver;
    if (this.options.config !== void 0) {
      const file = resolve3(this.cwd, this.options.config);
      const shown = this.options.config;
      const real = await realpath2(file).catch(() => file);
      const explicit = await this.flatten(file, shown, "", true, [{ real, shown }]);
      if (!explicit) throw new ConfigError(`${shown}: no \`doclint\` key`);
      resolver = new ConfigResolver({ explicit, ...common });
    } else if (this.options.lookup === false) {
      resolver = new ConfigResolver(common);
    } else {
      const folders = /* @__PURE__ */ new Set([""]);
      for (const page2 of pages) {
        const parts = page2.split("/").slice(0, -1);
        for (let end = 1; end <= parts.length; end++) folders.add(parts.slice(0, end).join("/"));
      }
      const sorted = [...folders].sort();
      const found = await mapLimit(sorted, (folder) => this.folder(folder));
      const files = /* @__PURE__ */ new Map();
      const problems2 = [];
      sorted.forEach((folder, i) => {
        const { file, problems: own } = found[i];
        if (file) files.set(folder, file);
        problems2.push(...own);
      });
      if (problems2.length > 0) throw combinedError([...new Set(problems2)]);
      resolver = new ConfigResolver({ files, ...common });
    }
    const problems = resolver.projectWideProblems();
    if (problems.length > 0) throw combinedError(problems);
    return resolver;
  }
};

// src/cli/output.ts
function describeStats({ pages, cached, parsed, workers }, elapsed) {
  const where = workers === 0 ? "on the main thread" : `in ${workers} worker thread${workers === 1 ? "" : "s"}`;
  const seconds = (elapsed / 1e3).toFixed(1);
  const count2 = `${pages} page${pages === 1 ? "" : "s"}`;
  return `doclint: ${count2}: ${cached} from the cache, ${parsed} parsed ${where} (${seconds} s so far)
`;
}
function parseConcurrency(text) {
  if (text === "auto" || text === "off") return text;
  if (!/^\d+$/.test(text)) return void 0;
  const count2 = Number(text);
  return count2 === 0 ? "off" : count2 <= 64 ? count2 : void 0;
}
function describeError(error) {
  if (error instanceof ConfigError) {
    return `doclint: invalid configuration
${error.problems.map((p) => `  ${sanitizeLine(p)}`).join("\n")}
`;
  }
  if (error instanceof UsageError) return `doclint: ${sanitizeLine(error.message)}
`;
  const message = sanitizeForTerminal(error?.message ?? String(error));
  return `doclint: internal error: ${message}
Please report this with the command you ran.
`;
}
function onlyErrors(result) {
  return createResult(
    result.path,
    result.diagnostics.filter((d) => d.severity === "error")
  );
}
function exitCode(results, maxWarnings) {
  if (results.some((r) => r.diagnostics.some((d) => d.internal))) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (maxWarnings !== void 0 && maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}
function createProgress(stderr, env, formatName, clock = Date.now) {
  const enabled = stderr.isTTY === true && !env.CI && formatName === "stylish";
  const started = clock();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      if (!enabled) return;
      const now = clock();
      if (now - started < 1e3 || now - last < 100) return;
      last = now;
      shown = true;
      stderr.write(`\r\x1B[2KLinting ${done}/${total} pages\u2026`);
    },
    done() {
      if (shown) stderr.write("\r\x1B[2K");
    }
  };
}

// src/node/stdin.ts
var megabytes2 = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
async function readStdinDocument(input, path, maxFileSize) {
  const chunks = [];
  let length = 0;
  for await (const chunk of input) {
    const bytes2 = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    length += bytes2.length;
    if (length > maxFileSize) {
      return {
        path,
        problem: `File is too large to lint (standard input gave more than the limit of ${megabytes2(maxFileSize)}, see --max-file-size)`
      };
    }
    chunks.push(bytes2);
  }
  const bytes = Buffer.concat(chunks, length);
  const problem = checkBytes(bytes);
  if (problem) return { path, problem };
  return { path, ...decodePage(bytes) };
}
async function discoverForStdin(root, path) {
  const { files, tooLong } = await listFiles(root);
  const paths = files.includes(path) ? files : [...files, path].sort();
  return { files: [path], paths, tooLong, named: [path] };
}

// src/node/all-ignored.ts
var CLI_IGNORE_HINTS = {
  lintThem: "run with --no-ignore to lint them",
  lintIt: "use --no-ignore to lint it",
  acceptEmpty: "--allow-empty to accept a run that lints nothing"
};
var shownSource = (by) => by.glob === void 0 ? `\`${by.source}\`` : `\`${by.source}\` (\`${by.glob}\`)`;
function allIgnoredMessage(pages, ignoredBy, allowed, hints = CLI_IGNORE_HINTS) {
  const sources = /* @__PURE__ */ new Set();
  for (const page2 of pages) {
    const by = ignoredBy(page2);
    if (by) sources.add(shownSource(by));
  }
  const named = [...sources];
  const shown = named.length > 3 ? `${named.slice(0, 3).join(", ")} and ${named.length - 3} more` : named.join(", ");
  const how = allowed ? hints.lintThem : `${hints.lintThem}, or ${hints.acceptEmpty}`;
  return `no pages linted: every page found (${pages.length}) is ignored by ${shown}; ${how}`;
}
function namedIgnoredMessage(by, hints = CLI_IGNORE_HINTS) {
  return `File ignored because of a matching ignore pattern in ${shownSource(by)}: it is not linted; ${hints.lintIt}`;
}

// src/node/large-pages.ts
var CHECK_KEY = "\0parse-only";
var LargePageWorker = class {
  constructor(options) {
    this.options = options;
    this.longest = mainThreadChars(options.maxPageMemory);
  }
  options;
  pool;
  longest;
  /** Whether a page's text is too long to parse on the main thread (never without a worker to use). */
  isLarge(text) {
    return this.options.file !== void 0 && text !== void 0 && text.length > this.longest;
  }
  /** Lints a page in the bounded worker, with its config. */
  lint(document, configKey2, config) {
    return this.started().lint(document, configKey2, config, this.options.project, this.options.limits);
  }
  /**
   * Whether a text may be parsed on the main thread: it is not too long, or the bounded worker
   * parsed it (and walked it, without rules) within the memory, time and nesting limits. A worker
   * that cannot run says no.
   */
  async fits(text) {
    if (!this.isLarge(text)) return true;
    const off = Object.fromEntries(this.options.ruleIds.map((id) => [id, "off"]));
    const outcome2 = await this.lint({ path: "check.md", text }, CHECK_KEY, { rules: off }).catch(() => void 0);
    return outcome2 !== void 0 && !outcome2.diagnostics.some((diagnostic2) => diagnostic2.fatal);
  }
  /** Stops the worker, if it was started. */
  async close() {
    const pool = this.pool;
    this.pool = void 0;
    await pool?.close();
  }
  started() {
    const { file, plugins, maxPageMemory } = this.options;
    if (!file) throw new Error("worker threads are not available when running from the TypeScript sources");
    this.pool ??= createPool(1, file, plugins, maxPageMemory);
    return this.pool;
  }
};

// src/node/lint-files.ts
import { resolve as resolve4 } from "node:path";

// src/helpers/yaml.ts
var LENIENT_YAML = CORE_SCHEMA.withTags(
  ["!", "tag:yaml.org,2002:python/"].flatMap((prefix) => [
    defineScalarTag(prefix, { matchByTagPrefix: true, resolve: (source) => source, identify: () => false }),
    defineSequenceTag(prefix, {
      matchByTagPrefix: true,
      create: () => [],
      addItem: (list2, item) => void list2.push(item),
      identify: () => false
    }),
    defineMappingTag(prefix, {
      matchByTagPrefix: true,
      create: () => ({}),
      addPair: (map, key, value) => {
        if (typeof key === "string") Object.defineProperty(map, key, { value, enumerable: true, writable: true });
        return "";
      },
      has: (map, key) => typeof key === "string" && Object.hasOwn(map, key),
      keys: (map) => Object.keys(map),
      get: (map, key) => typeof key === "string" ? map[key] : void 0,
      identify: () => false
    })
  ])
);

// src/engine/nav-toc.ts
var MAX_NAV_ENTRIES = 2e4;
var MAX_NAV_DEPTH = 50;
var isYamlToc = (tocFile) => /\.ya?ml$/i.test(tocFile);
function tocOfText(text, path, settings, parse) {
  if (isYamlToc(tocFileOf(settings))) return collectNavToc(text, settings.rootDir);
  const tree = parse(text);
  return tree ? collectToc(tree, path, settings) : void 0;
}
function collectNavToc(text, rootDir = ".") {
  let data;
  try {
    data = load(text, { schema: LENIENT_YAML, maxAliases: 100 });
  } catch {
    return [];
  }
  const nav = isRecord(data) ? data.nav : void 0;
  const toc = [];
  if (Array.isArray(nav)) addEntries(nav, -1, 0, toc, rootDir);
  return toc;
}
function addEntries(items, parent, depth, toc, rootDir) {
  if (depth >= MAX_NAV_DEPTH) return;
  for (const item of items) {
    if (toc.length >= MAX_NAV_ENTRIES) return;
    if (typeof item === "string") {
      toc.push(entry(item, item, parent, rootDir));
      continue;
    }
    if (!isRecord(item)) continue;
    for (const [title, value] of Object.entries(item)) {
      if (toc.length >= MAX_NAV_ENTRIES) return;
      if (typeof value === "string") toc.push(entry(title, value, parent, rootDir));
      else if (Array.isArray(value)) {
        toc.push({ text: title, parent });
        addEntries(value, toc.length - 1, depth + 1, toc, rootDir);
      }
    }
  }
}
function entry(text, page2, parent, rootDir) {
  if (isAbsoluteUrl(page2) || page2.startsWith("/")) return { text, parent };
  const target = normalize(join(rootDir, page2.split("#")[0]));
  return target === ".." || target.startsWith("../") || target === "" ? { text, parent } : { text, target, parent };
}

// src/engine/project-index.ts
function buildIndex(paths, pages, targets, changes, tocs = /* @__PURE__ */ new Map()) {
  const files = /* @__PURE__ */ new Set();
  const folded = /* @__PURE__ */ new Map();
  const directories = /* @__PURE__ */ new Map();
  const add = (path) => {
    if (files.has(path)) return;
    files.add(path);
    const lower = path.toLowerCase();
    if (!folded.has(lower)) folded.set(lower, path);
    let child = path;
    let directory = dirname(path);
    for (; ; ) {
      let entries = directories.get(directory);
      const isNew = entries === void 0;
      if (!entries) directories.set(directory, entries = []);
      entries.push(child);
      if (!isNew || directory === ".") break;
      child = directory;
      directory = dirname(directory);
    }
  };
  for (const path of paths) add(path);
  for (const path of pages.keys()) add(path);
  const links = [];
  for (const page2 of pages.values()) for (const link of page2.links) links.push(link);
  const routes = /* @__PURE__ */ new Map();
  for (const page2 of pages.values())
    for (const route of page2.routes ?? []) if (!routes.has(route)) routes.set(route, page2.path);
  return {
    hasFile: (path) => files.has(path),
    hasDirectory: (path) => directories.has(path),
    findIgnoringCase: (path) => folded.get(path.toLowerCase()),
    filesIn: (directory) => directories.get(directory) ?? [],
    anchors: (path) => (pages.get(path) ?? targets.get(path))?.anchors,
    codeAnchors: (path) => (pages.get(path) ?? targets.get(path))?.codeAnchors,
    pages,
    route: (path) => routes.get(path),
    toc: (path) => pages.get(path)?.toc ?? tocs.get(path),
    links,
    ...changes ? { changes } : {}
  };
}

// src/engine/cross-check.ts
var CROSS_FILE_TIME_LIMIT = 6e4;
async function crossCheck(outcomes, input, config, rules, configs = pageConfigs(config, rules, input.configFor)) {
  const { project: settings } = configs;
  const states = /* @__PURE__ */ new Map();
  const pages = /* @__PURE__ */ new Map();
  for (const outcome2 of outcomes) {
    states.set(outcome2.path, {
      diagnostics: [...outcome2.diagnostics],
      directives: outcome2.directives,
      setup: configs.preparedOf(outcome2.path)
    });
    if (outcome2.facts) pages.set(outcome2.path, outcome2.facts);
  }
  const projectRules = /* @__PURE__ */ new Set();
  for (const state of states.values()) {
    for (const { rule } of state.setup.enabled) if (rule.checkProject) projectRules.add(rule);
  }
  if (projectRules.size > 0) {
    const index = await buildProjectIndex(input, settings, states, pages);
    for (const rule of rules.filter((r) => projectRules.has(r))) {
      const context2 = projectContext(rule, optionsIn(config, rule), index, settings, states, pages);
      runProjectRule(rule, context2, states, input.timeLimit);
    }
  }
  return lintResults(states);
}
async function buildProjectIndex(input, settings, states, pages) {
  const parse = (text) => parsePage(text, input.limits, input.timeLimit).tree;
  const targetAnchors = await readTargetAnchors(pages, input.paths, input.readFile, settings, states, parse);
  const needsToc = [...states.values()].some(
    ({ setup }) => Object.values(setup.settings.contracts).some((c) => c.match.tocParent !== void 0)
  ) || [...pages.values()].some((page2) => page2.kept !== void 0);
  const tocs = needsToc ? await readTocs(pages, input.paths, input.readFile, settings, parse) : /* @__PURE__ */ new Map();
  return buildIndex([...input.paths ?? [], ...states.keys()], pages, targetAnchors, input.changes, tocs);
}
function projectContext(rule, options, index, settings, states, pages) {
  const id = rule.meta.id;
  return {
    index,
    options,
    settings,
    optionsFor(path) {
      return states.get(path)?.setup.byId.get(id)?.options ?? options;
    },
    report(path, descriptor) {
      const state = states.get(path);
      if (!state) throw new Error(`reported against \`${path}\`, which is not being linted`);
      const resolved = state.setup.byId.get(id);
      if (!resolved) return;
      state.diagnostics.push(createDiagnostic(rule.meta, resolved.severity, path, descriptor));
    },
    kept(path) {
      return pages.get(path)?.kept?.[id];
    }
  };
}
function runProjectRule(rule, context2, states, timeLimit) {
  try {
    const check = () => rule.checkProject(context2);
    if (timeLimit) timeLimit(check, CROSS_FILE_TIME_LIMIT);
    else check();
  } catch (error) {
    const first = states.keys().next();
    const path = first.done ? "." : first.value;
    states.get(path)?.diagnostics.push({ ...crashDiagnostic(rule, path, error), message: failureMessage(rule, error) });
  }
}
function failureMessage(rule, error) {
  if (error instanceof TimeLimitExceeded) {
    return `Rule \`${rule.meta.id}\` took more than ${CROSS_FILE_TIME_LIMIT / 1e3} s in the cross-file phase and was stopped; its findings so far are reported`;
  }
  return `Rule \`${rule.meta.id}\` crashed in the cross-file phase: ${errorMessage(error)}`;
}
function lintResults(states) {
  const results = [];
  for (const [path, state] of states) {
    const diagnostics = applyDirectives(path, state.diagnostics, state.directives, state.setup.directives).sort(
      compareDiagnostics
    );
    results.push(createResult(path, limitFindings(path, diagnostics)));
  }
  return results.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function readTargetAnchors(pages, paths, readFile2, settings, linted, parse) {
  const anchors = /* @__PURE__ */ new Map();
  if (!readFile2) return anchors;
  const known = new Set(paths);
  const lookup = { hasFile: (path) => known.has(path) || pages.has(path) };
  const site = siteProfile(settings);
  const wanted = /* @__PURE__ */ new Set();
  for (const page2 of pages.values()) {
    for (const link of page2.links) {
      const target = link.target.kind === "file" && link.target.fragment !== void 0 ? linkTarget(link) : void 0;
      if (target === void 0) continue;
      const path = anchorPage(site, target, lookup);
      if (path !== void 0 && !linted.has(path)) wanted.add(path);
    }
  }
  for (const path of wanted) {
    const text = await readFile2(path);
    const tree = text === void 0 ? void 0 : parse(text);
    if (tree) anchors.set(path, collectAnchors(tree, path, settings));
  }
  return anchors;
}
async function readTocs(pages, paths, readFile2, settings, parse) {
  const tocs = /* @__PURE__ */ new Map();
  if (!readFile2 || !paths) return tocs;
  const tocFile = tocFileOf(settings);
  for (const path of paths) {
    if (pages.has(path) || !isTocFile(path, tocFile)) continue;
    const text = await readFile2(path);
    const entries = text === void 0 ? void 0 : tocOfText(text, path, settings, parse);
    if (entries) tocs.set(path, entries);
  }
  return tocs;
}

// src/node/git.ts
import { execFile as execFile2 } from "node:child_process";
import { promisify } from "node:util";
import { isAbsolute as isAbsolute2, relative as relative3, sep as sep2 } from "node:path";
var run = promisify(execFile2);
async function git(root, args) {
  const { stdout } = await run("git", args, { cwd: root, maxBuffer: 1 << 28, encoding: "utf8" });
  return stdout;
}
async function changesSince(root, ref, anchorSources, limits, fits) {
  await requireRepository(root, "--changed-since");
  try {
    await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(
      `--changed-since: \`${ref}\` is not a commit in this repository (fetch it first in a shallow clone)`
    );
  }
  const diff = (await git(root, ["diff", "--name-status", "-z", "-M", "--relative", ref, "--"])).split("\0");
  const untracked = (await git(root, ["ls-files", "--others", "--exclude-standard", "-z"])).split("\0").filter(Boolean);
  const current = async (path) => (await readDocument(root, path)).text;
  return changesFromDiff(root, ref, ref, diff, untracked, current, { anchorSources, limits, fits });
}
async function changesStaged(root, anchorSources, limits, fits) {
  await requireRepository(root, "--staged");
  const head = await git(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).then(
    (out) => out.trim(),
    () => EMPTY_TREE
  );
  const diff = (await git(root, ["diff", "--cached", "--name-status", "-z", "-M", "--relative", head, "--"])).split(
    "\0"
  );
  const staged = async (path) => readStaged(root, path);
  return changesFromDiff(root, "HEAD", head, diff, [], staged, { anchorSources, limits, fits });
}
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
async function requireRepository(root, option) {
  try {
    await git(root, ["rev-parse", "--show-toplevel"]);
  } catch {
    throw new UsageError(`${option} needs a git repository, and the working directory is not in one`);
  }
}
async function readStaged(root, path) {
  try {
    const text = await git(root, ["show", `:./${path}`]);
    return text.includes("\0") ? void 0 : text;
  } catch {
    return void 0;
  }
}
async function unstagedFiles(root) {
  return (await git(root, ["diff", "--name-only", "-z", "--relative", "--"])).split("\0").filter(Boolean);
}
async function stagedCacheFile(root) {
  const gitDir = (await git(root, ["rev-parse", "--absolute-git-dir"]).catch(() => "")).trim();
  if (gitDir === "") return void 0;
  const inRoot = relative3(root, gitDir);
  if (inRoot === "" || isAbsolute2(inRoot) || inRoot.split(sep2).includes("..")) return void 0;
  return `${inRoot.split(sep2).join("/")}/doclint-cache`;
}
async function indexedFiles(root) {
  await requireRepository(root, "--staged");
  return (await git(root, ["ls-files", "--cached", "-z"])).split("\0").filter(Boolean);
}
async function changesFromDiff(root, since, ref, diff, untracked, current, { anchorSources, limits, fits }) {
  const changed = new Set(untracked.filter(isMarkdownPath));
  const removedFiles = /* @__PURE__ */ new Map();
  const modified = [];
  for (let i = 0; i < diff.length; ) {
    const status = diff[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const before = diff[i++];
      const after = diff[i++];
      if (status.startsWith("R")) removedFiles.set(before, after);
      if (isMarkdownPath(after)) {
        changed.add(after);
        if (isMarkdownPath(before)) modified.push({ before, after });
      }
    } else {
      const path = diff[i++];
      if (status === "D") removedFiles.set(path, void 0);
      else if (isMarkdownPath(path)) {
        changed.add(path);
        if (status === "M" || status === "T") modified.push({ before: path, after: path });
      }
    }
  }
  const removedAnchors = /* @__PURE__ */ new Map();
  const addedAnchors = /* @__PURE__ */ new Map();
  for (const { before, after } of modified) {
    let old;
    try {
      old = await git(root, ["show", `${ref}:./${before}`]);
    } catch {
      continue;
    }
    const now = await current(after);
    if (now === void 0) continue;
    if (fits && !(await fits(old) && await fits(now))) continue;
    const [thenTree, nowTree] = [parsePage(old, limits, vmTimeLimit).tree, parsePage(now, limits, vmTimeLimit).tree];
    if (!thenTree || !nowTree) continue;
    const then = collectAnchors(thenTree, before, anchorSources).anchors;
    const still = collectAnchors(nowTree, after, anchorSources).anchors;
    const lost = new Set([...then].filter((anchor) => !still.has(anchor)));
    if (lost.size > 0) removedAnchors.set(after, lost);
    const gained = new Set([...still].filter((anchor) => !then.has(anchor)));
    if (gained.size > 0) addedAnchors.set(after, gained);
  }
  return { changed, changes: { since, removedFiles, removedAnchors, addedAnchors } };
}
async function pagesMentioning(root, pages, changes, maxFileSize) {
  const names = removedNames(changes);
  const found = /* @__PURE__ */ new Set();
  if (names.size === 0) return found;
  await mapLimit(pages, async (page2) => {
    const text = (await readDocument(root, page2, maxFileSize)).text ?? "";
    for (const name of names) {
      if (text.includes(name)) {
        found.add(page2);
        return;
      }
    }
  });
  return found;
}
async function stagedPagesMentioning(root, pages, changes) {
  const names = removedNames(changes);
  if (names.size === 0) return /* @__PURE__ */ new Set();
  const patterns2 = [...names].flatMap((name) => ["-e", name]);
  let listed;
  try {
    listed = await git(root, ["grep", "--cached", "-l", "-z", "-F", "--full-name", ...patterns2, "--", "."]);
  } catch (error) {
    if (error.code === 1) return /* @__PURE__ */ new Set();
    throw error;
  }
  const prefix = (await git(root, ["rev-parse", "--show-prefix"])).trim();
  const wanted = new Set(pages);
  const found = /* @__PURE__ */ new Set();
  for (const path of listed.split("\0")) {
    const inRoot = path.startsWith(prefix) ? path.slice(prefix.length) : void 0;
    if (inRoot !== void 0 && wanted.has(inRoot)) found.add(inRoot);
  }
  return found;
}
function removedNames(changes) {
  const names = /* @__PURE__ */ new Set();
  for (const path of [...changes.removedFiles.keys(), ...changes.removedAnchors.keys()]) {
    names.add(fileStem(path));
    names.add(encodeURIComponent(fileStem(path)));
  }
  return names;
}

// src/node/lint-files.ts
var TOO_LONG = "Folder path is longer than the system allows (ENAMETOOLONG): the files below it cannot be read, so they are neither linted nor found by links; shorten the folder names";
async function lintFiles(options) {
  const { cwd, stdin } = options;
  const discovered = stdin ? await discoverForStdin(cwd, stdin.path) : await discover(cwd, options.patterns);
  const indexed = options.staged ? new Set(await indexedFiles(cwd)) : void 0;
  const paths = indexed ? discovered.paths.filter((path) => indexed.has(path)) : discovered.paths;
  const pages = indexed ? discovered.files.filter((path) => indexed.has(path)) : discovered.files;
  const loader = new ConfigLoader(cwd, builtinRules, options);
  const resolver = await loader.resolverFor(pages);
  const { rules, plugins } = loader;
  const largePages = new LargePageWorker({
    file: workerFile(),
    plugins: plugins.map((plugin) => plugin.url),
    maxPageMemory: options.maxPageMemory ?? DEFAULT_MAX_PAGE_MEMORY,
    ruleIds: rules.map((rule) => rule.meta.id),
    project: resolveSettings(resolver.rootConfig),
    limits: options.limits
  });
  try {
    const named = new Set(discovered.named);
    const selection = await selectPages(options, pages, resolver, largePages, (path) => named.has(path));
    const project = { paths, tooLong: discovered.tooLong, resolver, rules, plugins, largePages };
    const results = await lintSelected(options, project, selection);
    return { results: withNotices(results, selection.ignoredNamed, resolver, options.ignoreHints), rules, plugins };
  } finally {
    await largePages.close();
  }
}
async function lintSelected(options, { paths, tooLong, resolver, rules, plugins, largePages }, { files, changes, changedPages }) {
  const { cwd, stdin, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const config = resolver.rootConfig;
  const unstaged = options.staged ? new Set(await unstagedFiles(cwd)) : void 0;
  if (unstaged) warnUnstaged(files, unstaged, options.warn);
  const warn = options.warn ?? (() => void 0);
  const inGit = options.staged && options.cache && options.cacheLocation === void 0;
  const cacheFile = inGit ? await stagedCacheFile(cwd) : options.cacheLocation ?? DEFAULT_CACHE_FILE;
  const cache = options.pageCache ?? (options.cache && cacheFile !== void 0 ? await PageCache.open(resolve4(cwd, cacheFile), readVersion(), warn, cacheFile, cwd) : void 0);
  const configFor = resolver.uniform ? void 0 : (path) => resolver.configFor(path);
  const configs = pageConfigs(config, rules, configFor);
  const { outcomes, stats } = await analyzePages({
    cwd,
    files,
    maxFileSize,
    configs,
    rules,
    plugins,
    largePages,
    ...options.maxPageMemory === void 0 ? {} : { maxPageMemory: options.maxPageMemory },
    ...cache ? { cache } : {},
    ...options.cacheStrategy ? { cacheStrategy: options.cacheStrategy } : {},
    ...options.concurrency === void 0 ? {} : { concurrency: options.concurrency },
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...options.limits ? { limits: options.limits } : {},
    ...stdin || options.texts ? { documents: givenDocuments(stdin, options.texts) } : {}
  });
  options.onStats?.(stats);
  for (const folder of tooLong) outcomes.push(problemOutcome(folder, TOO_LONG));
  const results = await crossCheck(
    outcomes,
    {
      paths,
      readFile: targetReader(cwd, maxFileSize, unstaged, largePages, givenDocuments(stdin, options.texts)),
      ...changes ? { changes } : {},
      ...configFor ? { configFor } : {},
      ...options.limits ? { limits: options.limits } : {},
      timeLimit: vmTimeLimit
    },
    config,
    rules,
    configs
  );
  if (cache) {
    const known = new Set(paths);
    cache.retain((path) => known.has(path));
    await cache.save(warn);
  }
  return changes ? keepChangeFindings(results, changedPages) : results;
}
function withNotices(results, ignoredNamed, resolver, hints) {
  if (ignoredNamed.length === 0) return results;
  const notices = ignoredNamed.map(
    (path) => createResult(path, [
      {
        ruleId: null,
        severity: "warning",
        message: namedIgnoredMessage(resolver.ignoredBy(path), hints),
        path,
        line: 1,
        column: 1
      }
    ])
  );
  return [...results, ...notices].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function selectPages(options, discovered, resolver, largePages, isNamed) {
  const { cwd, maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  const matched = options.ignore === false ? discovered : discovered.filter((path) => resolver.ignoredBy(path) === void 0);
  let ignoredNamed = options.ignore === false ? [] : discovered.filter((path) => isNamed(path) && resolver.ignoredBy(path) !== void 0);
  if (matched.length === 0 && !(options.staged && discovered.length === 0)) {
    const message = allIgnoredMessage(
      discovered,
      (path) => resolver.ignoredBy(path),
      options.allowEmpty === true,
      options.ignoreHints
    );
    if (!options.allowEmpty) throw new UsageError(message);
    options.warn?.(message);
  }
  let files = matched;
  let changes;
  let changedPages = /* @__PURE__ */ new Set();
  if (options.changedSince !== void 0 || options.staged) {
    const site = resolveSettings(resolver.rootConfig);
    const fits = (text) => largePages.fits(text);
    const found = options.changedSince === void 0 ? await changesStaged(cwd, site, options.limits, fits) : await changesSince(cwd, options.changedSince, site, options.limits, fits);
    changes = found.changes;
    changedPages = found.changed;
    const linkers = options.staged ? await stagedPagesMentioning(cwd, matched, changes) : await pagesMentioning(cwd, matched, changes, maxFileSize);
    files = matched.filter((path) => found.changed.has(path) || linkers.has(path));
  }
  if (options.shard) {
    const shard = options.shard;
    files = files.filter((path) => inShard(path, shard));
    ignoredNamed = ignoredNamed.filter((path) => inShard(path, shard));
  }
  return { files, ignoredNamed, changes, changedPages };
}
function keepChangeFindings(results, changed) {
  return results.flatMap((result) => {
    if (changed.has(result.path)) return [result];
    const diagnostics = result.diagnostics.filter((d) => d.causedByChange);
    if (diagnostics.length === 0) return [];
    return [createResult(result.path, diagnostics)];
  });
}
function warnUnstaged(files, unstaged, warn) {
  if (!warn) return;
  const edited = files.filter((path) => unstaged.has(path));
  if (edited.length === 0) return;
  const shown = edited.slice(0, 3).map((path) => `\`${path}\``).join(", ");
  const more = edited.length > 3 ? ` and ${edited.length - 3} more` : "";
  warn(
    `${shown}${more} also have unstaged changes: --staged lints the working tree's text of the pages it checks (pre-commit stashes unstaged changes first); stage or stash them to lint what will be committed`
  );
}
function targetReader(cwd, maxFileSize, unstaged, largePages, given) {
  const read = (path) => given.has(path) ? Promise.resolve(given.get(path).text) : unstaged?.has(path) ? readStaged(cwd, path) : Promise.resolve(readTarget(cwd, path, maxFileSize));
  return async (path) => {
    const text = await read(path);
    return text === void 0 || await largePages.fits(text) ? text : void 0;
  };
}
function givenDocuments(stdin, texts) {
  const given = /* @__PURE__ */ new Map();
  for (const [path, text] of texts ?? []) given.set(path, { path, text });
  if (stdin) given.set(stdin.path, stdin);
  return given;
}

export {
  safeWritePath,
  readRegularFile,
  PRESETS,
  printableConfig,
  vmTimeLimit,
  DEFAULT_MAX_FILE_SIZE,
  checkBytes,
  decodePage,
  readDocument,
  describeFsError,
  readTarget,
  writeFileAtomic,
  DEFAULT_CACHE_FILE,
  PageCache,
  DEFAULT_MAX_PAGE_MEMORY,
  MIN_MAX_PAGE_MEMORY,
  workerFile,
  analyzePages,
  parseShard,
  sanitizeForTerminal,
  sanitizeLine,
  plural,
  escapeData,
  formatGithub,
  formatMarkdown,
  ruleHelpUri,
  formatSarif,
  FORMATS,
  format,
  UsageError,
  listFiles,
  toProjectPath,
  loadBoundedYaml,
  validateConfig,
  CONFIG_FILE_NAMES,
  IGNORE_FILE_NAME,
  ConfigLoader,
  describeStats,
  parseConcurrency,
  describeError,
  onlyErrors,
  exitCode,
  createProgress,
  LENIENT_YAML,
  tocOfText,
  readStdinDocument,
  LargePageWorker,
  crossCheck,
  lintFiles
};
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

@noble/hashes/esm/utils.js:
  (*! noble-hashes - MIT License (c) 2022 Paul Miller (paulmillr.com) *)
*/
