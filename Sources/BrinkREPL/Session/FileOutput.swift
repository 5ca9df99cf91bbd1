import BrinkFormats

/// Writing files so they are never left half-written, through the one shared
/// writer, `AtomicFile` (a temporary file in the same folder, renamed over the target).
enum FileOutput {
  static func writeAtomically(_ text: String, to path: String) throws(CommandError) {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw CommandError("cannot write '\(path)': \(error.reason)")
    }
  }
}
