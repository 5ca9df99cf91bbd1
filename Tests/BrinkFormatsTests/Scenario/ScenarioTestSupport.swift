import Foundation
import Testing

@testable import BrinkFormats

/// The package's root folder, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The headline of every diagnostic for `yaml` (`t.yaml:line:col: error: …`), in
/// order, or `[]` when it reads clean.
func diagnostics(_ yaml: String) -> [String] {
  do {
    _ = try ScenarioReader.read(yaml, file: "t.yaml")
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}

/// A small valid scenario to break in tests: two players, two active states, a
/// terminal, a variable, a calendar.
let validYAML = """
  name: tiny
  players:
    US:
      moves:
        hold: {posture: hold}
        tariff: {posture: escalate, effects: {tariff: +100}}
    China:
      moves:
        hold:
        enforce: {posture: escalate}
  variables:
    tariff: 57
  calendar: {start: 2025-10-13, step: 7, rounds: 4}
  discount: 0.98
  states:
    standoff:
      moves: {US: [hold, tariff], China: [hold, enforce]}
      payoffs:
        hold: [[0, 0], [-2, 1]]
        tariff: [[1, -2], [-1 - tariff/100, -1]]
      transitions:
        hold/hold: {talks: 1/3, standoff: 2/3}
        tariff/any: crisis
    talks:
      moves: {US: [hold], China: [hold]}
      payoffs: {hold: [[1, 1]]}
      transitions: {hold/hold: deal}
    crisis:
      moves: {US: [hold], China: [hold, enforce]}
      payoffs: {hold: [[0, 0], [-1, 0]]}
      transitions: {any/any: talks}
    deal: {terminal: true, value: [5, 4]}
  """
