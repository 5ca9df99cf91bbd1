import Foundation
import Testing

/// `brink forecast --uncertainty N`: the band over the scenario's priors, end to end.
@Suite("brink forecast --uncertainty (end to end)")
struct ForecastUncertaintyCommandTests {
  @Test("the band is shown beside the point forecast, the same for a seed")
  func band() throws {
    let file = CheckCommandTests.scenario("chosen-risk.yaml")
    let run = try BrinkProcess.run(["forecast", file, "--uncertainty", "30", "--seed", "11"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("| question | probability | read            | 5%     | median | 95%    | mean   | resolved |"))
    #expect(run.stdout.contains("Uncertainty: 30 draws of the priors (seed 11), each solved exactly;"))
    let again = try BrinkProcess.run(["forecast", file, "--uncertainty", "30", "--seed", "11"])
    #expect(again.stdout == run.stdout)
    let csv = try BrinkProcess.run(["forecast", file, "--uncertainty", "30", "--seed", "11", "--csv"])
    #expect(csv.stdout.hasPrefix("question,probability,exact,sampled,ci_low,ci_high,resolution,q05,median,q95,mean\nconceded,1.0,1,,,,,"))
    let json = try BrinkProcess.run(["forecast", file, "--uncertainty", "30", "--seed", "11", "--json"])
    #expect(json.stdout.contains("\"band\" : {") && json.stdout.contains("\"requested\" : 30"))
  }

  @Test("a scenario without priors, and a bad count, are refused")
  func refusals() throws {
    let run = try BrinkProcess.run(["forecast", CheckCommandTests.scenario("geneva-truce-2025-05.yaml"), "--uncertainty", "5"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("error: --uncertainty needs priors, and the scenario has none"))
    let bad = try BrinkProcess.run(["forecast", "--uncertainty", "100001"])
    #expect(bad.status != 0 && bad.stderr.contains("--uncertainty must be between 0 and 100000"))
  }
}
