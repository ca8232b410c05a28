// Work that can wait waits for it: the offline cache, and the reading version's slides' code.

/** Resolves once the page has loaded and then fetched nothing more for `ms`. */
export function networkQuiet(ms = 1000): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const observer = new PerformanceObserver(() => restart()) // a resource finished: wait again
    function restart() {
      clearTimeout(timer)
      timer = setTimeout(() => {
        observer.disconnect()
        resolve()
      }, ms)
    }
    const start = () => {
      observer.observe({ type: 'resource' })
      restart()
    }
    if (document.readyState === 'complete')
      start()
    else
      addEventListener('load', start, { once: true })
  })
}
