#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFile {
  /// A file being written by the rule of `OutputFile`, piece by piece (for output
  /// too large to hold in memory, `simulate --paths-out`): the text is appended to
  /// the temporary file (or straight into a FIFO, a device or standard output), and
  /// reaches the target on `commit()`. A writer dropped without `commit()` removes
  /// its temporary file. Not thread-safe: one writer per thread.
  ///
  /// 1. `init` examines the target and opens the temporary file in its folder (an
  ///    unwritable folder fails at once, before any work), or opens the special
  ///    file.
  /// 2. `write` appends, through a 64 KiB buffer.
  /// 3. `commit` flushes and `fsync`s, then renames over the target or copies into it
  ///    (several hard links); `discard` removes the temporary file.
  public final class Writer {
    /// The path as the user gave it (the one errors name).
    public let path: String
    private let target: OutputTarget
    private var descriptor: Int32 = -1
    private var temporary: String?
    private var buffer: [UInt8] = []
    private var isOpen = true

    nonisolated(unsafe) private static var counter = 0

    public init(path: String) throws(WriteError) {
      _ = OutputFile.fileSizeSignalIgnored
      self.path = path
      target = try OutputTarget.examine(path)
      switch target {
      case .standardOutput:
        descriptor = STDOUT_FILENO
      case .special(let resolved):
        descriptor = Glibc.open(resolved, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(path) }
      case .newFile(let resolved):
        try openTemporary(beside: resolved, like: nil)
      case .regularFile(let resolved, let info):
        try openTemporary(beside: resolved, like: info)
      }
    }

    deinit { discard() }

    /// Appends `text`; on failure the temporary file is removed.
    public func write(_ text: String) throws(WriteError) {
      guard isOpen else { throw WriteError(path: path, reason: "the file is already closed") }
      buffer.append(contentsOf: text.utf8)
      if buffer.count >= 1 << 16 { try flush() }
    }

    /// Puts the text in place (see the type's steps).
    public func commit() throws(WriteError) {
      guard isOpen else { throw WriteError(path: path, reason: "the file is already closed") }
      try flush()
      switch target {
      case .standardOutput:
        isOpen = false
      case .special:
        close(descriptor)
        isOpen = false
      case .newFile(let resolved):
        try finishTemporary()
        try rename(to: resolved)
      case .regularFile(let resolved, let info):
        try finishTemporary()
        if info.st_nlink > 1 { try copyInPlace(to: resolved) } else { try rename(to: resolved) }
      }
    }

    /// Closes and removes the temporary file; the target is untouched.
    public func discard() {
      guard isOpen else { return }
      isOpen = false
      if descriptor >= 0 && descriptor != STDOUT_FILENO { close(descriptor) }
      descriptor = -1
      if let temporary { unlink(temporary) }
    }

    // MARK: Steps

    private func openTemporary(beside resolved: String, like info: stat?) throws(WriteError) {
      Self.counter += 1
      let name = "\(OutputTarget.folder(of: resolved)).\(OutputTarget.name(of: resolved)).\(getpid()).\(Self.counter).tmp"
      descriptor = Glibc.open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      guard descriptor >= 0 else { throw .system(path) }
      temporary = name
      if let info {
        // Owner first (it may clear set-id bits), then the mode. Changing the owner
        // is allowed only to root or to the owner keeping their own file: a failure
        // leaves the file ours, as any editor's save does.
        _ = fchown(descriptor, info.st_uid, info.st_gid)
        guard fchmod(descriptor, info.st_mode & 0o7777) == 0 else { throw fail() }
      }
    }

    private func flush() throws(WriteError) {
      guard !buffer.isEmpty else { return }
      let ok = buffer.withUnsafeBytes { Self.writeAll(descriptor, $0) }
      buffer.removeAll(keepingCapacity: true)
      guard ok else { throw fail() }
    }

    private func finishTemporary() throws(WriteError) {
      guard fsync(descriptor) == 0 else { throw fail() }
      close(descriptor)
      descriptor = -1
    }

    private func rename(to resolved: String) throws(WriteError) {
      guard let temporary, Glibc.rename(temporary, resolved) == 0 else { throw fail() }
      isOpen = false
    }

    /// Copies the complete temporary file into the target (truncated first), so
    /// the hard links all see it; then removes the copy.
    private func copyInPlace(to resolved: String) throws(WriteError) {
      guard let temporary else { return }
      let source = Glibc.open(temporary, O_RDONLY | O_CLOEXEC)
      guard source >= 0 else { throw fail() }
      defer { close(source) }
      let destination = Glibc.open(resolved, O_WRONLY | O_TRUNC | O_CLOEXEC)
      guard destination >= 0 else { throw fail() }
      defer { close(destination) }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let n = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n >= 0 else { throw fail() }
        if n == 0 { break }
        guard chunk.withUnsafeBytes({ Self.writeAll(destination, UnsafeRawBufferPointer(rebasing: $0[0..<n])) }) else {
          throw fail()
        }
      }
      guard fsync(destination) == 0 else { throw fail() }
      discard()
    }

    /// The error of the last system call, after removing the temporary file.
    private func fail() -> WriteError {
      let error = WriteError.system(path)
      discard()
      return error
    }

    /// Writes every byte (retrying after signals and short writes).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        offset += n
      }
      return true
    }
  }
}
