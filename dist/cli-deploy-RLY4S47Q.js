import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  CANCEL_GRACE_MS,
  SIMULATOR_CREDENTIALS,
  defaultDeploymentId,
  deployCommand,
  holderFromEnv
} from "./cli-chunk-4RJJAGP7.js";
import "./cli-chunk-LYXHFEKS.js";
import "./cli-chunk-QHJQBZGW.js";
import "./cli-chunk-RWUGUOFG.js";
import "./cli-chunk-6HCJAORC.js";
import "./cli-chunk-R45B3ZH3.js";
import "./cli-chunk-3YA2SYSA.js";
import "./cli-chunk-4DW6D2E2.js";
import "./cli-chunk-HBOVLPDC.js";
import "./cli-chunk-BMXPKJ4A.js";
import "./cli-chunk-SQNJ3LC7.js";
import "./cli-chunk-5JP7KZIK.js";
import "./cli-chunk-NX6QLHHV.js";
import "./cli-chunk-F3DIOZNX.js";
import "./cli-chunk-EBIEURGI.js";
import "./cli-chunk-LUBGO62J.js";
import "./cli-chunk-R3MT7KFA.js";
import "./cli-chunk-5W6KL5HJ.js";
import "./cli-chunk-LIZCHGMP.js";
import "./cli-chunk-A66SPB3H.js";
import "./cli-chunk-F6UYTWT2.js";
import "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-7MPLTVIZ.js";
import "./cli-chunk-XGQK6XAH.js";
import "./cli-chunk-MVJRBNRW.js";
import "./cli-chunk-O5NZ25FZ.js";
export {
  CANCEL_GRACE_MS,
  SIMULATOR_CREDENTIALS,
  defaultDeploymentId,
  deployCommand,
  holderFromEnv
};
