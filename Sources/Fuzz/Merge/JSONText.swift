import BrinkFormats
import Foundation

/// JSON text of a tree as `JSONSerialization.jsonObject` makes it (`[String: Any]`,
/// `[Any]`, `NSNumber`, `String`, `NSNull`), with object keys sorted: how the merge
/// target turns an edited shard (`ShardMutator`) back into a file.
///
/// `JSONSerialization.data(withJSONObject:)` took over a quarter of the target's time
/// (perf, 7 December 2026), most of it in dynamic casts of every node to every type
/// it might be; this writer tries the likely types first and builds one string.
enum JSONText {
  static func of(_ root: Any) -> String {
    var out = ""
    out.reserveCapacity(16 * 1024)
    write(root, into: &out)
    return out
  }

  static func write(_ node: Any, into out: inout String) {
    if let number = node as? NSNumber {
      switch UInt8(bitPattern: number.objCType.pointee) {
      case UInt8(ascii: "d"), UInt8(ascii: "f"): out += "\(number.doubleValue)"
      case UInt8(ascii: "c") where number.int64Value == 0 || number.int64Value == 1:
        out += number.boolValue ? "true" : "false"
      default: out += "\(number.int64Value)"
      }
    } else if let array = node as? [Any] {
      out += "["
      for (i, item) in array.enumerated() {
        if i > 0 { out += "," }
        write(item, into: &out)
      }
      out += "]"
    } else if let object = node as? [String: Any] {
      out += "{"
      for (i, key) in object.keys.sorted().enumerated() {
        if i > 0 { out += "," }
        JSONValue.writeString(key, to: &out)
        out += ":"
        write(object[key]!, into: &out)
      }
      out += "}"
    } else if let text = node as? String {
      JSONValue.writeString(text, to: &out)
    } else {
      out += "null"
    }
  }
}
