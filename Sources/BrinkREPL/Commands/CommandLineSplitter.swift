/// Splits what a user typed into commands and words.
///
/// Rules: `;` separates commands; `#` starts a comment that runs to the end of the
/// line; double or single quotes group words containing spaces (and protect `;` and
/// `#`); a backslash escapes the next character (also inside double quotes). Nothing here can fail except an
/// unterminated quote.
public enum CommandLineSplitter {
  public struct UnterminatedQuote: Error, Equatable {}

  /// The commands of one input line, each as its words. Empty commands are dropped.
  public static func commands(in line: String) throws(UnterminatedQuote) -> [[String]] {
    var commands = [[String]]()
    var words = [String]()
    var word = ""
    var inWord = false
    var quote: Character? = nil
    var escaped = false
    func endWord() {
      if inWord { words.append(word) }
      word = ""
      inWord = false
    }
    func endCommand() {
      endWord()
      if !words.isEmpty { commands.append(words) }
      words = []
    }
    for c in line {
      if escaped {
        word.append(c); inWord = true; escaped = false
        continue
      }
      if let q = quote {
        if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil } else { word.append(c) }
        continue
      }
      switch c {
      case "\\": escaped = true
      case "\"", "'": quote = c; inWord = true
      case " ", "\t", "\r", "\n": endWord()
      case ";": endCommand()
      case "#" where !inWord:
        endCommand()
        return commands
      default: word.append(c); inWord = true
      }
    }
    if quote != nil { throw UnterminatedQuote() }
    endCommand()
    return commands
  }

  /// The words before the cursor for completion, and the partial word being typed
  /// (empty after a space). Only the last `;`-separated command counts.
  public static func completionWords(before text: String) -> (previous: [String], partial: String) {
    var words = [String]()
    var word = ""
    var quote: Character? = nil
    for c in text {
      if let q = quote {
        if c == q { quote = nil } else { word.append(c) }
        continue
      }
      switch c {
      case "\"", "'": quote = c
      case " ", "\t": if !word.isEmpty { words.append(word); word = "" }
      case ";": words = []; word = ""
      default: word.append(c)
      }
    }
    return (words, word)
  }

  /// A word as it must be typed to come back unchanged: quoted when it holds a
  /// space, quote, `;`, `#` or backslash.
  public static func quoted(_ word: String) -> String {
    let special: Set<Character> = [" ", "\t", "\"", "'", ";", "#", "\\"]
    guard word.isEmpty || word.contains(where: { special.contains($0) }) else { return word }
    var out = "\""
    for c in word {
      if c == "\"" || c == "\\" { out += "\\" }
      out.append(c)
    }
    return out + "\""
  }
}
