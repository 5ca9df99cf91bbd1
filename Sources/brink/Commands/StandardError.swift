import Foundation

/// Writes a line to standard error (diagnostics and usage errors go there, so
/// that standard output stays clean for reports and JSON).
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
