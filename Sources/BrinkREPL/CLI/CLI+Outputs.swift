import BrinkFormats

extension CLI {
  /// Refuses, before any work, a command whose outputs (`--out`, `--svg`,
  /// `--paths-out`: role and path, nil when not given) name one of its inputs or
  /// each other (`OutputFile.checkDistinct`).
  static func checkOutputs(_ outputs: [(String, String?)], inputs: [String]) throws(Failure) {
    let named = outputs.compactMap { role, path in path.map { OutputFile.Named($0, as: role) } }
    do {
      try OutputFile.checkDistinct(outputs: named, inputs: inputs)
    } catch {
      diagnose("\(error.path): error: \(error.reason)")
      throw .failed
    }
  }
}
