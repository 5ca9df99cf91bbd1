import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reading a child's pipe without Foundation's `FileHandle` reads, which trap
/// (`try!`) when a read is interrupted by a signal (EINTR): the test process gets
/// signals while children start and end around it, and one such trap ended a whole
/// test run. These retry on EINTR, as POSIX asks.
enum PipeReading {
  /// What is there now, at least one byte, blocking until then; empty at end of file.
  static func some(_ handle: FileHandle) -> Data {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = read(handle.fileDescriptor, &buffer, buffer.count)
      if n >= 0 { return Data(buffer[0..<n]) }
      if errno != EINTR { return Data() }
    }
  }

  /// Everything until end of file.
  static func all(_ handle: FileHandle) -> Data {
    var data = Data()
    while true {
      let chunk = some(handle)
      if chunk.isEmpty { return data }
      data.append(chunk)
    }
  }
}
