// libFuzzer target: `brink merge` on damaged and hand-made shard files. Two real
// shards (1/2 and 2/2 of a 40-path run of a small scenario with variables, an
// event and a shock) are made once; each input then gives `CLI.merge` — the
// command itself, files and all, in a scratch folder — a list of shard files, one
// of them changed. An input whose first byte is below 0x10 is a structure-aware
// one: the rest of its bytes edit the first shard as a JSON tree (`ShardMutator`);
// any other input is the first shard's text as it is.
//
// What must hold: the merge reports, or fails with a message and a status, but
// never traps (out-of-range indices and overflow were found in 2026 by hand:
// issue 16), whatever the files say.
import BrinkCore
import BrinkFormats
import BrinkREPL
import Foundation
import FuzzSupport

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brink-fuzz-merge-\(getpid())")
try! FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
func scratchPath(_ name: String) -> String { scratch.appendingPathComponent(name).path }

/// The scenario of the shards: the example of Docs/scenario-format.md, 6 rounds.
let scenarioText = """
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

/// Shard `k` of 2 of the run, as `brink simulate --shard k/2 --paths 40 --seed 7` writes it.
func shardText(_ k: Int) -> String {
  let doc = try! ScenarioReader.read(scenarioText, file: "example.yaml")
  let ladder = try! EscalationSolver.solve(doc.scenario, needs: .strategies).compiledScenario().ladder
  let statistics = Simulator.run(ladder, paths: 40, seed: 7, shard: Simulator.Shard(index: k, count: 2))
  return ShardFile(scenarioFile: "example.yaml", scenarioText: scenarioText, rounds: nil, paths: 40, seed: 7,
                   shard: [k, 2], statistics: statistics).encoded()
}

let first = shardText(1)
let second = shardText(2)
nonisolated(unsafe) let firstTree = try! JSONSerialization.jsonObject(with: Data(first.utf8))
try! second.write(toFile: scratchPath("b.json"), atomically: false, encoding: .utf8)
nonisolated(unsafe) let run = CLI.Run(timeout: nil, catchesInterrupt: false)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0, size <= 256 * 1024 else { return 0 }
  var input = FuzzBytes(data + 1, size - 1)
  let text: String
  if data[0] < 0x10 {
    let tree = ShardMutator.mutate(firstTree, &input, edits: input.int(in: 1...4))
    guard let json = try? JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys]) else { return 0 }
    text = String(decoding: json, as: UTF8.self)
  } else {
    text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    input = FuzzBytes(data, 0)
  }
  FileManager.default.createFile(atPath: scratchPath("a.json"), contents: Data(text.utf8))
  let a = scratchPath("a.json"), b = scratchPath("b.json")
  let shards = input.pick([[a, b], [b, a], [a], [a, a], [a, b, b]])
  let format = input.int(in: 0...2)
  do {
    try CLI.merge(shards: shards, json: format == 1, csv: format == 2, out: scratchPath("report"),
                  svg: input.chance(2) ? scratchPath("chart.svg") : nil, allowPartial: input.chance(4), run: run)
  } catch {
    if error.status == 0 { fatalError("a failed merge with status 0") }
  }
  return 0
}

runFuzzer(fuzzOne)
