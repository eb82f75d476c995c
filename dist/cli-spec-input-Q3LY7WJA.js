import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  DEFAULT_SPEC,
  loadSpecForCli,
  parseSpecArgs,
  printInputError
} from "./cli-chunk-EBIEURGI.js";
import "./cli-chunk-LUBGO62J.js";
import "./cli-chunk-R3MT7KFA.js";
import "./cli-chunk-5W6KL5HJ.js";
import "./cli-chunk-LIZCHGMP.js";
import "./cli-chunk-A66SPB3H.js";
import "./cli-chunk-F6UYTWT2.js";
import "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-O5NZ25FZ.js";
export {
  DEFAULT_SPEC,
  loadSpecForCli,
  parseSpecArgs,
  printInputError
};
