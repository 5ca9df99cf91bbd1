import BrinkCore

/// The report of a Monte Carlo run (`brink simulate`, `brink merge`, the REPL's
/// `simulate`), as text: outcomes with 95% intervals, time to each outcome, the
/// probability of each state by round (table and chart), the variables at the end,
/// expected discounted payoffs, and the most frequent paths. Pure: a summary in,
/// a string out, the same bytes for the same summary.
public enum SimulationReport {
  /// - Parameters:
  ///   - title: the scenario's name and title, for the first line.
  ///   - dates: the first day of each round, when the scenario has a calendar.
  public static func text(_ s: SimulationSummary, title: String, dates: [CalendarDate]? = nil,
                          chartWidth: Int = 40) -> String {
    var out: [String] = []
    var head = "Simulation of \(title): \(s.pathsCompleted) paths"
    if let missing = s.missingShards, !missing.isEmpty {
      head += " of \(s.pathsRequested) (shard\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", ")) missing)"
    } else if s.isPartial {
      head += " of \(s.pathsRequested) (stopped early)"
    }
    head += ", \(s.rounds) round\(s.rounds == 1 ? "" : "s"), seed \(s.seed)"
    out.append(head)

    // A repeated game's paths all end alike ("play (at the horizon) 100%"): its
    // report is about the moves, with the outcomes only when paths ended apart.
    let repeated = isRepeatedGame(s)
    if repeated {
      out.append("")
      out += repeatedGameSection(s)
      // Where paths ended, when there was a choice of ends (every terminal state is an outcome).
      let ended = s.outcomes.filter { $0.count > 0 }
      if ended.count == 1, ended[0].isTerminal, s.outcomes.filter(\.isTerminal).count > 1 {
        out.append("Every path ended in \(ended[0].state).")
      }
    }
    if !repeated || s.outcomes.filter({ $0.count > 0 }).count > 1 {
      out.append("")
      out.append("Outcomes (95% Wilson intervals)")
      var rows = [["outcome", "paths", "share", "interval"]]
      for o in s.outcomes {
        rows.append([o.isTerminal ? o.state : "\(o.state) (at the horizon)", "\(o.count)", ReportNumber.percent(o.proportion),
                     "\(ReportNumber.percent(o.low)) to \(ReportNumber.percent(o.high))"])
      }
      out.append(PlainColumns.render(rows, rightAligned: [1, 2]))

      let times = s.timesToTerminal.filter { $0.count > 0 }
      if !times.isEmpty {
        out.append("")
        out.append("Rounds to each outcome")
        var t = [["outcome", "paths", "mean", "Q1", "median", "Q3"]]
        for x in times {
          t.append([x.state, "\(x.count)", x.mean.map { ReportNumber.fixed($0, 2) } ?? "-",
                    x.lowerQuartile.map(String.init) ?? "-", x.median.map(String.init) ?? "-", x.upperQuartile.map(String.init) ?? "-"])
        }
        out.append(PlainColumns.render(t, rightAligned: [1, 2, 3, 4, 5]))
      }
    }
    if !repeated {
      out.append("")
      out.append("Probability of each state by round")
      out.append(stateTable(s, dates: dates))
      out.append("")
      out.append(stateChart(s, width: chartWidth))
    }

    if !s.variables.isEmpty {
      out.append("")
      out.append("Variables at the end")
      var v = [["variable", "mean", "sd", "min", "max", "most common values"]]
      for x in s.variables {
        let common = x.distribution.sorted { ($0.count, -$0.value) > ($1.count, -$1.value) }.prefix(3)
          .map { "\(ReportNumber.fixed($0.value, 2))\(x.bucketWidth > 0 ? "+" : "") (\(ReportNumber.percent($0.proportion)))" }
          .joined(separator: ", ")
        v.append([x.name, x.mean.map { ReportNumber.fixed($0, 2) } ?? "-", x.standardDeviation.map { ReportNumber.fixed($0, 2) } ?? "-",
                  x.minimum.map { ReportNumber.fixed($0, 2) } ?? "-", x.maximum.map { ReportNumber.fixed($0, 2) } ?? "-", common])
      }
      out.append(PlainColumns.render(v, rightAligned: [1, 2, 3, 4]))
    }

    out.append("")
    out.append("Expected discounted payoffs")
    var p = [["player", "mean", "standard error"]]
    for x in s.payoffs {
      p.append([x.player, x.mean.map { ReportNumber.fixed($0, 3) } ?? "-", x.standardError.map { ReportNumber.fixed($0, 3) } ?? "-"])
    }
    out.append(PlainColumns.render(p, rightAligned: [1, 2]))
    if !repeated { out += movesByStateSection(s) }

    if !s.topPaths.isEmpty && !repeated {
      out.append("")
      out.append("Most frequent paths")
      var f = [["paths", "share", "path"]]
      for x in s.topPaths {
        f.append(["\(x.count)", ReportNumber.percent(x.proportion), x.states.joined(separator: " > ") + (x.truncated ? " > ..." : "")])
      }
      out.append(PlainColumns.render(f, rightAligned: [0, 1]))
    }

    let fired = s.effects.filter { $0.fires > 0 }
    if !fired.isEmpty {
      out.append("")
      out.append("Events and shocks: " + fired.map { "\($0.name) \($0.fires)" }.joined(separator: ", "))
    }
    out.append("")
    out.append("Path-rounds: \(s.pathRounds)")
    return out.joined(separator: "\n")
  }

