import Foundation

/// A progress bar on standard error, shown only when standard error is a terminal
/// and the work has already lasted a second (short runs print nothing), redrawn at
/// most ten times a second, and erased when done.
final class ProgressBar {
  private let label: String
  private let start = Date()
  private var lastDraw = Date.distantPast
  private var drawn = false
  private let enabled = isatty(STDERR_FILENO) == 1

  init(label: String) { self.label = label }

  func update(done: Int, total: Int) {
    guard enabled, total > 0 else { return }
    let now = Date()
    guard now.timeIntervalSince(start) >= 1, now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    let width = 30
    let filled = min(width, done * width / total)
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let line = "\r\(label) [\(bar)] \(done * 100 / total)% \(done)/\(total)"
    FileHandle.standardError.write(Data(line.utf8))
    drawn = true
  }

  func finish() {
    guard drawn else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    drawn = false
  }
}

/// Ctrl-C (SIGINT) as a flag the long-running loops poll through their
/// `shouldContinue`: the first Ctrl-C stops the run cleanly so what was done is
/// reported; once the run is over the default handler is restored.
enum Interrupt {
  nonisolated(unsafe) private static var received: sig_atomic_t = 0

  static func install() {
    received = 0
    signal(SIGINT) { _ in Interrupt.received = 1 }
    // A parent may have started us with SIGINT blocked (the mask is inherited).
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  static func restore() { signal(SIGINT, SIG_DFL) }

  static var wasReceived: Bool { received != 0 }
}
