import BrinkCore
import BrinkFormats

/// Unsaved edits: what `load` would throw away (issue 12: it discarded them
/// without a word).
extension Session {
  /// Whether the loaded game has edits (`set`) not yet written by `save`: a
  /// scenario differs from the file as loaded or last saved, a plain game from the
  /// game as loaded. Play is not an edit.
  var hasUnsavedEdits: Bool {
    switch loaded {
    case .game(let original, let edited): return edited != original
    case .scenario(let original, let edited, _): return edited.scenario != (savedScenario ?? original.scenario)
    }
  }

  /// Lets `load TARGET` go ahead over unsaved edits only when the user says so:
  /// asked on a terminal (`confirm`), refused in a script, where `load --discard`
  /// says so in advance. Either way `undo` after the load brings the edits back.
  func mayDiscardEdits(loading target: String) throws(CommandError) {
    guard hasUnsavedEdits else { return }
    let what = document == nil ? "\(name) has edits" : "\(name) has edits not saved"
    let keep = document == nil ? "'export nfg FILE' keeps them" : "'save FILE' keeps them"
    guard let confirm else {
      throw CommandError("\(what); not loading \(target) over them in a script",
                         notes: ["\(keep); 'load --discard \(target)' loads anyway"])
    }
    guard confirm("\(what). Discard them and load \(target)? ('undo' brings them back) [y/N] ") else {
      throw CommandError("not loaded; \(name) and its edits are kept", notes: ["\(keep); 'load --discard \(target)' loads without asking"])
    }
  }
}

extension Session {
  /// What `save` writes for `doc`: the text as loaded or last saved with only the
  /// changed values rewritten (`inPlace`), when that can be done
  /// (`ScenarioSourceEdit`); otherwise the whole scenario as YAML.
  func savedText(of doc: ScenarioDocument) -> (text: String, inPlace: Bool) {
    if let sourceText, case .scenario(let original, _, _) = loaded,
      let patched = ScenarioSourceEdit.patchedAndChecked(sourceText, original: savedScenario ?? original.scenario,
                                                         edited: doc.scenario)
    {
      return (patched, true)
    }
    return (ScenarioWriter.yaml(doc), false)
  }
}
