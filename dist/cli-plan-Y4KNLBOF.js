import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  nativeUpdateSeconds,
  planRollout
} from "./cli-chunk-A66SPB3H.js";
import "./cli-chunk-F6UYTWT2.js";
import "./cli-chunk-O5NZ25FZ.js";
export {
  nativeUpdateSeconds,
  planRollout
};
