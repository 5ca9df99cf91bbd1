import BrinkFormats
import Foundation

/// A shard file as a JSON tree of Swift values, which the merge target edits
/// (`ShardMutator`) and writes back as text, once per input.
///
/// The tree was once `JSONSerialization`'s (`[String: Any]`, `[Any]`, `NSNumber`):
/// every visit of a node was a dynamic cast, and every edit bridged the arrays and
/// dictionaries it copied, so listing the nodes, editing and writing took over half
/// of an execution (perf, 7 December 2026: `swift_dynamicCast` 31 %,
/// `Array._bridgeToObjectiveC` 16 %). `JSONSerialization` now reads the shard once
/// at start-up (`init(foundation:)`); the rest is plain enum switches.
///
/// Object members are kept sorted by key, the order in which nodes are listed and
/// written, as before, so the corpus's inputs still choose the same nodes.
indirect enum ShardTree {
  case object([(key: String, value: ShardTree)])
  case array([ShardTree])
  case int(Int64)
  /// An integer above `Int64.max`: the words of the shard's wide sums
  /// (`payoffSquares`) are `UInt64`s.
  case uint(UInt64)
  case double(Double)
  case bool(Bool)
  case string(String)
  case null

  /// The tree of `JSONSerialization.jsonObject`'s result: numbers typed as the text
  /// had them (`NSNumber.objCType`: `d`/`f` a double, `c` a Boolean, `Q` an integer
  /// above `Int64.max`, else an integer).
  ///
  /// Until 7 December 2026 the `Q` numbers were read with `int64Value`, which wraps:
  /// every edited shard carried negative `payoffSquares` words, failed to decode, and
  /// the structure-aware inputs never reached the shard checks or the merge.
  init(foundation node: Any) {
    if let number = node as? NSNumber {
      switch UInt8(bitPattern: number.objCType.pointee) {
      case UInt8(ascii: "d"), UInt8(ascii: "f"): self = .double(number.doubleValue)
      case UInt8(ascii: "c") where number.int64Value == 0 || number.int64Value == 1: self = .bool(number.boolValue)
      case UInt8(ascii: "Q") where number.uint64Value > UInt64(Int64.max): self = .uint(number.uint64Value)
      default: self = .int(number.int64Value)
      }
    } else if let array = node as? [Any] {
      self = .array(array.map(ShardTree.init(foundation:)))
    } else if let object = node as? [String: Any] {
      self = .object(object.keys.sorted().map { (key: $0, value: ShardTree(foundation: object[$0]!)) })
    } else if let text = node as? String {
      self = .string(text)
    } else {
      self = .null
    }
  }

  /// The number of nodes in the tree, its root included.
  var nodeCount: Int {
    switch self {
    case .object(let members): return members.reduce(1) { $0 + $1.value.nodeCount }
    case .array(let items): return items.reduce(1) { $0 + $1.nodeCount }
    default: return 1
    }
  }

  /// The tree as compact JSON text, keys in order.
  var text: String {
    var out = ""
    out.reserveCapacity(16 * 1024)
    write(into: &out)
    return out
  }

  private func write(into out: inout String) {
    switch self {
    case .int(let n): out += String(n)
    case .uint(let n): out += String(n)
    case .double(let x): out += "\(x)"
    case .bool(let b): out += b ? "true" : "false"
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .null: out += "null"
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.write(into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (i, member) in members.enumerated() {
        if i > 0 { out += "," }
        JSONValue.writeString(member.key, to: &out)
        out += ":"
        member.value.write(into: &out)
      }
      out += "}"
    }
  }
}
