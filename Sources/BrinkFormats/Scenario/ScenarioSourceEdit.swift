import BrinkCore
import Yams

/// `save` that keeps the file as its author wrote it (issue 12: `save` rewrote the
/// whole file and dropped every comment, including the sourced justification of
/// each number). The values that changed are rewritten where they stand in the
/// text; comments, order, spacing and quoting elsewhere are untouched.
///
/// 1. Check that only values this editor can place changed: the constant of a
///    payoff (what `set payoff` moves), the discount, and a player's logit
///    precision (`ScenarioSourceEdit+Lambda`, for `brink fit --out`). Anything else
///    (another model, a transition, a new key) returns nil, and the caller writes
///    the file in full.
/// 2. Compose the original text with Yams, whose nodes carry their `Mark` (line and
///    column, in Unicode scalars, from 1).
/// 3. For each change, find its node (`discount`, or
///    `states.STATE.payoffs.ROWMOVE[column][player]`); it must be a plain scalar
///    reading as a number. Its new text is the old number plus the change, written
///    as the old one was (a decimal stays a decimal when it can).
/// 4. Replace each scalar's characters at its mark, last first, checking that the
///    text there is the scalar's.
///
/// Postcondition (checked by the caller, `ScenarioSourceEdit.patchedAndChecked`):
/// the patched text reads back to the edited scenario.
public enum ScenarioSourceEdit {
  /// `text` (which reads as `original`) rewritten in place so it reads as `edited`,
  /// or nil when some change cannot be made in place (or the result does not read
  /// back to `edited`).
  public static func patchedAndChecked(_ text: String, original: EscalationScenario,
                                       edited: EscalationScenario) -> String? {
    guard let patched = patch(text, original: original, edited: edited),
      let back = try? ScenarioReader.read(patched, file: "<save>"), back.scenario == edited
    else { return nil }
    return patched
  }

  /// One scalar to rewrite: where it starts, the text there, the new text.
  struct Replacement {
    var line: Int
    var column: Int
    var old: String
    var new: String
  }

  /// Steps 1–4 (see the type's comment), without the read-back check.
  static func patch(_ text: String, original: EscalationScenario, edited: EscalationScenario) -> String? {
    // 1. Only payoff constants, the discount and logit precisions may differ.
    var probe = edited
    probe.discount = original.discount
    guard let lambdas = lambdaChanges(original: original, edited: edited) else { return nil }
    for k in lambdas { probe.behaviours[k].model = original.behaviours[k].model }
    guard probe.states.count == original.states.count else { return nil }
    for s in probe.states.indices {
      guard probe.states[s].outcomes.count == original.states[s].outcomes.count else { return nil }
      for i in probe.states[s].outcomes.indices {
        guard probe.states[s].outcomes[i].count == original.states[s].outcomes[i].count else { return nil }
        for j in probe.states[s].outcomes[i].indices {
          for p in probe.states[s].outcomes[i][j].payoffs.indices {
            probe.states[s].outcomes[i][j].payoffs[p].constant = original.states[s].outcomes[i][j].payoffs[p].constant
          }
        }
      }
    }
    guard probe == original else { return nil }
    // 2. The node tree with marks.
    let text = LineBreaks.normalised(text)
    guard let root = try? Yams.compose(yaml: text, .basic, .default, .utf8) else { return nil }
    // 3. The nodes of the changed values.
    var replacements = [Replacement]()
    if edited.discount != original.discount {
      guard let r = replacement(child(root, "discount"), by: edited.discount - original.discount) else { return nil }
      replacements.append(r)
    }
    for k in lambdas {
      guard case .logit(let lambda) = edited.behaviours[k].model,
        let r = lambdaReplacements(root: root, text: text, player: edited.players[k], original: original.behaviours[k].model,
                                   lambda: lambda)
      else { return nil }
      replacements += r
    }
    // A deadline's round (`S@NAME`) is not in the file: made from `S`, it follows
    // `S`'s changes (the read-back check proves it).
    for (s, state) in edited.states.enumerated() where !EscalationScenario.isDecisionState(state.name) {
      for i in state.outcomes.indices {
        for j in state.outcomes[i].indices {
          for p in state.outcomes[i][j].payoffs.indices {
            let change = state.outcomes[i][j].payoffs[p].constant - original.states[s].outcomes[i][j].payoffs[p].constant
            guard !change.isZero else { continue }
            guard i < state.moves[0].count,
              let table = child(child(child(root, "states"), state.name), "payoffs"),
              let cell = item(item(child(table, state.moves[0][i].name), j), p),
              let r = replacement(cell, by: change)
            else { return nil }
            replacements.append(r)
          }
        }
      }
    }
    // 4. Rewrite.
    return applying(replacements, to: text)
  }

  /// Step 4: each replacement made, last first so earlier marks stay right; nil when
  /// the text at a mark is not the scalar's.
  static func applying(_ replacements: [Replacement], to text: String) -> String? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for r in replacements.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
      guard r.line >= 1, r.line <= lines.count else { return nil }
      var scalars = Array(lines[r.line - 1].unicodeScalars)
      let start = r.column - 1
      let old = Array(r.old.unicodeScalars)
      guard start >= 0, start + old.count <= scalars.count, Array(scalars[start..<start + old.count]) == old else { return nil }
      scalars.replaceSubrange(start..<start + old.count, with: r.new.unicodeScalars)
      var line = String.UnicodeScalarView()
      line.append(contentsOf: scalars)
      lines[r.line - 1] = String(line)
    }
    return lines.joined(separator: "\n")
  }

  /// The value of `key` in a mapping, keys compared as written.
  static func child(_ node: Yams.Node?, _ key: String) -> Yams.Node? {
    guard case .mapping(let mapping)? = node else { return nil }
    return mapping.first { $0.key.scalar?.string == key }?.value
  }

  /// Item `index` of a sequence.
  static func item(_ node: Yams.Node?, _ index: Int) -> Yams.Node? {
    guard case .sequence(let sequence)? = node, index < sequence.count else { return nil }
    return sequence[sequence.index(sequence.startIndex, offsetBy: index)]
  }

  /// The rewrite of a plain number scalar by `change`, or nil when the node is not one.
  static func replacement(_ node: Yams.Node?, by change: Rational) -> Replacement? {
    guard case .scalar(let scalar)? = node, scalar.style == .plain, let mark = scalar.mark,
      let old = Rational(scalar.string)
    else { return nil }
    return Replacement(line: mark.line, column: mark.column, old: scalar.string,
                       new: literal(old + change, like: scalar.string))
  }

  /// `value` written as `previous` was: a decimal as a decimal when it has one of
  /// at most 12 places, otherwise an integer or a fraction `p/q`.
  static func literal(_ value: Rational, like previous: String) -> String {
    if value.isInteger { return value.description }
    if previous.contains(".") || previous.contains("e") || previous.contains("E") {
      let decimal = value.decimalString(places: 12)
      if Rational(decimal) == value { return decimal }
    }
    return value.description
  }
}
