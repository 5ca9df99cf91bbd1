/// Scenario YAML made from the fuzzer's bytes: the structure-aware half of the
/// scenario target. Random bytes rarely get past the YAML parser and the key
/// checks; these files are valid-ish by construction (the keys of
/// Docs/scenario-format.md, small tables mostly of the right shape, names mostly
/// declared), so the validator, the condition checker, the probability-range check
/// and, for the files that read, the solver, the compiler and the simulator are
/// reached on every run. The REPL target starts some of its sessions on one too. Each choice takes a byte (`FuzzBytes`), so libFuzzer's
/// mutations change one part of the structure at a time; a few choices are
/// deliberately wrong (a misspelt name, a row too short) to reach the diagnostics.
public struct ScenarioGenerator {
  /// The bytes not used yet: after `yaml()`, what follows the scenario (the REPL
  /// target reads its commands from there).
  public var input: FuzzBytes
  var lines: [String] = []
  var moves: [[String]] = []
  var variables: [String] = []
  var states: [String] = []
  var terminal: [Bool] = []
  var dated = false

  static let players = ["US", "China"]
  static let moveNames = ["hold", "tariff", "talk", "enforce", "wait"]
  static let numbers = ["0", "1", "-1", "2", "-3", "1/3", "2.5", "-1/2", "1e-3", "10", "100"]
  static let probabilities = ["0", "1", "1/2", "1/3", "2/3", "1/10", "9/10", "0.25"]
  static let dates = ["2025-01-06", "2025-01-13", "2025-01-20", "2025-02-03", "2025-03-31", "2024-12-30"]
  static let models = ["equilibrium", "logit", "fixed", "tit-for-tat", "grim-trigger", "generous-tit-for-tat", "script"]
  static let selections = ["risk-dominant", "payoff-dominant", "mixed"]

  public init(_ input: FuzzBytes) { self.input = input }

