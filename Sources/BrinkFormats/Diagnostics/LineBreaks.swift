/// Line breaks as YAML counts them.
///
/// YAML 1.2 (§5.4) treats CR LF, LF and a lone CR each as one line break, and libyaml
/// numbers the lines of its error marks that way. The scenario reader turns every break
/// into LF before parsing, so a file saved with old Mac or Windows line endings gets
/// positions that match the lines its diagnostics show.
enum LineBreaks {
  /// The text with CR LF and lone CR replaced by LF; the same text when it has no CR.
  static func normalised(_ text: String) -> String {
    guard text.utf8.contains(13) else { return text }
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r":
        out.append("\n")
        previousWasCR = true
      case "\n" where previousWasCR:
        previousWasCR = false
      default:
        out.append(scalar)
        previousWasCR = false
      }
    }
    return String(out)
  }
}
