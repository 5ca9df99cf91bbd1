extension SimulationReport {
  /// `name (title)`, or the name alone when the title is empty or the same: the
  /// heading `brink simulate` and the charts of `--svg` and `export chart` use.
  public static func title(name: String, scenarioTitle: String) -> String {
    scenarioTitle.isEmpty || scenarioTitle == name ? name : "\(name) (\(scenarioTitle))"
  }
}
