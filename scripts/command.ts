// The one way a script runs as a command (`npm run build`, `export`, `preview`, `bench`).
import process from 'node:process'
import { pathToFileURL } from 'node:url'

/**
 * When `moduleUrl` is the file Node was started with, runs `main`: prints what it returns, or only
 * the error's message.
 */
export function runAsCommand(moduleUrl: string, main: () => Promise<string | void>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href)
    return
  main().then(
    message => message && console.log(message),
    (error: Error) => {
      console.error(error.message)
      process.exitCode = 1
    },
  )
}
