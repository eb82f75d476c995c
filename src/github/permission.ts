import type { PermissionPort, RepoRef } from './ports.js';
import { degrade, ok, type GitHubOutcome } from './result.js';

export interface CommandPermission {
  allowed: boolean;
  /** GitHub's coarse level: admin, write, read or none (maintain reads as write). */
  permission: string;
  /** The finer role when GitHub gives it: admin, maintain, write, triage, read or a custom role. */
  roleName?: string;
  /** Why not, for the reply. */
  reason?: string;
}

const ALLOWED = new Set(['admin', 'maintain', 'write']);

/**
 * Whether `username` may steer a rollout from a PR comment: write, maintain or admin on the
 * repository (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`). A user GitHub does
 * not know as a collaborator (404) is not allowed; a token that may not ask is degraded.
 */
export async function commandPermission(
  client: PermissionPort,
  repo: RepoRef,
  username: string,
): Promise<GitHubOutcome<CommandPermission>> {
  try {
    const r = await client.rest.repos.getCollaboratorPermissionLevel({
      owner: repo.owner,
      repo: repo.repo,
      username,
    });
    const permission = r.data.permission;
    const roleName = r.data.role_name;
    const allowed = ALLOWED.has(permission) || (!!roleName && ALLOWED.has(roleName));
    return ok({
      allowed,
      permission,
      ...(roleName ? { roleName } : {}),
      ...(allowed
        ? {}
        : {
            reason: `@${username} has ${roleName ?? permission} access; steering a rollout needs write, maintain or admin.`,
          }),
    });
  } catch (error) {
    if ((error as { status?: number }).status === 404) {
      return ok({
        allowed: false,
        permission: 'none',
        reason: `@${username} is not a collaborator on ${repo.owner}/${repo.repo}.`,
      });
    }
    return degrade(`check @${username}'s permission`, 'metadata: read', error);
  }
}
