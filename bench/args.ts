/**
 * Benchmark arguments: `--smoke` asks for a short run (CI uses it), and the
 * first plain argument, when given, overrides the size of the run.
 */
export function benchSize(full: number, smoke: number): number {
  const args = process.argv.slice(2)
  const given = args.find((arg) => !arg.startsWith('--'))
  if (given !== undefined) return Number(given)
  return args.includes('--smoke') ? smoke : full
}
