import Synchronization

/// Answers a `brink` command has written and will not read again, kept until the
/// process exits instead of freed one node at a time: the operating system takes
/// the whole heap back at once. Freeing the solved 2018–19 tariff rounds (12,351
/// nodes, each with its arrays) was a twentieth of `brink solve` (issue 11). Only
/// the one-shot command line keeps anything; the REPL frees as it goes.
enum KeptUntilExit {
  static func keep(_ value: any Sendable) { keptAnswers.withLock { $0.append(value) } }
}

private let keptAnswers = Mutex<[any Sendable]>([])
