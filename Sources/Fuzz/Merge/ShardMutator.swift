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

  /// `edits` edits of `root`; `nodes` are `root`'s nodes (`nodes(of:)`), made once
  /// for a root edited again and again. Each later edit chooses among the edited
  /// tree's nodes by number (`path(of:in:)`), without listing them: listing every
  /// node's path was a tenth of an execution.
  static func mutate(_ root: ShardTree, nodes rootNodes: [[Step]], _ input: inout FuzzBytes, edits: Int) -> ShardTree {
    var root = root
    for e in 0..<edits {
      let path: [Step]
      if e == 0 {
        path = rootNodes[input.int(in: 0...(rootNodes.count - 1))]
      } else {
        path = Self.path(of: input.int(in: 0...(root.nodeCount - 1)), in: root)
      }
      root = edit(root, path[...], &input)
    }
    return root
  }

  /// Every node's path in `root`, the root's included, in the order the tree is written.
  static func nodes(of root: ShardTree) -> [[Step]] {
    (0..<root.nodeCount).map { path(of: $0, in: root) }
  }

  /// The path of node number `k` of `root` in the order the tree is written (the
  /// root is 0), as `nodes(of: root)[k]`.
  static func path(of k: Int, in root: ShardTree) -> [Step] {
    var path: [Step] = []
    var node = root, k = k
    while k > 0 {
      k -= 1
      switch node {
      case .object(let members):
        for member in members {
          let size = member.value.nodeCount
          if k < size { path.append(.key(member.key)); node = member.value; break }
          k -= size
        }
      case .array(let items):
        for (i, item) in items.enumerated() {
          let size = item.nodeCount
          if k < size { path.append(.index(i)); node = item; break }
          k -= size
        }
      default:
        fatalError("node number past the end of the tree")
      }
    }
    return path
  }

  /// `node` with the node at `path` edited.
  static func edit(_ node: ShardTree, _ path: ArraySlice<Step>, _ input: inout FuzzBytes) -> ShardTree {
    guard let step = path.first else { return change(node, &input) }
    switch (step, node) {
    case (.key(let key), .object(var members)):
      let i = members.firstIndex { $0.key == key }!
      if path.count == 1 && input.int(in: 0...15) == 0 {
        members.remove(at: i)
      } else {
        members[i].value = edit(members[i].value, path.dropFirst(), &input)
      }
      return .object(members)
    case (.index(let i), .array(var items)):
      if path.count == 1 && input.int(in: 0...7) == 0 {
        if input.chance(4) { items.remove(at: i) } else { items.insert(items[i], at: i) }
      } else {
        items[i] = edit(items[i], path.dropFirst(), &input)
      }
      return .array(items)
    default:
      fatalError("a path of the tree that is not in it")
    }
  }

  /// A new value for one node.
  static func change(_ node: ShardTree, _ input: inout FuzzBytes) -> ShardTree {
    switch node {
    case .double:
      return .double(input.pick(reals))
    case .uint(let value):
      switch input.int(in: 0...3) {
      case 0: return .uint(value &+ 1)
      case 1: return .uint(value &- 1)
      case 2: return .double(Double(value) / 2 + 0.5)
      default: return .int(Int64(input.pick(integers)))
      }
    case .int, .bool:
      let value: Int64
      if case .int(let n) = node { value = n } else if case .bool(let b) = node { value = b ? 1 : 0 } else { value = 0 }
      switch input.int(in: 0...3) {
      case 0: return .int(value &+ 1)
      case 1: return .int(value &- 1)
      case 2: return .double(Double(value) / 2 + 0.5)
      default: return .int(Int64(input.pick(integers)))
      }
    case .string(let text):
      return .string(input.pick(["", "brink-shard/2", "0.0.0", text + "\n# more\n", String(text.prefix(text.count / 2))]))
    case .array(var items):
      switch input.int(in: 0...2) {
      case 0: return .array([])
      case 1: items.append(items.last ?? .int(0)); return .array(items)
      default: return .array(items.reversed())
      }
    case .object(var members):
      guard !members.isEmpty else { return node }
      members.removeFirst()
      return input.chance(4) ? .object(members) : .object([])
    case .null:
      return .int(Int64(input.pick(integers)))
    }
  }
}
