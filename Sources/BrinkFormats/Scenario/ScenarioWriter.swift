import BrinkCore
import Foundation

/// Writes files safely and scenarios back as YAML. (The YAML writer is in
/// `ScenarioWriter+YAML.swift`.)
public enum ScenarioWriter {
  /// Writes `text` to `path` atomically: to a temporary file in the same folder,
  /// then renamed over the target, so a reader never sees half a file and a crash
  /// never leaves one behind. (`OutputFile` does it; every writer shares it.)
  public static func writeAtomically(_ text: String, to path: String) throws {
    try OutputFile.write(text, to: path)
  }
}
