import BrinkCore

extension CLI {
  /// The run control of one standalone command, built first thing (before any file
  /// is read, so `--timeout` covers the whole command): the deadline, Ctrl-C
  /// (`Interrupt`, installed here and given back its default action by `finish`),
  /// and a progress bar on standard error that shows after a second of work.
  public final class Run {
    public let deadline: Deadline?
    let bar: ProgressBar
    /// What the command passes to every long operation.
    public let control: RunControl

    /// - Parameters:
    ///   - timeout: `--timeout SECONDS`, if given.
    ///   - label: the progress bar's label (`simulating`).
    ///   - catchesInterrupt: false for a command with no long work to stop (`check`),
    ///     which Ctrl-C then ends at once, as it would any program.
    public init(timeout: Double?, label: String = "", catchesInterrupt: Bool = true) {
      deadline = timeout.map { Deadline(seconds: $0) }
      if catchesInterrupt { Interrupt.install() }
      bar = ProgressBar(label: label, delay: 1)
      control = .command(deadline: deadline, progress: bar)
    }

    /// Why the command should stop, asked directly (not through `control`, so the
    /// test hook does not take this look for the command's first poll).
    public var stop: RunControl.Stop? {
      if Interrupt.isRequested { return .interrupted }
      if let deadline, deadline.expired { return .timedOut }
      return nil
    }

    /// Erases the progress bar.
    func clearProgress() { bar.finish() }

    /// Erases the bar and gives SIGINT its default action back.
    public func finish() {
      bar.finish()
      Interrupt.restore()
    }

    /// The failure of a stopped command: `brink: error: timed out after N s` and
    /// status 124, or `brink: interrupted` and status 130; `detail` is appended
    /// (`: reporting the 10 paths completed of 100`).
    func failure(_ stop: RunControl.Stop, detail: String = "") -> Failure {
      switch stop {
      case .timedOut: return Failure(status: stop.exitStatus, message: "brink: error: \(deadline!.message)\(detail)")
      case .interrupted: return Failure(status: stop.exitStatus, message: "brink: interrupted\(detail)")
      }
    }

    /// Throws the failure of a stopped command; returns when it was not stopped.
    func throwIfStopped(detail: String = "") throws(Failure) {
      if let stop { throw failure(stop, detail: detail) }
    }
  }
}
