import BrinkCore
import Foundation
import Testing

@testable import BrinkFormats

/// `nodes` written straight to text (`ScenarioSolveJSON.nodesText`) is byte for byte
/// the tree `.array(nodes.map(node))` would write, alone and nested one level deeper
/// (several files in one document), for every untyped library scenario that solves
/// quickly: sequential stages, bargaining nodes, tracked variables, trembles.
@Suite struct ScenarioSolveJSONNodesTests {
  /// The object with its nodes built as a tree, as before `JSONText`.
  static func treeObject(_ doc: ScenarioDocument, _ solved: SolvedScenario,
                         why: @escaping ([ChoiceExplanation], Int) -> String) -> JSONValue {
    guard case .object(var members) = ScenarioSolveJSON.object(file: "f.yaml", document: doc, solved: solved, why: why)
    else { preconditionFailure("a scenario's answer is an object") }
    var nodes = [JSONValue]()
    for t in 0..<solved.horizon {
      for n in solved.graph.rounds[t].indices where solved.nodes[t][n].played != nil {
        nodes.append(ScenarioSolveJSON.node(solved, round: t, index: n, why: why))
      }
    }
    let k = members.firstIndex { $0.0 == "nodes" }!
    members[k].1 = .array(nodes)
    return .object(members)
  }

  static var files: [String] {
    ScenarioLibraryTests.files.filter { $0 != "tariff-rounds-2018-2019.yaml" }
  }

  @Test(arguments: ScenarioSolveJSONNodesTests.files)
  func writtenNodesAreTheTreesBytes(_ name: String) throws {
    let doc = try ScenarioReader.read(contentsOf: ScenarioLibraryTests.folder.appendingPathComponent(name).path)
    guard !doc.scenario.hasTypes else { return }
    let solved = try EscalationSolver.solve(doc.scenario)
    let why: ([ChoiceExplanation], Int) -> String = { e, p in "\(e[p])" }
    let fast = ScenarioSolveJSON.object(file: "f.yaml", document: doc, solved: solved, why: why)
    let tree = Self.treeObject(doc, solved, why: why)
    #expect(fast.rendered() == tree.rendered())
    #expect(SolveJSON.document([fast, fast]) == SolveJSON.document([tree, tree]))
    #expect(JSONValue.object([("a", .object([("b", fast)]))]).rendered()
      == JSONValue.object([("a", .object([("b", tree)]))]).rendered())
  }

  @Test func textPlacedShallowerDropsTheIndentation() {
    let tree = JSONValue.array([.object([("k", .array([.string("v"), .int(1)]))]), .object([])])
    var bytes = JSONBytes()
    tree.write(to: &bytes, indent: 3)
    let text = JSONValue.text(JSONText(bytes, indent: 3))
    for level in 0..<5 {
      var a = JSONBytes(), b = JSONBytes()
      text.write(to: &a, indent: level)
      tree.write(to: &b, indent: level)
      #expect(a.string == b.string)
    }
    #expect(JSONValue.object([("x", text)]).rendered() == JSONValue.object([("x", tree)]).rendered())
  }
}
