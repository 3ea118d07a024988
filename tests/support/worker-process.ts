import { type ChildProcess, spawn } from 'node:child_process'

/**
 * The job worker as its own process, exactly as `npm run worker` runs it,
 * for crash tests; `killAll` reaps whatever is still running.
 */
export function workerProcesses() {
  const children = new Set<ChildProcess>()
  return {
    start(env: Record<string, string>): ChildProcess {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'worker'], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      children.add(child)
      child.once('exit', () => children.delete(child))
      return child
    },
    killAll(): void {
      for (const child of children) child.kill('SIGKILL')
    },
  }
}
