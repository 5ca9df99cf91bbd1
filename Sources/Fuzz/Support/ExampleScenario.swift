/// The example of Docs/scenario-format.md cut to 6 rounds: five states of 2×2 and
/// 1×2 stage games, a variable, a dated condition, an event, a shock and two
/// behaviour models in a few dozen lines. It solves, compiles and simulates in
/// well under a millisecond, so the merge target makes its shards from it and the
/// REPL target starts most sessions on it: every command reaches a solved
/// scenario instead of stopping in the default scenario's solve.
public enum ExampleScenario {
  public static let text = """
    format: brink-scenario/1
    name: example
    players:
      US:
        moves:
          hold: {posture: hold}
          tariff: {posture: escalate, effects: {us_tariff: +100}}
        weights: {us_tariff: -1/50}
      China:
        moves:
          hold: {posture: hold}
          enforce: {posture: escalate}
    variables:
      us_tariff: {initial: 57, unit: "%"}
    calendar: {start: 2025-10-13, step: 7, rounds: 6}
    discount: 0.98
    states:
      standoff:
        moves: {US: [hold, tariff], China: [hold, enforce]}
        payoffs:
          hold:   [[0, 0], [-2, 1]]
          tariff: [[1, -2], [-1, -1 - us_tariff/100]]
        transitions:
          hold/hold: {talks: 1/2, standoff: 1/2}
          any/any: crisis
      talks:
        moves: {US: [hold], China: [hold, enforce]}
        payoffs: {hold: [[2, 2], [-1, 1]]}
        transitions:
          hold/hold: {when: "date < 2025-11-10", to: deal, else: crisis}
          hold/enforce: crisis
      crisis:
        moves: {US: [hold, tariff], China: [hold, enforce]}
        payoffs:
          hold:   [[-1, -1], [-3, 0]]
          tariff: [[0, -3], [-2, -2]]
        transitions:
          hold/hold: talks
          tariff/enforce: {crisis: 9/10, breakdown: 1/10}
      deal: {terminal: true, value: [10, 10]}
      breakdown: {terminal: true, value: [-30, -30]}
    events:
      - {name: deadline, date: 2025-11-01, in: [standoff], goto: crisis, effects: {us_tariff: =157}}
    shocks:
      - {name: incident, probability: 1/20, from: [talks], window: [2025-10-13, 2025-11-02], goto: standoff}
    behaviour:
      US: {model: equilibrium, select: risk-dominant, tremble: 1/100}
      China: {model: logit, lambda: 2}

    """
}
