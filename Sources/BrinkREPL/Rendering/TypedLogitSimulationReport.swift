import BrinkCore
import BrinkFormats
import Foundation

/// `brink simulate` on a scenario with types whose players all use `logit`: by type
/// profile, where the paths of the logit agent QRE end, simulated beside the solve's
/// answer (`TypedLogitSolution.endStatesByType`, a floating-point fixed point within
/// its stated residual) with the standard error.
public enum TypedLogitSimulationReport {
  struct Row {
    var label: String
    var solved: Double
    var count: Int
    var paths: Int
  }

  static func rows(_ solution: TypedLogitSolution, _ ends: [[[Double]]], _ sim: TypedLogitSimulation, _ a: Int, _ c: Int) -> [Row] {
    let n = sim.paths[a][c]
    return solution.scenario.states.indices.filter { ends[a][c][$0] > 1e-12 || sim.ends[a][c][$0] > 0 }.map {
      Row(label: "ends in \(solution.scenario.states[$0].name)", solved: ends[a][c][$0], count: sim.ends[a][c][$0], paths: n)
    }
  }

  static func fraction(_ r: Row) -> Double { r.paths == 0 ? 0 : Double(r.count) / Double(r.paths) }

  static func standardError(_ r: Row) -> Double {
    r.paths == 0 ? 0 : (max(0, r.solved * (1 - r.solved)) / Double(r.paths)).squareRoot()
  }

  /// Each type profile with its label and prior (as `TypedSimulationReport` lists them).
  static func profiles(_ s: EscalationScenario) -> [(Int, Int, String, Rational)] {
    let types = (0..<2).map { s.typeList(of: $0) }
    var out = [(Int, Int, String, Rational)]()
    for a in types[0].indices {
      for c in types[1].indices {
        let label = (0..<2).filter { types[$0].count > 1 }
          .map { "\(s.players[$0]) \(types[$0][$0 == 0 ? a : c].name)" }.joined(separator: ", ")
        out.append((a, c, label, types[0][a].prior * types[1][c].prior))
      }
    }
    return out
  }

  public static func render(_ doc: ScenarioDocument, solution: TypedLogitSolution, simulation sim: TypedLogitSimulation,
                            file: String, seed: UInt64) -> String {
    let s = solution.scenario
    let ends = solution.endStatesByType()
    var lines = ["\(s.title.isEmpty ? doc.name : s.title) (\(file)): \(sim.completed) paths, seed \(seed)"]
    lines.append("Logit agent quantal response equilibrium, λ: "
      + (0..<2).map { "\(s.players[$0]) \(TypedLogitReport.lambdaText(solution.lambdas[$0]))" }.joined(separator: ", ")
      + "; nature draws the types from the priors, each path plays its types' logit strategies.")
    lines.append(TypedLogitReport.precision(solution))
    for (a, c, label, prior) in profiles(s) {
      lines.append("")
      lines.append("\(label) (prior \(NumberDisplay.prose(prior))): \(sim.paths[a][c]) paths")
      let table = rows(solution, ends, sim, a, c)
      let width = table.map(\.label.count).max() ?? 0
      for r in table {
        let pad = String(repeating: " ", count: width - r.label.count)
        lines.append("  \(r.label)\(pad)  solved \(String(format: "%.4f", r.solved)), simulated \(String(format: "%.4f", fraction(r))) (s.e. \(String(format: "%.4f", standardError(r))))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public static func json(_ doc: ScenarioDocument, solution: TypedLogitSolution, simulation sim: TypedLogitSimulation,
                          file: String, seed: UInt64) -> JSONValue {
    let s = solution.scenario
    let ends = solution.endStatesByType()
    let types = (0..<2).map { s.typeList(of: $0).map(\.name) }
    let groups = profiles(s).map { a, c, _, prior -> JSONValue in
      .object([
        ("types", .array([.string(types[0][a]), .string(types[1][c])])),
        ("prior", .string(prior.description)),
        ("paths", .int(sim.paths[a][c])),
        ("rows", .array(rows(solution, ends, sim, a, c).map { r in
          .object([("what", .string(r.label)), ("solved", .string(String(format: "%.12f", r.solved))), ("count", .int(r.count))])
        })),
      ])
    }
    return .object([
      ("file", .string(file)),
      ("scenario", .string(doc.name)),
      ("solution", .string("logit agent QRE")),
      ("lambda", .array(solution.lambdas.map { .string("\($0)") })),
      ("residual", .string("\(solution.residual)")),
      ("paths", .int(sim.completed)),
      ("seed", .string(String(seed))),
      ("byType", .array(groups)),
    ])
  }
}
