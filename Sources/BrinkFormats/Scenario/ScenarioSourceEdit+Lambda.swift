import BrinkCore
import Yams

/// In-place edits of a player's logit precision (`brink fit --out`): the fitted λ
/// written into the file as its author wrote it, comments kept.
///
/// A player whose model changes to `.logit(λ)` is rewritten where it stands in
/// `behaviour:`:
/// - already `model: logit`: the `lambda` number is replaced;
/// - `model: equilibrium` with `select: X`: `equilibrium` becomes `logit`, and the
///   `select: X` pair becomes `lambda: λ` in the same place;
/// - `model: equilibrium` alone: `equilibrium` becomes `logit, lambda: λ` in a flow
///   mapping (`{model: equilibrium}`), or `logit` followed by a `lambda: λ` line at
///   the same indentation in a block mapping.
/// Any other change of model (or a player with no entry in `behaviour:`) is not
/// made in place: `patch` returns nil and the caller writes the file in full.
extension ScenarioSourceEdit {
  /// The players (indices) whose model differs, when every such change is to
  /// logit from an optimising model; nil when some other change is among them.
  static func lambdaChanges(original: EscalationScenario, edited: EscalationScenario) -> [Int]? {
    var changed = [Int]()
    for k in edited.behaviours.indices where edited.behaviours[k].model != original.behaviours[k].model {
      guard case .logit = edited.behaviours[k].model, original.behaviours[k].model.isStrategic else { return nil }
      changed.append(k)
    }
    return changed
  }

  /// The replacements that make player `k`'s behaviour `.logit(lambda)`, or nil.
  static func lambdaReplacements(root: Yams.Node, text: String, player: String, original: ChoiceModel,
                                 lambda: Double) -> [Replacement]? {
    guard case .mapping(let body)? = child(child(root, "behaviour"), player),
      let modelValue = scalarNode(child(.mapping(body), "model"))
    else { return nil }
    let literal = lambdaLiteral(lambda)
    func key(_ name: String) -> Yams.Node.Scalar? { body.first { $0.key.scalar?.string == name }?.key.scalar }
    if case .logit = original {
      guard let value = scalarNode(child(.mapping(body), "lambda")), let r = plain(value, literal) else { return nil }
      return [r]
    }
    guard let model = plain(modelValue, "logit") else { return nil }
    if let selectKey = key("select"), let selectValue = scalarNode(child(.mapping(body), "select")) {
      guard let k = plain(selectKey, "lambda"), let v = plain(selectValue, literal) else { return nil }
      return [model, k, v]
    }
    if isFlow(body, in: text) { return [plain(modelValue, "logit, lambda: \(literal)")].compactMap { $0 } }
    guard let modelKey = key("model"), let mark = modelKey.mark else { return nil }
    let indent = String(repeating: " ", count: mark.column - 1)
    return [plain(modelValue, "logit\n\(indent)lambda: \(literal)")].compactMap { $0 }
  }

  /// λ as written in the file: the shortest decimal (up to 12 places) that reads
  /// back to the same `Double` through `Rational`, as the reader reads it (the
  /// caller rounds λ first, so this is short); else the 12-place decimal, which the
  /// read-back check then refuses.
  static func lambdaLiteral(_ lambda: Double) -> String {
    for places in 0...12 {
      let text = Rational(approximating: lambda).decimalString(places: places)
      if let r = Rational(text), r.doubleValue == lambda { return text }
    }
    return Rational(approximating: lambda).decimalString(places: 12)
  }

  /// Whether `mapping` is written `{…}`: the character at its mark (the parser
  /// does not keep the style it read).
  private static func isFlow(_ mapping: Yams.Node.Mapping, in text: String) -> Bool {
    guard let mark = mapping.mark else { return false }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard mark.line >= 1, mark.line <= lines.count else { return false }
    let scalars = Array(lines[mark.line - 1].unicodeScalars)
    return mark.column >= 1 && mark.column <= scalars.count && scalars[mark.column - 1] == "{"
  }

  private static func scalarNode(_ node: Yams.Node?) -> Yams.Node.Scalar? {
    guard case .scalar(let s)? = node else { return nil }
    return s
  }

  /// A plain scalar replaced by `text`.
  private static func plain(_ scalar: Yams.Node.Scalar, _ text: String) -> Replacement? {
    guard scalar.style == .plain, let mark = scalar.mark else { return nil }
    return Replacement(line: mark.line, column: mark.column, old: scalar.string, new: text)
  }
}
