import BrinkCore
import Foundation

/// Writes files safely and scenarios back as YAML. (The YAML writer is in
/// `ScenarioWriter+YAML.swift`.)
public enum ScenarioWriter {
  /// Writes `text` to `path` atomically: to a temporary file in the same folder,
  /// then renamed over the target, so a reader never sees half a file and a crash
  /// never leaves one behind.
  public static func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temp)
      if rename(temp.path, url.path) != 0 {
        let code = errno
        throw NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                      userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
      }
    } catch {
      try? FileManager.default.removeItem(at: temp)
      throw error
    }
  }
}
