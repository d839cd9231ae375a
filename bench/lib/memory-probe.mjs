// Loaded with `node --expose-gc --import ./bench/lib/memory-probe.mjs <server>` into a server process the bench
// spawns with an IPC channel, so that the server's own memory is measured in the server's own process, whatever the
// server is (the built app's main.js, or the bare baseline). It answers three messages from the bench:
//   { probe: 'snapshot', gc }  -> { probe: 'snapshot', memory }   (after a full GC when gc is true)
//   { probe: 'start', gcEveryMs } -> starts sampling process.memoryUsage() every SAMPLE_MS, and resets the kernel's
//                                 peak-RSS counter (VmHWM) so it covers only what follows; with gcEveryMs, also runs
//                                 a full GC that often and keeps the peak of what survives it (live memory: what the
//                                 server really holds, as against garbage not yet collected)
//   { probe: 'stop' }          -> { probe: 'stop', peak, livePeak, samples, cpuSeconds, kernelPeakRss }
// Sampling runs on the server's own event loop: a loop blocked for longer than SAMPLE_MS misses what happened in
// between, which is why the kernel's high-water mark is reported too (Linux; null elsewhere).
import { readFileSync, writeFileSync } from 'node:fs';

const SAMPLE_MS = 50;
const FIELDS = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'];

const snapshot = () => {
  const usage = process.memoryUsage();
  return Object.fromEntries(FIELDS.map((field) => [field, usage[field]]));
};

/** Resets the kernel's peak RSS of this process to its current RSS (writing 5 to clear_refs). */
function resetKernelPeak() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function kernelPeakRss() {
  try {
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kilobytes ? Number(kilobytes) * 1024 : null;
  } catch {
    return null;
  }
}

if (process.send) {
  let timer = null;
  let gcTimer = null;
  let peak = null;
  let livePeak = null;
  let samples = 0;
  let cpuStart = null;
  let kernelPeakReset = false;

  const sample = () => {
    const now = snapshot();
    samples += 1;
    for (const field of FIELDS) peak[field] = Math.max(peak[field], now[field]);
  };

  process.on('message', (message) => {
    switch (message?.probe) {
      case 'snapshot':
        if (message.gc && typeof globalThis.gc === 'function') globalThis.gc();
        process.send({ probe: 'snapshot', memory: snapshot() });
        break;
      case 'start':
        clearInterval(timer);
        clearInterval(gcTimer);
        kernelPeakReset = resetKernelPeak();
        peak = snapshot();
        livePeak = null;
        samples = 1;
        cpuStart = process.cpuUsage();
        timer = setInterval(sample, SAMPLE_MS);
        if (message.gcEveryMs && typeof globalThis.gc === 'function') {
          livePeak = snapshot();
          gcTimer = setInterval(() => {
            globalThis.gc();
            const live = snapshot();
            for (const field of FIELDS) livePeak[field] = Math.max(livePeak[field], live[field]);
          }, message.gcEveryMs);
        }
        process.send({ probe: 'start' });
        break;
      case 'stop': {
        clearInterval(timer);
        clearInterval(gcTimer);
        sample();
        const cpu = process.cpuUsage(cpuStart);
        process.send({ probe: 'stop', peak, livePeak, samples, cpuSeconds: (cpu.user + cpu.system) / 1e6, kernelPeakRss: kernelPeakReset ? kernelPeakRss() : null });
        break;
      }
    }
  });
  // The channel must not keep a server alive that is shutting down.
  process.channel?.unref();
}
