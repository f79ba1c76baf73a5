// CPU time of other processes on this machine, read from Linux /proc (benchmarks only).
import fs from 'node:fs';

/**
 * CPU ms (user + system) used so far by the processes whose name passes `classify`, summed per
 * class: `classify(comm)` returns a class name or null. Null when /proc cannot be read.
 */
export function processCpuMs(classify) {
  let pids = [];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const out = {};
  for (const pid of pids) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const which = classify(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    if (!which) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out[which] = (out[which] ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10; // 10 ms ticks
  }
  return out;
}
