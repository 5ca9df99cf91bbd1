/// The default scenario's text, compiled in so `brink` runs anywhere. A test checks
/// it equals Scenarios/us-china-2025-10.yaml; regenerate with `make builtin-scenario`
/// (or copy the file between the `#"""` fences by hand).
enum BuiltInScenario {
  static let file = "<built-in>"
  static let text = #"""
name: placeholder
players:
  A: {moves: {x: }}
  B: {moves: {y: }}
states:
  s:
    moves: {A: [x], B: [y]}
    payoffs: {x: [[0, 0]]}
"""#
}
