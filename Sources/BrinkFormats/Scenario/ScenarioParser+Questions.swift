import BrinkCore
import Yams

/// `as_of:` and `questions:` (Docs/scenario-format.md, "questions").
extension ScenarioParser {
  func parseQuestions(_ node: Yams.Node) -> [QuestionSyntax] {
    guard let items = read.list(node, for: "'questions'") else { return [] }
    return items.compactMap { item in
      guard let f = read.mapping(item, for: "a question", allowed: ["id", "text", "in", "when", "by", "at", "resolution"],
                                 required: ["id", "text"]),
        let id = f["id"].flatMap({ read.name($0, for: "a question's id") })
      else { return nil }
      let what = "question '\(id.value)'"
      var q = QuestionSyntax(id: id, location: read.location(item))
      q.text = f["text"].flatMap { read.string($0, for: "the text of \(what)")?.value }
      q.states = f["in"].map { nameList($0, for: "the states of \(what)") } ?? []
      q.when = f["when"].flatMap { condition($0, for: what) }
      q.by = f["by"].flatMap { checkpoint($0, for: "'by' of \(what)") }
      q.at = f["at"].flatMap { checkpoint($0, for: "'at' of \(what)") }
      if q.by != nil, let a = q.at {
        sink.error(at: a.location, "\(what) has both 'by' and 'at': give one ('by' for \"ever by\", 'at' for \"holds then\")", length: a.length)
      }
      q.resolution = f["resolution"].flatMap { parseResolution($0, for: what) }
      return q
    }
  }

  /// A round (whole number from 1), a day (`YYYY-MM-DD`) or `end`.
  func checkpoint(_ node: Yams.Node, for what: String) -> Located<CheckpointSyntax>? {
    guard let text = read.scalarText(node), !text.value.isEmpty else {
      read.typeError(node, expected: "a round, a date (YYYY-MM-DD) or 'end'", for: what)
      return nil
    }
    let t = text.value.trimmingSpaces
    if t == "end" { return text.map { _ in .end } }
    if let k = Int(t), k >= 1 { return text.map { _ in .round(k) } }
    if let d = CalendarDate(t) { return text.map { _ in .date(d) } }
    sink.error(at: text.location, "expected a round (from 1), a date (YYYY-MM-DD) or 'end' for \(what), found '\(text.value)'",
               length: text.length)
    return nil
  }

  func parseResolution(_ node: Yams.Node, for what: String) -> ResolutionSyntax? {
    guard let f = read.mapping(node, for: "the resolution of \(what)", allowed: ["outcome", "source", "date"],
                               required: ["outcome", "source"])
    else { return nil }
    return ResolutionSyntax(
      outcome: f["outcome"].flatMap { read.bool($0, for: "the outcome of \(what) (yes or no)") },
      source: f["source"].flatMap { read.string($0, for: "the source of the resolution of \(what)")?.value },
      date: f["date"].flatMap { read.date($0, for: "the date of the resolution of \(what)") },
      location: read.location(node))
  }
}
