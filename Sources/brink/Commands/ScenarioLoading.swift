import ArgumentParser
import BrinkFormats
import Foundation

/// Reading the scenario a command names (or the built-in default), printing every
/// diagnostic to standard error and exiting 1 when it does not read.
enum ScenarioLoading {
  static func load(_ file: String?) throws -> ScenarioDocument {
    guard let file else { return ScenarioReader.builtIn() }
    do {
      return try ScenarioReader.read(contentsOf: file)
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(1)
    }
  }
}
