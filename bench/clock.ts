// One call timed both ways, in ms: by the wall clock, and by this process's CPU time (process.cpuUsage, user +
// system), which does not count the time the call waits for a core on a machine shared with other work.
import { performance } from 'node:perf_hooks';

export function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
