import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILTIN_PREFIX = 'builtin:';

/**
 * Finds the repository's `policies/` folder from the running module's URL. The same code runs as
 * `src/policy/builtin.ts` (two levels below the root), bundled into `dist/cli.js` / `dist/index.js`
 * (one level below) and from an installed package, so it walks up from the module's folder until a
 * folder holding `policies/baseline` appears.
 */
export function findBuiltinPoliciesDir(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const candidate = join(dir, 'policies');
    if (existsSync(join(candidate, 'baseline'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `modelgate's built-in policies were not found above ${dirname(fileURLToPath(fromUrl))}`,
      );
    }
    dir = parent;
  }
}

let cached: string | undefined;

export function builtinPoliciesDir(): string {
  cached ??= findBuiltinPoliciesDir();
  return cached;
}

/** The built-in packs: every folder of `policies/` (baseline, production, regulated, cost-guard). */
export function builtinPacks(): string[] {
  const root = builtinPoliciesDir();
  return readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort();
}

/** The folder of `builtin:<pack>`, or undefined when there is no such pack. */
export function builtinPackDir(ref: string): string | undefined {
  const name = ref.startsWith(BUILTIN_PREFIX) ? ref.slice(BUILTIN_PREFIX.length) : ref;
  return builtinPacks().includes(name) ? join(builtinPoliciesDir(), name) : undefined;
}
