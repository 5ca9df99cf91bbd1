import BrinkCore
import Yams

/// One entry of `priors:` as written (Docs/scenario-format.md, "priors").
struct PriorSyntax {
  /// `discount`, `tremble China`, … (`ScenarioDocument.parameter`).
  var parameter: Located<String>
  /// `prior: [lo, hi]`.
  var range: (lo: Located<Rational>, hi: Located<Rational>)?
  /// `prior: {value: probability, …}`, in file order.
  var discrete: [(value: Located<Rational>, probability: Located<Rational>)]?
  var note: String?
  var location: SourceLocation
}

/// `priors:`: a list of `{parameter: NAME, prior: [lo, hi] | {value: probability, …}, note: TEXT}`.
/// Only shapes are read here; names, the point and the ranges are checked after the
/// model is built (`ScenarioReader.withPriors`).
extension ScenarioParser {
  func parsePriors(_ node: Yams.Node) -> [PriorSyntax] {
    guard let items = read.list(node, for: "'priors'") else { return [] }
    return items.compactMap { item in
      guard let f = read.mapping(item, for: "a prior", allowed: ["parameter", "prior", "note"], required: ["parameter", "prior"]),
        let parameter = f["parameter"].flatMap({ read.string($0, for: "the parameter of a prior") }),
        let body = f["prior"]
      else { return nil }
      var p = PriorSyntax(parameter: parameter, location: read.location(item))
      p.note = f["note"].flatMap { read.string($0, for: "the note of a prior")?.value }
      let what = "the prior of '\(parameter.value)'"
      switch body {
      case .sequence(let list) where list.count == 2:
        guard let lo = read.rational(list[0], for: what), let hi = read.rational(list[1], for: what) else { return nil }
        p.range = (lo, hi)
      case .mapping(let m) where m.count > 0:
        var entries = [(value: Located<Rational>, probability: Located<Rational>)]()
        for (k, v) in m {
          guard let value = read.rational(k, for: "a value of \(what)"),
            let probability = read.probability(v, for: "the probability of \(value.value) in \(what)")
          else { continue }
          entries.append((value, probability))
        }
        guard entries.count == m.count else { return nil }
        p.discrete = entries
      default:
        read.typeError(body, expected: "a range [lo, hi] or a mapping {value: probability, ...}", for: what)
        return nil
      }
      return p
    }
  }
}
