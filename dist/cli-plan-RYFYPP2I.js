import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  planRollout
} from "./cli-chunk-YK73EE2F.js";
import "./cli-chunk-F6UYTWT2.js";
import "./cli-chunk-O5NZ25FZ.js";
export {
  planRollout
};
