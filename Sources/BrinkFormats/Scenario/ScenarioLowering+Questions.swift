import BrinkCore

extension ScenarioLowering {
  /// `questions:` to the model's questions: `by`/`at` to a checkpoint (default the
  /// horizon, read "ever by"), names to indices.
  func questions(_ calendar: ScenarioCalendar) -> [ForecastQuestion] {
    s.questions.map { q in
      let mark = q.at ?? q.by
      return ForecastQuestion(
        id: q.id.value, text: q.text ?? "",
        states: q.states.map { stateIndex($0.value) },
        condition: q.when.map { $0.condition.model(variableIndex) },
        last: mark?.value.checkpoint(in: calendar) ?? calendar.rounds,
        reading: q.at != nil ? .at : .ever,
        resolution: q.resolution.map {
          QuestionResolution(outcome: $0.outcome?.value ?? false, source: $0.source, date: $0.date?.value)
        })
    }
  }
}
