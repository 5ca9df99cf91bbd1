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

/// On tmpfs when there is one (`ScratchFolder`): each merge writes its report and
/// chart through `OutputFile`, which `fsync`s.
let scratch = ScratchFolder.make("brink-fuzz-merge", temporary: FileManager.default.temporaryDirectory.path)
func scratchPath(_ name: String) -> String { scratch + "/" + name }

/// The scenario of the shards: the example of Docs/scenario-format.md, 6 rounds.
let scenarioText = ExampleScenario.text

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
let firstTree = ShardTree(foundation: try! JSONSerialization.jsonObject(with: Data(first.utf8)))
/// Every node of `firstTree`, which the first edit of every input chooses from.
let firstNodes = ShardMutator.nodes(of: firstTree)
try! second.write(toFile: scratchPath("b.json"), atomically: false, encoding: .utf8)
nonisolated(unsafe) let run = CLI.Run(timeout: nil, catchesInterrupt: false)
/// Every merge of the process shares one memo (`CLI.MergeMemo`): the shards' one
/// scenario is read, solved and compiled once, not on every input (28 % of the
/// target's time), and a shard text seen before (the second shard, always; the
/// first when an input writes it again) is not decoded again (10 %). The report is
/// the same with it or without (`MergeMemoTests`); a shard or scenario that fails
/// to read goes through the reading and its diagnostics every time.
nonisolated(unsafe) let memo = CLI.MergeMemo()
/// The merges already run: the shard text and the choices after it.
nonisolated(unsafe) let inputs = SeenBefore<String>()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  RepeatCount.input()
  guard let data, size > 0, size <= 256 * 1024 else { return 0 }
  var input = FuzzBytes(data + 1, size - 1)
  let text: String
  if data[0] < 0x10 {
    let tree = ShardMutator.mutate(firstTree, nodes: firstNodes, &input, edits: input.int(in: 1...4))
    text = tree.text
  } else {
    text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    input = FuzzBytes(data, 0)
  }
  let a = scratchPath("a.json"), b = scratchPath("b.json")
  let order = input.int(in: 0...4), format = input.int(in: 0...2), chart = input.chance(2), allowPartial = input.chance(4)
  // An input that comes down to a merge already run runs as it did (`SeenBefore`).
  guard inputs.insert("\(order) \(format) \(chart) \(allowPartial)\n\(text)") else {
    RepeatCount.repeatSkipped()
    return 0
  }
  writeFile(a, text)
  let shards = [[a, b], [b, a], [a], [a, a], [a, b, b]][order]
  do {
    try CLI.merge(shards: shards, json: format == 1, csv: format == 2, out: scratchPath("report"),
                  svg: chart ? scratchPath("chart.svg") : nil, allowPartial: allowPartial, memo: memo, run: run)
  } catch {
    if error.status == 0 { fatalError("a failed merge with status 0") }
  }
  return 0
}

/// `text` as the whole of the file at `path`, written in place: `FileManager.createFile`
/// wrote a temporary file and renamed it, a tenth of an execution in system calls.
func writeFile(_ path: String, _ text: String) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  precondition(fd >= 0, "cannot write the scratch shard \(path)")
  var text = text
  text.withUTF8 { bytes in
    var done = 0
    while done < bytes.count {
      let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
      precondition(n > 0, "cannot write the scratch shard \(path)")
      done += n
    }
  }
  close(fd)
}

runFuzzer(fuzzOne)
