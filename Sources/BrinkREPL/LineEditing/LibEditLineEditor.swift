import CEditLine
import Glibc

/// Line editing on a terminal through libedit's native `histedit.h` API: emacs
/// keys, persistent bounded history (each line appended at once, so a crash loses
/// nothing, and shared safely by sessions running at the same time), reverse history search on Ctrl-R, and context-aware TAB completion.
///
/// Callbacks reach this object through `EL_CLIENTDATA` rather than globals; the
/// one global is the atomic SIGINT flag (`Interrupt`).
public final class LibEditLineEditor: LineEditor {
  /// Where the history lives and how many lines it keeps.
  public struct HistorySettings: Sendable {
    public var path: String?
    public var limit: Int
    public init(path: String?, limit: Int = 1000) { self.path = path; self.limit = limit }

    /// `$BRINK_HISTORY`, else `~/.brink_history`; nil when neither can be found.
    public static func standard(environment: [String: String]) -> HistorySettings {
      if let p = environment["BRINK_HISTORY"], !p.isEmpty { return HistorySettings(path: p) }
      if let home = environment["HOME"], !home.isEmpty { return HistorySettings(path: home + "/.brink_history") }
      return HistorySettings(path: nil)
    }
  }

  private let el: OpaquePointer
  private let history: OpaquePointer
  private let settings: HistorySettings
  /// The history file, when there is a usable one.
  private let store: HistoryStore?
  /// Why the history file is not used, if it is not (shown once by the REPL).
  public let warnings: [String]
  private let complete: (String) -> Completion
  private var promptStorage: UnsafeMutablePointer<CChar>
  private var closed = false

  /// - Parameter complete: given the text before the cursor, what may follow.
  public init?(program: String = "brink", history settings: HistorySettings,
               complete: @escaping (String) -> Completion) {
    ceditline_setlocale()
    guard let el = el_init(program, ceditline_stdin(), ceditline_stdout(), ceditline_stderr()) else { return nil }
    guard let h = history_init() else { el_end(el); return nil }
    self.el = el
    self.history = h
    var settings = settings
    if let path = settings.path, let problem = HistoryFile.problem(at: path) {
      self.warnings = [problem]
      settings.path = nil
    } else {
      self.warnings = []
    }
    self.settings = settings
    self.store = settings.path.map { HistoryStore(path: $0, limit: settings.limit) }
    self.complete = complete
    self.promptStorage = strdup("> ")!

    _ = ceditline_hist_setsize(h, Int32(clamping: settings.limit))
    _ = ceditline_hist_setunique(h, 1)
    // Read here, not by libedit's H_LOAD: a plain file is read too, and lines
    // are appended one by one (`HistoryStore`) instead of the file rewritten.
    for entry in store?.load() ?? [] { _ = ceditline_hist_enter(h, entry) }
    _ = ceditline_use_history(el, h)
    _ = ceditline_set_editor(el, "emacs")
    _ = ceditline_set_signal(el, 1)
    _ = ceditline_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
    _ = ceditline_set_prompt_esc(el, { el in LibEditLineEditor.from(el!).promptStorage }, Self.literalMarker)
    _ = ceditline_add_fn(el, "brink-complete", "Complete the word at the cursor") { el, _ in
      LibEditLineEditor.from(el!).completeAtCursor()
    }
    _ = ceditline_bind(el, "^I", "brink-complete")
    _ = ceditline_bind(el, "^R", "em-inc-search-prev")
    _ = ceditline_bind(el, "^S", "em-inc-search-next")
  }

  deinit { close() }

  private static func from(_ el: OpaquePointer) -> LibEditLineEditor {
    Unmanaged<LibEditLineEditor>.fromOpaque(ceditline_get_clientdata(el)!).takeUnretainedValue()
  }

  public var isInteractive: Bool { true }

  /// Brackets escape sequences in the prompt, so libedit does not count them as
  /// columns (EL_PROMPT_ESC); without it a coloured prompt misplaces the cursor.
  static let literalMarker: CChar = 1

  /// `prompt` with every ANSI escape sequence (ESC … final letter) between markers.
  static func markingEscapes(_ prompt: String) -> String {
    guard prompt.contains("\u{1B}") else { return prompt }
    var out = ""
    var inEscape = false
    for scalar in prompt.unicodeScalars {
      if scalar == "\u{1B}" {
        out += "\u{1}"
        inEscape = true
      }
      out.unicodeScalars.append(scalar)
      if inEscape && scalar != "\u{1B}" && scalar != "[" && !("0"..."9").contains(scalar) && scalar != ";" {
        out += "\u{1}"
        inEscape = false
      }
    }
    return out
  }

  public func read(prompt: String) -> LineInput {
    free(promptStorage)
    promptStorage = strdup(Self.markingEscapes(prompt))!
    var count: Int32 = 0
    errno = 0
    guard let p = el_gets(el, &count), count > 0 else {
      if count < 0 && errno == EINTR { return .interrupted }
      return .endOfInput
    }
    var line = String(cString: p)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  public func addHistory(_ line: String) {
    // Trimmed: TAB completion leaves a trailing space, which would defeat H_SETUNIQUE.
    let trimmed = line.trimmingSpaces()
    guard !trimmed.isEmpty, !closed else { return }
    _ = ceditline_hist_enter(history, trimmed)
    // Appended at once, so a crash loses nothing; a failure is said once.
    if let warning = store?.append(trimmed) { Console.writeError("brink: warning: \(warning)\n") }
  }

  public func close() {
    guard !closed else { return }
    closed = true
    el_end(el)
    history_end(history)
    free(promptStorage)
  }

  /// TAB: insert the only candidate; else extend to the candidates' common prefix;
  /// else list them under the line and redraw.
  private func completeAtCursor() -> UInt8 {
    guard let info = el_line(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
      return UInt8(CC_ERROR)
    }
    let length = buffer.distance(to: cursor)
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: length)
    let before = String(decoding: bytes, as: UTF8.self)
    let completion = complete(before)
    guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let typed = completion.word
    let replacement: String
    if completion.candidates.count == 1 {
      let only = completion.candidates[0]
      replacement = only.hasSuffix("/") || only.hasSuffix("=") ? only : only + " "
    } else {
      let common = Completion.commonPrefix(completion.candidates)
      if common.count > typed.count {
        replacement = common
      } else {
        listCandidates(completion.candidates)
        return UInt8(CC_REDISPLAY)
      }
    }
    if !typed.isEmpty { el_deletestr(el, Int32(typed.count)) }
    guard el_insertstr(el, replacement) == 0 else { return UInt8(CC_REFRESH_BEEP) }
    return UInt8(CC_REFRESH)
  }

  private func listCandidates(_ candidates: [String]) {
    let out = ceditline_get_outfp(el) ?? ceditline_stdout()
    let width = (candidates.map(\.count).max() ?? 0) + 2
    let columns = max(1, 78 / width)
    var text = "\n"
    for (i, c) in candidates.enumerated() {
      text += c.padded(to: width)
      if (i + 1) % columns == 0 || i == candidates.count - 1 { text += "\n" }
    }
    fputs(text, out)
    fflush(out)
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s = s.dropLast() }
    return String(s)
  }
}
