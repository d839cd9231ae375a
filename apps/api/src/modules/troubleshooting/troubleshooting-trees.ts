import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_TROUBLESHOOTING_TREES,
  FaultCategory,
  type TroubleshootingTreeDefinition,
  type TroubleshootingTreeVersionList,
  type TroubleshootingTreeView,
  treeProblems,
} from '@pos/shared';
import { DomainError } from '../../core/errors/domain-error.js';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { AuditLog } from '../../core/audit/audit-log.js';

type TreeRow = Prisma.TroubleshootingTreeGetPayload<object>;

export const toTreeView = (tree: TreeRow): TroubleshootingTreeView => ({
  category: tree.category,
  version: tree.version,
  definition: tree.definition as unknown as TroubleshootingTreeDefinition,
  createdAt: tree.createdAt.toISOString(),
});

/**
 * Troubleshooting trees as versioned data. A fresh platform gets version 1 of every category from the defaults
 * in libs/shared; the platform admin's edits add versions, and the highest version is the one in use.
 */
@Injectable()
export class TroubleshootingTrees implements OnModuleInit {
  private readonly logger = new Logger(TroubleshootingTrees.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
  ) {}

  async onModuleInit(): Promise<void> {
    const { count } = await this.prisma.troubleshootingTree.createMany({
      data: Object.values(FaultCategory).map((category) => ({ category, version: 1, definition: DEFAULT_TROUBLESHOOTING_TREES[category] as unknown as Prisma.InputJsonObject })),
      skipDuplicates: true,
    });
    if (count > 0) this.logger.log(`Troubleshooting: added ${count} default trees`);
  }

  current(category: FaultCategory, db: Db = this.prisma): Promise<TreeRow | null> {
    return db.troubleshootingTree.findFirst({ where: { category }, orderBy: { version: 'desc' } });
  }

  async currentView(category: FaultCategory): Promise<TroubleshootingTreeView> {
    const tree = await this.current(category);
    if (!tree) throw DomainError.notFound();
    return toTreeView(tree);
  }

  async all(): Promise<TroubleshootingTreeView[]> {
    const trees = await this.prisma.troubleshootingTree.findMany({ distinct: ['category'], orderBy: [{ category: 'asc' }, { version: 'desc' }] });
    return trees.map(toTreeView);
  }

  async versions(category: FaultCategory): Promise<TroubleshootingTreeVersionList> {
    const rows = await this.prisma.troubleshootingTree.findMany({
      where: { category },
      orderBy: { version: 'desc' },
      select: { version: true, createdAt: true, createdBy: { select: { id: true, displayName: true } } },
    });
    return { category, versions: rows.map((row) => ({ version: row.version, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy })) };
  }

  /** Saves a new version after checking the whole tree; a tree with any problem is refused with every problem listed. */
  async save(actorId: string, category: FaultCategory, definition: TroubleshootingTreeDefinition): Promise<TroubleshootingTreeView> {
    const problems = treeProblems(definition);
    if (problems.length > 0) throw DomainError.invalidFields(problems.map((problem) => ({ field: `definition.${problem.field}`, code: problem.code })));
    const tree = await this.prisma.$transaction(async (tx) => {
      const latest = await this.current(category, tx);
      // The unique (category, version) index turns two admins saving at once into one success and one conflict.
      const created = await tx.troubleshootingTree.create({
        data: { category, version: (latest?.version ?? 0) + 1, definition: definition as unknown as Prisma.InputJsonObject, createdById: actorId },
      });
      await this.audit.append(tx, { action: 'TREE_VERSION_SAVED', entityId: created.id, actorId, data: { category, version: created.version } });
      return created;
    });
    return toTreeView(tree);
  }
}
