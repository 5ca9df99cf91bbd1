/// A one-line progress bar: `[#########.........]  45%`.
enum ProgressBar {
  static func render(done: Int, total: Int, width: Int) -> String {
    let fraction = total == 0 ? 1.0 : Double(done) / Double(total)
    let filled = Int((fraction * Double(width)).rounded(.down))
    return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
      + "\(Int((fraction * 100).rounded(.down)))%".leftPadded(to: 4)
  }
}
