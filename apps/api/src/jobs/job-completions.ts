/** Marks these jobs of `queue` completed, in one statement. */
export type CompleteJobs = (queue: string, ids: string[]) => Promise<void>;

type Group = { ids: string[]; completed: Promise<void>; flush: () => void };

/**
 * Completes the jobs that finish close together in one statement instead of one each: a job is
 * added once its handler has returned, and the group is completed `delayMs` after its first
 * job, or at once when it holds `maxIds`. `add` resolves once the job's group is completed (or
 * rejects with that statement's error), so a caller that awaits it still knows the job will not
 * run again. A run of mails thus costs PostgreSQL one completion per group, not per mail.
 */
export class JobCompletions {
  private readonly groups = new Map<string, Group>();

  constructor(
    private readonly complete: CompleteJobs,
    private readonly delayMs = 20,
    private readonly maxIds = 50,
  ) {}

  add(queue: string, id: string): Promise<void> {
    const group = this.groups.get(queue) ?? this.open(queue);
    group.ids.push(id);
    const { completed } = group;
    if (group.ids.length >= this.maxIds) group.flush();
    return completed;
  }

  private open(queue: string): Group {
    let settle!: { resolve: () => void; reject: (error: unknown) => void };
    const completed = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Each caller awaits it; an unawaited rejection must not end the process.
    completed.catch(() => undefined);
    const timer = setTimeout(() => flush(), this.delayMs);
    const flush = () => {
      clearTimeout(timer);
      if (this.groups.get(queue) === group) this.groups.delete(queue);
      this.complete(queue, group.ids).then(settle.resolve, settle.reject);
    };
    const group: Group = { ids: [], completed, flush };
    this.groups.set(queue, group);
    return group;
  }
}
