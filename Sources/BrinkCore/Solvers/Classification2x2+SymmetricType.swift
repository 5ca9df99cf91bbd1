extension Classification2x2 {
  /// The 12 symmetric strict ordinal 2×2 games: the coordinates of the
  /// Robinson–Goforth table. With strategies C (hold back) and D (escalate), R is the
  /// payoff for mutual C, P for mutual D, T for D against C, S for C against D.
  ///
  /// The classic names follow Robinson and Goforth (2005) and Bruns (2015); the five
  /// types without a classic name are given descriptive ones.
  public enum SymmetricType: Int, Sendable, Hashable, CaseIterable {
    case prisonersDilemma, chicken, stagHunt, deadlock, harmony, leader, hero
    case coordination, coordinationFallback, harmonyGenerous, harmonyCautious, deadlockVariant

    /// The preference order in the conventional labelling, best first.
    public var conventionalOrder: String {
      switch self {
      case .prisonersDilemma: "T > R > P > S"
      case .chicken: "T > R > S > P"
      case .stagHunt: "R > T > P > S"
      case .deadlock: "T > P > R > S"
      case .harmony: "R > T > S > P"
      case .leader: "T > S > R > P"
      case .hero: "S > T > R > P"
      case .coordination: "R > P > S > T"
      case .coordinationFallback: "R > P > T > S"
      case .harmonyGenerous: "R > S > T > P"
      case .harmonyCautious: "R > S > P > T"
      case .deadlockVariant: "T > P > S > R"
      }
    }

    /// The same order after relabelling so that the best payoff lies in column 1
    /// (R ↔ P, S ↔ T when needed): the key `init(pattern:)` looks up.
    var orientedOrder: String {
      let letters = conventionalOrder.filter { $0.isLetter }
      if letters.first == "S" || letters.first == "P" { return letters }
      let swap: [Character: Character] = ["R": "P", "P": "R", "S": "T", "T": "S"]
      return String(letters.map { swap[$0]! })
    }

    public var name: String {
      switch self {
      case .prisonersDilemma: "Prisoner's Dilemma"
      case .chicken: "Chicken"
      case .stagHunt: "Stag Hunt"
      case .deadlock: "Deadlock"
      case .harmony: "Harmony"
      case .leader: "Leader (Battle of the Sexes type)"
      case .hero: "Battle of the Sexes (Hero)"
      case .coordination: "Coordination"
      case .coordinationFallback: "Coordination with a safe fallback"
      case .harmonyGenerous: "Harmony where restraint is always safe"
      case .harmonyCautious: "Harmony where escalating alone is worst"
      case .deadlockVariant: "Deadlock with restraint worst"
      }
    }

    /// What the game means for escalation.
    public var summary: String {
      switch self {
      case .prisonersDilemma:
        "Escalating is each side's best move whatever the other does, yet mutual escalation leaves both worse off than mutual restraint: the arms-race trap. Restraint needs enforcement, repetition or changed payoffs."
      case .chicken:
        "Each side wants the other to back down; mutual escalation is the worst outcome for both. The two stable outcomes have one side yielding, so the contest is about commitment and nerve, and miscalculation risks disaster."
      case .stagHunt:
        "Mutual restraint is best for both and stable, but only if each trusts the other; fear of being exploited can pull both to the safe but worse outcome of mutual escalation."
      case .deadlock:
        "Both sides prefer mutual escalation to mutual restraint, and escalating is each side's best move: conflict is stable and neither wants a deal."
      case .harmony:
        "Restraint is each side's best move and mutual restraint is best for both: interests coincide and there is no pressure to escalate."
      case .leader:
        "Two stable outcomes in which one side moves and the other follows; each prefers to be the one who moves, but either arrangement beats both moving or both waiting. The danger is that both try to lead."
      case .hero:
        "Two stable arrangements, each favouring a different side; failing to coordinate is worse for both than either arrangement, so each hopes the other will give way, and both holding out is the risk."
      case .coordination:
        "Both sides rank the outcomes alike: mutual restraint is best, mutual escalation second; the only risk is failing to coordinate."
      case .coordinationFallback:
        "Mutual restraint is best for both and stable, but escalating is the safer move if the other might escalate: restraint needs trust."
      case .harmonyGenerous:
        "Restraint is each side's best move and mutual restraint is best for both; even restraint against escalation is second-best, so there is little to fear."
      case .harmonyCautious:
        "Restraint is each side's best move and mutual restraint is best for both; being caught escalating alone is worst, so escalation has no appeal."
      case .deadlockVariant:
        "Escalating is each side's best move and mutual escalation is second-best for both, while mutual restraint is worst: conflict is stable and wanted."
      }
    }
  }
}
