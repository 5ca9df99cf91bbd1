import BrinkCore
import BrinkFormats
import Foundation

/// `brink simulate` on a scenario with types: by type profile, where the paths end
/// and how often bluffs are made and called, simulated beside the exact answer
/// (`TypedSolution.endStatesByType`, `bluffsByType`) with the standard error.
public enum TypedSimulationReport {
  struct Row {
    var label: String
    var exact: Rational
    var count: Int
    var paths: Int
  }

  static func profiles(_ solution: TypedSolution) -> [(Int, Int, String, Rational)] {
    let s = solution.scenario
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

  static func rows(_ solution: TypedSolution, _ sim: TypedSimulation, _ a: Int, _ c: Int) -> [Row] {
    let exact = solution.endStatesByType()[a][c]
    let bluffs = solution.bluffsByType()
    let n = sim.paths[a][c]
    var rows = solution.scenario.states.indices.filter { exact[$0] != .zero || sim.ends[a][c][$0] > 0 }.map {
      Row(label: "ends in \(solution.scenario.states[$0].name)", exact: exact[$0], count: sim.ends[a][c][$0], paths: n)
    }
    rows.append(Row(label: "bluffs", exact: bluffs.made[a][c], count: sim.bluffsMade[a][c], paths: n))
    rows.append(Row(label: "bluffs called", exact: bluffs.called[a][c], count: sim.bluffsCalled[a][c], paths: n))
    return rows
  }

  static func fraction(_ r: Row) -> Double { r.paths == 0 ? 0 : Double(r.count) / Double(r.paths) }

  static func standardError(_ r: Row) -> Double {
    let p = r.exact.doubleValue
    return r.paths == 0 ? 0 : (p * (1 - p) / Double(r.paths)).squareRoot()
  }

  public static func render(_ doc: ScenarioDocument, solution: TypedSolution, simulation sim: TypedSimulation,
                            file: String, seed: UInt64) -> String {
    let s = solution.scenario
    var lines = ["\(s.title.isEmpty ? doc.name : s.title) (\(file)): \(sim.completed) paths, seed \(seed)"]
    lines.append("Perfect Bayesian equilibrium; nature draws the types from the priors, each path plays its types' strategies.")
    for (a, c, label, prior) in profiles(solution) {
      lines.append("")
      lines.append("\(label) (prior \(NumberDisplay.prose(prior))): \(sim.paths[a][c]) paths")
      let table = rows(solution, sim, a, c)
      let width = table.map(\.label.count).max() ?? 0
      for r in table {
        let pad = String(repeating: " ", count: width - r.label.count)
        lines.append("  \(r.label)\(pad)  exact \(NumberDisplay.prose(r.exact)), simulated \(String(format: "%.4f", fraction(r))) (s.e. \(String(format: "%.4f", standardError(r))))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  public static func json(_ doc: ScenarioDocument, solution: TypedSolution, simulation sim: TypedSimulation,
                          file: String, seed: UInt64) -> JSONValue {
    let s = solution.scenario
    let types = (0..<2).map { s.typeList(of: $0).map(\.name) }
    let groups = profiles(solution).map { a, c, _, prior -> JSONValue in
      .object([
        ("types", .array([.string(types[0][a]), .string(types[1][c])])),
        ("prior", .string(prior.description)),
        ("paths", .int(sim.paths[a][c])),
        ("rows", .array(rows(solution, sim, a, c).map { r in
          .object([("what", .string(r.label)), ("exact", .string(r.exact.description)), ("count", .int(r.count))])
        })),
      ])
    }
    return .object([
      ("file", .string(file)),
      ("scenario", .string(doc.name)),
      ("solution", .string("perfect Bayesian")),
      ("paths", .int(sim.completed)),
      ("seed", .string(String(seed))),
      ("byType", .array(groups)),
    ])
  }
}
