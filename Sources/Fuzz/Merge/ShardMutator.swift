import Foundation
import FuzzSupport

/// Edits a shard file as a JSON tree, steered by the fuzzer's bytes: the
/// structure-aware input of the merge target. Random bytes almost never decode as
/// a shard (`ShardFile` is nested JSON with a scenario inside), so the validation
/// that protects the merge (`SimulationStatistics.inconsistency`) would be reached
/// only through its first checks. Starting from a real shard and changing a few
/// nodes — a count set to −1, `Int.max` or one more, a row dropped or repeated, a
/// key removed, a scale set to 0 — reaches every field and every check, and what
/// passes them goes on to be merged and summarised.
enum ShardMutator {
  /// One step from the root to a node: an object key or an array index.
  enum Step { case key(String), index(Int) }

  static let integers: [Int] = [0, 1, -1, 2, 3, 4095, 4096, 4097, 100_000, 100_001, Int(Int32.max),
                                1_000_000_000_000, 1_000_000_000_001, Int.max, Int.max - 1, Int.min]
  static let reals: [Double] = [0, -1, 0.5, 1e-300, 1e300, 1.7976931348623157e308]

  /// `edits` edits of `root` (a tree of `[String: Any]`, `[Any]`, `NSNumber`, `String`);
  /// `nodes` are `root`'s nodes (`nodes(of:)`), made once for a root edited again
  /// and again, since listing them took a seventh of the merge target's time.
  static func mutate(_ root: Any, nodes rootNodes: [[Step]], _ input: inout FuzzBytes, edits: Int) -> Any {
    var root = root
    for e in 0..<edits {
      let nodes = e == 0 ? rootNodes : Self.nodes(of: root)
      let path = nodes[input.int(in: 0...(nodes.count - 1))]
      root = edit(root, path[...], &input)
    }
    return root
  }

  /// Every node's path in `root`, the root's included.
  static func nodes(of root: Any) -> [[Step]] {
    var nodes: [[Step]] = []
    collect(root, [], into: &nodes)
    return nodes
  }

  /// Every node's path, the root's included.
  static func collect(_ node: Any, _ path: [Step], into nodes: inout [[Step]]) {
    nodes.append(path)
    if let object = node as? [String: Any] {
      for key in object.keys.sorted() { collect(object[key]!, path + [.key(key)], into: &nodes) }
    } else if let array = node as? [Any] {
      for (i, item) in array.enumerated() { collect(item, path + [.index(i)], into: &nodes) }
    }
  }

  /// `node` with the node at `path` edited.
  static func edit(_ node: Any, _ path: ArraySlice<Step>, _ input: inout FuzzBytes) -> Any {
    guard let step = path.first else { return change(node, &input) }
    switch step {
    case .key(let key):
      var object = node as! [String: Any]
      if path.count == 1 && input.int(in: 0...15) == 0 {
        object[key] = nil
      } else {
        object[key] = edit(object[key]!, path.dropFirst(), &input)
      }
      return object
    case .index(let i):
      var array = node as! [Any]
      if path.count == 1 && input.int(in: 0...7) == 0 {
        if input.chance(4) { array.remove(at: i) } else { array.insert(array[i], at: i) }
      } else {
        array[i] = edit(array[i], path.dropFirst(), &input)
      }
      return array
    }
  }

  /// A new value for one node.
  static func change(_ node: Any, _ input: inout FuzzBytes) -> Any {
    switch node {
    case let number as NSNumber where ["d", "f"].contains(String(cString: number.objCType)):
      return NSNumber(value: input.pick(reals))
    case let number as NSNumber:
      let value = number.int64Value
      switch input.int(in: 0...3) {
      case 0: return NSNumber(value: value &+ 1)
      case 1: return NSNumber(value: value &- 1)
      case 2: return NSNumber(value: Double(value) / 2 + 0.5)
      default: return NSNumber(value: input.pick(integers))
      }
    case let text as String:
      return input.pick(["", "brink-shard/2", "0.0.0", text + "\n# more\n", String(text.prefix(text.count / 2))])
    case var array as [Any]:
      switch input.int(in: 0...2) {
      case 0: return [Any]()
      case 1: array.append(array.last ?? NSNumber(value: 0)); return array
      default: return array.reversed() as [Any]
      }
    case let object as [String: Any]:
      guard let key = object.keys.sorted().first else { return node }
      var copy = object
      copy[key] = nil
      return input.chance(4) ? copy : [String: Any]()
    default:
      return NSNumber(value: input.pick(integers))
    }
  }
}
