/// `replay`: step through the scenario's script, round by round.
extension CommandSpec {
  static let replayActions = ["next", "all", "stop"]

  static let replay = CommandSpec(
    "replay",
    abstract: "Step through what really happened (the scenario's script) against the model.",
    usage: "replay [next|N|all|stop] [--against FILE]...",
    discussion: "The first 'replay' goes back to the start (undo returns to where you were) and shows round 1 of the script: the state, each side's move, what the solved model expected of each, the payoffs, how likely the model found the round, and the script's note and source, as 'brink replay' prints it. Each further 'replay' (or 'replay next') shows the next round, 'replay N' the next N, and 'replay all' the rest; after the last round comes how likely the model found the whole real path, its log-likelihood (ln P and log2 P) and surprise in bits split into the players' decisions and chance, and a table of the same scores under the baselines (uniform: every move equally likely; short-sighted: discount 0; no-tremble: the model without trembles) and under each scenario given with '--against FILE' when the replay starts, all on the same record. Each round shows its surprise too. The prompt shows how far the replay has got; 'show', 'solve' and 'explain' look at the round reached. 'replay stop' ends the replay where it is; a play or an edit also ends it. On a scenario with types the model is the perfect Bayesian equilibrium: each round shows the chance of each real move, type by type and averaged by the belief, and the beliefs the moves imply with Bayes' rule worked; the baselines and the '--against' scenarios, with types or without, are scored on the same record, and a baseline that would change nothing (no trembles to take away) is listed as not applying. When every player's behaviour is 'logit' the model is the logit agent quantal response equilibrium instead, stepped the same way, with the chances and beliefs in decimals. 'brink replay FILE' prints the same report at once (and with --json as one object). Each step can be undone. Ctrl-C stops between rounds.",
    examples: ["replay", "replay all"],
    completion: { previous in
      if previous.last == "--against" { return .file }
      return previous.isEmpty ? .keyword(replayActions + ["--against"]) : .keyword(["--against"])
    }
  ) { session, arguments throws(CommandError) in
    try session.replay(arguments)
  }
}
