import { describe, expect, it } from 'vitest';
import { JobCompletions } from './job-completions';

function recorder(outcome: 'succeed' | 'fail' = 'succeed') {
  const calls: { queue: string; ids: string[] }[] = [];
  const complete = async (queue: string, ids: string[]) => {
    calls.push({ queue, ids: [...ids] });
    if (outcome === 'fail') throw new Error('connection lost');
  };
  return { calls, complete };
}

describe('JobCompletions', () => {
  it('completes the jobs of a queue that finish within the delay in one call', async () => {
    const { calls, complete } = recorder();
    const completions = new JobCompletions(complete, 15);
    const first = completions.add('notify', 'a');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = completions.add('notify', 'b');
    const otherQueue = completions.add('waitlist-promote', 'c');
    await Promise.all([first, second, otherQueue]);
    expect(calls).toEqual([
      { queue: 'notify', ids: ['a', 'b'] },
      { queue: 'waitlist-promote', ids: ['c'] },
    ]);
  });

  it('resolves a job only once its group is completed', async () => {
    let release!: () => void;
    const completed: string[][] = [];
    const completions = new JobCompletions(async (_queue, ids) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      completed.push(ids);
    }, 1);
    let isSettled = false;
    const added = completions.add('notify', 'a').then(() => {
      isSettled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isSettled).toBe(false);
    release();
    await added;
    expect(isSettled).toBe(true);
    expect(completed).toEqual([['a']]);
  });

  it('completes a full group at once, and starts a new group after it', async () => {
    const { calls, complete } = recorder();
    const completions = new JobCompletions(complete, 60_000, 3);
    const full = ['a', 'b', 'c'].map((id) => completions.add('notify', id));
    await Promise.all(full);
    expect(calls).toEqual([{ queue: 'notify', ids: ['a', 'b', 'c'] }]);
    const later = new JobCompletions(complete, 5, 3);
    await later.add('notify', 'd');
    expect(calls.at(-1)).toEqual({ queue: 'notify', ids: ['d'] });
  });

  it('rejects every job of a group whose completion failed, and the next group is tried anew', async () => {
    const failing = recorder('fail');
    const completions = new JobCompletions(failing.complete, 5);
    const results = await Promise.allSettled([
      completions.add('notify', 'a'),
      completions.add('notify', 'b'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await expect(completions.add('notify', 'c')).rejects.toThrow('connection lost');
    expect(failing.calls).toEqual([
      { queue: 'notify', ids: ['a', 'b'] },
      { queue: 'notify', ids: ['c'] },
    ]);
  });
});
