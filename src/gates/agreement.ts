import type { ShadowStrategy } from '../spec/types.js';
import type { GateResult } from '../rollout/events.js';
import type { CaptureRecord } from '../rollout/ports.js';

export const AGREEMENT_GATE = 'agreement';

type AgreementSpec = NonNullable<ShadowStrategy['agreement']>;

/** The prediction in a response body: a JSON field (dot path) or the whole body, trimmed. */
export function extractPrediction(body: string, field?: string): unknown {
  const text = body.trim();
  if (!field) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const key of field.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && v.length === 1) return asNumber(v[0]);
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/**
 * Agreement between production and shadow answers to the same requests, paired by id:
 * match-rate (share of identical predictions, must be ≥ threshold) for labels, mean absolute
 * difference (must be ≤ threshold) for scores.
 */
export function evaluateAgreement(
  spec: AgreementSpec,
  records: CaptureRecord[],
  variants: { production: string; shadow: string },
): GateResult {
  const prod = new Map<string, CaptureRecord>();
  for (const r of records) if (r.variant === variants.production) prod.set(r.eventId, r);
  let pairs = 0;
  let matches = 0;
  let absDiff = 0;
  let unparsable = 0;
  for (const s of records) {
    if (s.variant !== variants.shadow) continue;
    const p = prod.get(s.eventId);
    if (!p) continue;
    const a = extractPrediction(p.output, spec.field);
    const b = extractPrediction(s.output, spec.field);
    if (spec.metric === 'match-rate') {
      pairs++;
      if (JSON.stringify(a) === JSON.stringify(b)) matches++;
    } else {
      const x = asNumber(a);
      const y = asNumber(b);
      if (x === undefined || y === undefined) {
        unparsable++;
        continue;
      }
      pairs++;
      absDiff += Math.abs(x - y);
    }
  }
  const metric = spec.metric;
  const base = {
    gateId: AGREEMENT_GATE,
    evidence: { metric, threshold: spec.threshold, samples: { candidate: pairs } },
  };
  const extra = unparsable ? `, ${unparsable} non-numeric pairs skipped` : '';
  if (pairs < spec.minSamples) {
    return {
      ...base,
      status: 'inconclusive',
      summary: `${metric}: ${pairs} paired predictions < ${spec.minSamples} needed${extra}`,
    };
  }
  const value = metric === 'match-rate' ? matches / pairs : absDiff / pairs;
  const ok = metric === 'match-rate' ? value >= spec.threshold : value <= spec.threshold;
  const op = metric === 'match-rate' ? (ok ? '≥' : '<') : ok ? '≤' : '>';
  return {
    ...base,
    evidence: { ...base.evidence, candidate: value },
    status: ok ? 'pass' : 'fail',
    summary: `${metric} ${+value.toPrecision(4)} ${op} ${spec.threshold} (${pairs} paired predictions${extra})`,
  };
}
