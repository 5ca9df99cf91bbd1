import Glibc

/// The async-signal-safe half of `CrashReport`: bytes prepared before each command,
/// and a signal handler that calls only functions POSIX lists as async-signal-safe
/// (`write`, `open`, `fsync`, `close`, `rename`, `sigprocmask`, `sigaction`,
/// `execv`). It allocates nothing and touches no Swift object: only raw pointers and
/// integers set up outside the handler.
enum CrashHandler {
  /// A byte buffer owned by the handler's side, replaced between commands.
  struct Bytes {
    var base: UnsafeMutablePointer<UInt8>?
    var count = 0

    /// Copies `text` in. Called on the main thread between commands, when no worker
    /// thread that could trap is running.
    mutating func set(_ text: String) {
      let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, text.utf8.count))
      var n = 0
      for byte in text.utf8 {
        fresh[n] = byte
        n += 1
      }
      let old = base
      base = fresh
      count = n
      old?.deallocate()
    }
  }

  static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

  nonisolated(unsafe) static var installed = false
  nonisolated(unsafe) static var report = Bytes()
  nonisolated(unsafe) static var recovery = Bytes()
  nonisolated(unsafe) static var savedNote = Bytes()
  nonisolated(unsafe) static var unsavedNote = Bytes()
  nonisolated(unsafe) static var recoveryPath: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) static var recoveryTemporary: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) static var restartProgram: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) static var restartCount = 0
  /// `brink --recover PATH --restarts N`, NULL-terminated, for `execv`.
  nonisolated(unsafe) static var restartArguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  /// The handlers that were in place before ours (the Swift runtime's backtracer, or
  /// the default action), indexed by signal number.
  nonisolated(unsafe) static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
  nonisolated(unsafe) static var entered: sig_atomic_t = 0

  static func install() {
    guard !installed else { return }
    installed = true
    buildRestartArguments()
    useAlternateStack()
    for sig in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = handler
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_ONSTACK
      sigaction(sig, &action, previous + Int(sig))
    }
  }

  /// A stack of its own for the handler, so a stack overflow (SIGSEGV on the guard
  /// page) can still be reported; kept if the runtime already set one up.
  static func useAlternateStack() {
    var current = stack_t()
    guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
    let size = 256 * 1024
    var stack = stack_t()
    stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
    stack.ss_size = size
    stack.ss_flags = 0
    sigaltstack(&stack, nil)
  }

  static func setRecoveryPath(_ path: String) {
    free(recoveryPath)
    free(recoveryTemporary)
    recoveryPath = strdup(path)
    recoveryTemporary = strdup(path + ".tmp-\(getpid())")
    buildRestartArguments()
  }

  static func buildRestartArguments() {
    guard restartProgram != nil else { return }
    if let old = restartArguments {
      for k in 0..<6 { free(old[k]) }
      old.deallocate()
    }
    var words = ["brink"]
    if let path = recoveryPath { words += ["--recover", String(cString: path)] }
    words += ["--restarts", String(restartCount)]
    let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 6)
    argv.initialize(repeating: nil, count: 6)
    for (k, word) in words.enumerated() { argv[k] = strdup(word) }
    restartArguments = argv
  }

  static let handler: @convention(c) (Int32) -> Void = { sig in CrashHandler.handle(sig) }

  static func handle(_ sig: Int32) {
    // A second fault while reporting the first: give up straight away.
    guard entered == 0 else { return handBack(sig) }
    entered = 1
    put("\nbrink: internal error (")
    put(name(of: sig))
    put(") ")
    put(report)
    let recoverySaved = recovery.base != nil && saveRecovery()
    if recovery.base != nil { put(recoverySaved ? savedNote : unsavedNote) }
    // Restart only on the saved file: a restart without it would drop the edits.
    if let program = restartProgram, let argv = restartArguments, recoverySaved || recovery.base == nil {
      var set = sigset_t()
      sigemptyset(&set)
      sigaddset(&set, sig)
      sigprocmask(SIG_UNBLOCK, &set, nil)
      execv(program, argv)
      put("brink: could not restart\n")
    }
    handBack(sig)
  }

  /// Puts the previous handler back and returns: the faulting instruction runs again
  /// (or `abort` raises again) and the previous handler ends the process.
  static func handBack(_ sig: Int32) {
    sigaction(sig, previous + Int(sig), nil)
  }

  /// The temporary-file-and-rename write of `AtomicFile`, with raw calls.
  static func saveRecovery() -> Bool {
    guard let path = recoveryPath, let temporary = recoveryTemporary, let bytes = recovery.base else { return false }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { return false }
    var ok = writeAll(fd, bytes, recovery.count)
    ok = fsync(fd) == 0 && ok
    close(fd)
    ok = ok && rename(temporary, path) == 0
    if !ok { unlink(temporary) }
    return ok
  }

  static func put(_ s: StaticString) { _ = writeAll(2, s.utf8Start, s.utf8CodeUnitCount) }
  static func put(_ b: Bytes) {
    if let base = b.base { _ = writeAll(2, base, b.count) }
  }

  static func writeAll(_ fd: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var done = 0
    while done < count {
      let n = write(fd, bytes + done, count - done)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      done += n
    }
    return true
  }

  static func name(of sig: Int32) -> StaticString {
    switch sig {
    case SIGILL: return "SIGILL: a failed check"
    case SIGTRAP: return "SIGTRAP: a failed check"
    case SIGABRT: return "SIGABRT: aborted"
    case SIGSEGV: return "SIGSEGV: bad memory access"
    case SIGBUS: return "SIGBUS: bad memory access"
    case SIGFPE: return "SIGFPE: arithmetic fault"
    default: return "signal"
    }
  }
}
