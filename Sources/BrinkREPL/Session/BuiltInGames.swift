import BrinkCore

/// Classic 2×2 games built in code, so the REPL has something to explore before a
/// scenario is loaded. Players are named US and China so the escalation reading
/// carries over; moves are single words so `play US=Escalate` works.
public enum BuiltInGames {
  public struct Entry: Sendable {
    public var name: String
    public var summary: String
    public var game: Bimatrix
  }

  /// Chicken: each side prefers the other to back down; mutual escalation is the
  /// worst outcome for both. Payoffs after Rapoport and Chammah, "The Game of
  /// Chicken", *American Behavioral Scientist* 10(3), 1966, with a costly crash.
  public static let chicken = Entry(
    name: "chicken",
    summary: "Chicken: escalating wins only if the other side yields; a clash is the worst outcome.",
    game: Bimatrix(title: "chicken", players: ("US", "China"),
                   rowStrategies: ["Yield", "Escalate"], columnStrategies: ["Yield", "Escalate"],
                   a: [[0, -1], [1, -10]], b: [[0, 1], [-1, -10]]))

  /// The Prisoner's Dilemma with Axelrod's payoffs T=5, R=3, P=1, S=0
  /// (Axelrod, *The Evolution of Cooperation*, 1984).
  public static let prisonersDilemma = Entry(
    name: "prisoners-dilemma",
    summary: "Prisoner's Dilemma: escalating is dominant for both, though mutual restraint pays more.",
    game: Bimatrix(title: "prisoners-dilemma", players: ("US", "China"),
                   rowStrategies: ["Restrain", "Escalate"], columnStrategies: ["Restrain", "Escalate"],
                   a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]]))

  /// The Stag Hunt with payoffs 4, 3, 3, 0 (Skyrms, *The Stag Hunt and the
  /// Evolution of Social Structure*, 2004, ch. 1).
  public static let stagHunt = Entry(
    name: "stag-hunt",
    summary: "Stag Hunt: cooperation pays best if the other side cooperates too; going alone is safer.",
    game: Bimatrix(title: "stag-hunt", players: ("US", "China"),
                   rowStrategies: ["Cooperate", "Defect"], columnStrategies: ["Cooperate", "Defect"],
                   a: [[4, 0], [3, 3]], b: [[4, 3], [0, 3]]))

  /// Inspection (a zero-sum game with no pure equilibrium): a side that might
  /// cheat on an agreement and an inspector that might check. Payoffs in the
  /// style of Avenhaus, von Stengel and Zamir, "Inspection games", *Handbook of
  /// Game Theory* 3 (2002), simplified.
  public static let inspection = Entry(
    name: "inspection",
    summary: "Inspection: no pure equilibrium; each side must keep the other guessing.",
    game: Bimatrix(title: "inspection", players: ("US", "China"),
                   rowStrategies: ["Inspect", "Trust"], columnStrategies: ["Comply", "Cheat"],
                   a: [[-1, 2], [0, -4]], b: [[1, -2], [0, 4]]))

  public static let all: [Entry] = [chicken, prisonersDilemma, stagHunt, inspection]

  public static func named(_ name: String) -> Entry? {
    all.first { $0.name.lowercased() == name.lowercased() }
  }
}
