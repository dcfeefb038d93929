/**
 * Time one command as a whole process: wall time from here, CPU time and
 * peak resident memory from the kernel. With GNU time (`/usr/bin/time -v`)
 * the figures come from its report; without it, /proc/<pid>/status is
 * polled for VmHWM (Linux), which can miss a very short peak.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const haveGnuTime = existsSync(GNU_TIME);

/**
 * Run `command args` in `cwd`, output discarded.
 * Resolves { wall, user, sys, rssMb, code }.
 */
export function measure(command, args, { cwd, env } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'guidelint-time-'));
  const report = join(scratch, 'time.txt');
  const [file, argv] = haveGnuTime ? [GNU_TIME, ['-v', '-o', report, command, ...args]] : [command, args];
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    // The tail tells why a tool exited non-zero (its summary line, or the crash).
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-2000);
    });
    let hwm = 0;
    const poll = haveGnuTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {
            // The process has ended between two polls.
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      let user = NaN;
      let sys = NaN;
      let rssKb = hwm;
      let exit = code;
      if (haveGnuTime && existsSync(report)) {
        const text = readFileSync(report, 'utf8');
        user = Number(/User time \(seconds\): ([\d.]+)/.exec(text)?.[1]);
        sys = Number(/System time \(seconds\): ([\d.]+)/.exec(text)?.[1]);
        rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0);
        const status = /Exit status: (\d+)/.exec(text);
        if (status) exit = Number(status[1]);
        const signal = /Command terminated by signal (\d+)/.exec(text);
        if (signal) exit = 128 + Number(signal[1]);
      }
      rmSync(scratch, { recursive: true, force: true });
      resolvePromise({ wall, user, sys, rssMb: rssKb / 1024, code: exit, stderr: exit !== 0 ? stderr.trim().slice(-800) : '' });
    });
  });
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
