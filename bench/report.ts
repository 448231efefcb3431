// What every benchmark report states: the machine it ran on, and figures rounded for reading.
import { availableParallelism, cpus, totalmem } from 'node:os';

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function machineOf() {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    platform: `${process.platform} ${process.arch}`,
  };
}