  /// Rows: rounds (from 1; the last row is the end); columns: states.
  static func stateTable(_ s: SimulationSummary, dates: [CalendarDate]?) -> String {
    var rows = [["round"] + (dates == nil ? [] : ["date"]) + s.stateNames]
    for (t, probabilities) in s.stateProbabilities.enumerated() {
      let label = t < s.rounds ? "\(t + 1)" : "end"
      let date = dates.map { t < $0.count ? [$0[t].description] : [""] } ?? []
      rows.append([label] + date + probabilities.map { ReportNumber.percent($0) })
    }
    let first = dates == nil ? 1 : 2
    return PlainColumns.render(rows, rightAligned: Set(first..<(first + s.stateNames.count)))
  }

  /// One bar per round, each state drawn with its own letter in proportion to its
  /// probability (largest-remainder rounding, so every bar is exactly `width` wide).
  static func stateChart(_ s: SimulationSummary, width: Int) -> String {
    let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    var lines: [String] = []
    for (t, probabilities) in s.stateProbabilities.enumerated() {
      let label = (t < s.rounds ? "\(t + 1)" : "end").padding(toLength: 4, withPad: " ", startingAt: 0)
      let cells = apportion(probabilities, width: width)
      var bar = ""
      for (i, n) in cells.enumerated() { bar += String(repeating: symbols[i % symbols.count], count: n) }
      lines.append("  \(label)|\(bar)|")
    }
    let legend = s.stateNames.enumerated().map { "\(symbols[$0.offset % symbols.count]) \($0.element)" }.joined(separator: ", ")
    lines.append("  key: " + legend)
    return lines.joined(separator: "\n")
  }

  /// Hamilton's largest-remainder method: whole cells summing to `width` when the
  /// shares sum to 1 (ties to the earlier state).
  static func apportion(_ shares: [Double], width: Int) -> [Int] {
    let total = shares.reduce(0, +)
    guard total > 0 else { return shares.map { _ in 0 } }
    let exact = shares.map { $0 / total * Double(width) }
    var cells = exact.map { Int($0.rounded(.down)) }
    var left = width - cells.reduce(0, +)
    let order = exact.indices.sorted { (exact[$0] - Double(cells[$0]), -$0) > (exact[$1] - Double(cells[$1]), -$1) }
    for i in order where left > 0 {
      cells[i] += 1
      left -= 1
    }
    return cells
  }
}