  /// The whole file.
  public mutating func yaml() -> String {
    lines = ["format: brink-scenario/1", "name: generated"]
    if input.chance(2) { lines.append("discount: \(input.pick(["1", "0.9", "1/2", "99/100"]))") }
    playersSection()
    variablesSection()
    calendarSection()
    statesSection()
    if dated && input.chance(3) { eventsSection() }
    if input.chance(3) { shocksSection() }
    behaviourSection()
    if input.chance(1) { scriptSection() }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Names, mostly right

  mutating func name(_ declared: [String], wrong: String) -> String {
    declared.isEmpty || input.int(in: 0...31) == 0 ? wrong : input.pick(declared)
  }

  mutating func state() -> String { name(states, wrong: "nowhere") }
  mutating func variable() -> String { name(variables, wrong: "unknown") }
  mutating func date() -> String { input.pick(Self.dates) }

  /// A payoff: a number or an affine expression of the variables.
  mutating func payoff() -> String {
    guard !variables.isEmpty, input.chance(2) else { return input.pick(Self.numbers) }
    return "\"\(input.pick(Self.numbers)) \(input.pick(["+", "-"])) \(variable())/\(input.pick(["2", "10", "100"]))\""
  }

  mutating func effect() -> String {
    "\(variable()): \(input.pick(["+", "-", "="]))\(input.pick(["0", "1", "5", "1/2"]))"
  }

  mutating func condition() -> String {
    if dated && input.chance(4) { return "\"date \(input.pick(["<", ">=", "=="])) \(date())\"" }
    guard !variables.isEmpty else { return "\"1 > 0\"" }
    let first = "\(variable()) \(input.pick(["<", "<=", ">", ">=", "==", "!="])) \(input.pick(Self.numbers))"
    return input.chance(2) ? "\"\(first) \(input.pick(["and", "or"])) not \(variable()) == 0\"" : "\"\(first)\""
  }

  // MARK: Sections

  mutating func playersSection() {
    lines.append("players:")
    for player in Self.players {
      lines.append("  \(player):")
      lines.append("    moves:")
      let count = input.int(in: 1...3)
      var names: [String] = []
      for m in Self.moveNames.indices.prefix(count) {
        let move = Self.moveNames[(m + input.int(in: 0...4)) % Self.moveNames.count]
        if names.contains(move) && !input.chance(1) { continue }
        names.append(move)
        lines.append("      \(move): {posture: \(input.pick(["hold", "escalate"]))}")
      }
      moves.append(names)
    }
  }

  mutating func variablesSection() {
    let count = input.int(in: 0...2)
    guard count > 0 else { return }
    variables = Array(["risk", "tariff"].prefix(count))
    lines.append("variables:")
    for v in variables { lines.append("  \(v): \(input.pick(Self.numbers))") }
  }

  mutating func calendarSection() {
    switch input.int(in: 0...3) {
    case 0: return
    case 1: lines.append("calendar: {rounds: \(input.int(in: 1...8))}")
    case 2:
      dated = true
      lines.append("calendar: {start: 2025-01-06, step: \(input.pick(["1", "7", "14", "30"])), rounds: \(input.int(in: 1...10))}")
    default:
      dated = true
      lines.append("calendar: {start: 2025-01-06, step: 7, end: \(date())}")
    }
  }

  mutating func statesSection() {
    let count = input.int(in: 1...4)
    states = (0..<count).map { "s\($0)" }
    terminal = states.indices.map { $0 > 0 && input.chance(2) }
    lines.append("states:")
    for (i, name) in states.enumerated() {
      lines.append("  \(name):")
      if terminal[i] {
        lines.append("    terminal: true")
        if input.chance(4) { lines.append("    value: [\(payoff()), \(payoff())]") }
        continue
      }
      let here = moves.map { Array($0.prefix(input.int(in: 1...max(1, $0.count)))) }
      if input.chance(1) { lines.append("    order: \(input.pick(Self.players))") }
      lines.append("    moves: {US: [\(here[0].joined(separator: ", "))], China: [\(here[1].joined(separator: ", "))]}")
      lines.append("    payoffs:")
      for row in here[0] {
        let columns = here[1].count - (input.int(in: 0...31) == 0 ? 1 : 0)
        let cells = (0..<max(columns, 0)).map { _ in "[\(payoff()), \(payoff())]" }
        lines.append("      \(row): [\(cells.joined(separator: ", "))]")
      }
      if input.chance(5) { transitions(here) }
      if input.chance(1) && !variables.isEmpty {
        lines.append("    effects: {\(input.pick(here[0]))/any: {\(effect())}}")
      }
      if i > 0 && input.chance(1) {
        lines.append("    available_when: \(condition())")
        lines.append("    otherwise: \(state())")
      }
    }
  }

  mutating func transitions(_ here: [[String]]) {
    lines.append("    transitions:")
    for _ in 0..<input.int(in: 1...3) {
      let key = "\(input.pick(here[0] + ["any"]))/\(input.pick(here[1] + ["any"]))"
      lines.append("      \(key): \(next())")
    }
  }

  /// A state, a distribution or a conditional.
  mutating func next() -> String {
    switch input.int(in: 0...3) {
    case 0, 1: return state()
    case 2:
      let p = input.pick(Self.probabilities)
      if !variables.isEmpty && input.chance(2) {
        return "{\(state()): \"1/2 + \(variable())/100\", \(state()): \"1/2 - \(variable())/100\"}"
      }
      // Mostly a distribution that sums to 1; sometimes one that does not.
      let rest = input.int(in: 0...7) == 0 ? input.pick(Self.probabilities) : "\"1 - \(p)\""
      return "{\(state()): \(p), \(state()): \(rest)}"
    default:
      return "{when: \(condition()), to: \(state()), else: \(state())}"
    }
  }

  mutating func eventsSection() {
    lines.append("events:")
    for n in 0..<input.int(in: 1...2) {
      var entry = "  - {name: e\(n), date: \(date())"
      if input.chance(5) { entry += ", goto: \(state())" }
      if input.chance(4) && !variables.isEmpty { entry += ", effects: {\(effect())}" }
      if input.chance(2) { entry += ", when: \(condition())" }
      lines.append(entry + "}")
    }
  }

  mutating func shocksSection() {
    lines.append("shocks:")
    for n in 0..<input.int(in: 1...2) {
      var entry = "  - {name: k\(n), probability: \(input.pick(Self.probabilities))"
      if input.chance(6) { entry += ", goto: \(state())" }
      if input.chance(3) && !variables.isEmpty { entry += ", effects: {\(effect())}" }
      if input.chance(2) { entry += ", from: [\(state())]" }
      if dated && input.chance(2) { entry += ", window: [\(date()), \(date())]" }
      if input.chance(1) { entry += ", when: \(condition())" }
      lines.append(entry + "}")
    }
  }

  mutating func behaviourSection() {
    guard input.chance(6) else { return }
    lines.append("behaviour:")
    for (p, player) in Self.players.enumerated() {
      let model = input.pick(Self.models)
      var entry = "  \(player): {model: \(model)"
      switch model {
      case "equilibrium": entry += ", select: \(input.pick(Self.selections))"
      case "logit": entry += ", lambda: \(input.pick(["0", "1", "2", "50"]))"
      case "generous-tit-for-tat": entry += ", forgiveness: \(input.pick(Self.probabilities))"
      case "fixed" where input.chance(4) && !moves[p].isEmpty:
        entry += ", mix: {\(states[0]): {\(moves[p][0]): 1}}"
      default: break
      }
      if input.chance(2) { entry += ", tremble: \(input.pick(["0", "1/100", "1/2"]))" }
      lines.append(entry + "}")
    }
  }

  mutating func scriptSection() {
    lines.append("script:")
    for round in 1...input.int(in: 1...3) {
      var entry = "  - {round: \(round), source: generated"
      if input.chance(4) { entry += ", state: \(state())" }
      for (p, player) in Self.players.enumerated() where input.chance(5) && !moves[p].isEmpty {
        entry += ", \(player): \(input.pick(moves[p]))"
      }
      lines.append(entry + "}")
    }
  }
}
