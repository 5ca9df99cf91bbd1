import BrinkCore

extension ScenarioLowering {
  /// `questions:` to the model's questions: `by`/`at` to a checkpoint (default the
  /// horizon, read "ever by"), names to indices.
  ///
  /// A state named in `in:` counts in a deadline's round too: `S@NAME` is `S` in the
  /// round its deadline falls in (`scenario` is the model with its deadlines added).
  func questions(_ calendar: ScenarioCalendar, _ scenario: EscalationScenario) -> [ForecastQuestion] {
    s.questions.map { q in
      let mark = q.at ?? q.by
      let named = q.states.map { stateIndex($0.value) }
      let rounds = scenario.states.indices.filter { k in
        scenario.deadlineSource(ofState: k).map { named.contains($0.state) } ?? false
      }
      return ForecastQuestion(
        id: q.id.value, text: q.text ?? "",
        states: named + rounds,
        condition: q.when.map { $0.condition.model(variableIndex) },
        last: mark?.value.checkpoint(in: calendar) ?? calendar.rounds,
        reading: q.at != nil ? .at : .ever,
        resolution: q.resolution.map {
          QuestionResolution(outcome: $0.outcome?.value ?? false, source: $0.source, date: $0.date?.value)
        })
    }
  }
}
