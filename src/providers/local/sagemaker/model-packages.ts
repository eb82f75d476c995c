import { decodeToken, encodeToken, epoch, type Operation, type RequestContext } from '../context.js';
import { conflict, validation } from '../errors.js';
import type { ModelPackageRecord } from '../simulation.js';
import { SHAPES } from './shapes.js';

/** By ARN, by `group/version`, or by unversioned name. */
export function findPackage(ctx: RequestContext, nameOrArn: string): ModelPackageRecord | undefined {
  const m = /^arn:aws[a-z-]*:sagemaker:[^:]+:[0-9]{12}:model-package\/(.+)$/.exec(nameOrArn);
  const key = (m ? m[1] : nameOrArn).toLowerCase();
  return ctx.sim.packages.get(key);
}

function describe(p: ModelPackageRecord) {
  const containers =
    p.image || p.modelDataUrl
      ? [
          {
            ...(p.image ? { Image: p.image } : {}),
            ...(p.modelDataUrl ? { ModelDataUrl: p.modelDataUrl } : {}),
          },
        ]
      : [];
  return {
    ModelPackageName: p.group ?? p.name,
    ...(p.group ? { ModelPackageGroupName: p.group, ModelPackageVersion: p.version } : {}),
    ModelPackageArn: p.arn,
    ...(p.description ? { ModelPackageDescription: p.description } : {}),
    CreationTime: epoch(p.creationTime),
    LastModifiedTime: epoch(p.lastModifiedTime),
    ModelPackageStatus: p.status,
    ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
    ModelApprovalStatus: p.approval,
    ...(p.approvalDescription ? { ApprovalDescription: p.approvalDescription } : {}),
    CertifyForMarketplace: false,
    ...(containers.length
      ? {
          InferenceSpecification: {
            Containers: containers,
            SupportedContentTypes: ['text/csv', 'application/json'],
            SupportedResponseMIMETypes: ['application/json'],
          },
        }
      : {}),
  };
}

export const modelPackageOperations: Record<string, Operation> = {
  DescribeModelPackage: {
    shape: SHAPES.DescribeModelPackage,
    handler(input: { ModelPackageName: string }, ctx) {
      const p = findPackage(ctx, input.ModelPackageName);
      if (!p) throw validation(`ModelPackage ${input.ModelPackageName} does not exist.`);
      return describe(p);
    },
  },
  ListModelPackages: {
    shape: SHAPES.ListModelPackages,
    handler(
      input: {
        ModelPackageGroupName?: string;
        ModelApprovalStatus?: string;
        ModelPackageType?: string;
        NameContains?: string;
        SortBy?: string;
        SortOrder?: string;
        MaxResults?: number;
        NextToken?: string;
      },
      ctx,
    ) {
      const type = input.ModelPackageType ?? (input.ModelPackageGroupName ? 'Versioned' : 'Unversioned');
      let list = [...ctx.sim.packages.values()].filter((p) => {
        if (type === 'Versioned' && !p.group) return false;
        if (type === 'Unversioned' && p.group) return false;
        if (input.ModelPackageGroupName && p.group !== input.ModelPackageGroupName) return false;
        if (input.ModelApprovalStatus && p.approval !== input.ModelApprovalStatus) return false;
        if (input.NameContains && !p.name.includes(input.NameContains)) return false;
        return true;
      });
      const byName = input.SortBy === 'Name';
      list.sort((a, b) =>
        byName
          ? a.name.localeCompare(b.name)
          : a.creationTime - b.creationTime || (a.version ?? 0) - (b.version ?? 0),
      );
      if ((input.SortOrder ?? 'Ascending') === 'Descending') list = list.reverse();
      const { NextToken, MaxResults, ...query } = input;
      const offset = NextToken === undefined ? 0 : decodeToken(NextToken, query);
      if (offset === undefined) throw validation('Invalid pagination token.');
      const size = MaxResults ?? 10;
      const page = list.slice(offset, offset + size).map((p) => ({
        ModelPackageName: p.group ?? p.name,
        ...(p.group ? { ModelPackageGroupName: p.group, ModelPackageVersion: p.version } : {}),
        ModelPackageArn: p.arn,
        CreationTime: epoch(p.creationTime),
        ModelPackageStatus: p.status,
        ModelApprovalStatus: p.approval,
      }));
      return {
        ModelPackageSummaryList: page,
        ...(offset + size < list.length ? { NextToken: encodeToken(offset + size, query) } : {}),
      };
    },
  },
  UpdateModelPackage: {
    shape: SHAPES.UpdateModelPackage,
    handler(
      input: {
        ModelPackageArn: string;
        ModelApprovalStatus?: ModelPackageRecord['approval'];
        ApprovalDescription?: string;
      },
      ctx,
    ) {
      const p = findPackage(ctx, input.ModelPackageArn);
      if (!p) throw validation(`ModelPackage ${input.ModelPackageArn} does not exist.`);
      if (p.status !== 'Completed' && input.ModelApprovalStatus) {
        throw conflict(
          `Model package ${p.arn} is ${p.status}; only a Completed package can change its approval status.`,
        );
      }
      if (input.ModelApprovalStatus) p.approval = input.ModelApprovalStatus;
      if (input.ApprovalDescription !== undefined) p.approvalDescription = input.ApprovalDescription;
      p.lastModifiedTime = ctx.sim.now;
      return { ModelPackageArn: p.arn };
    },
  },
};
