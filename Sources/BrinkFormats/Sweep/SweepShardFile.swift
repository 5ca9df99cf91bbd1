import BrinkCore
import Foundation

/// What `brink sweep FILE KIND ... --shard k/n` writes and `brink merge` reads: one
/// shard's part of a sweep, with the run's identity (the brink that wrote it, the
/// scenario's digest, the sweep's kind and arguments, k/n), so that the merge can
/// refuse shards of different runs and print exactly the single run's output
/// without the scenario file. JSON, with sorted keys (Docs/scaling.md).
///
/// How the work is split (`method`):
/// - `bisection` (`sweep discount`; `sweep probability` when the state can be
///   reached again): shard k takes the k-th contiguous block of the grid steps
///   (`BisectionSweep.steps(shard:of:)`), evaluates the grid points at their ends
///   and locates every change inside them; `bisection` holds the points and their
///   signatures, and the round game with the future at FROM or TO when the block
///   reaches an end. Points and ends are everything the report is made of.
/// - `logit` (`sweep lambda`): each value of λ is one solve; shard k takes the
///   k-th contiguous block of the values (as `simulate` splits paths) and `logit`
///   holds the path's points there (move probabilities and the stage game).
/// - `whole` (`sweep payoff`, and `sweep probability` when its break points are
///   exact): the sweep is not split; shard 1 computes it and holds its `text`, the
///   other shards hold nothing.
public struct SweepShardFile: Codable, Sendable, Equatable {
  public static let formatName = "brink-sweep-shard/1"
  /// The most shards a sweep is split into: far more than its grid steps, and few
  /// enough that a merge can list the missing ones.
  public static let maximumShards = 1_000_000

  public var format: String
  /// The brink that wrote it (`BrinkVersion.current`).
  public var brink: String
  /// The scenario's name in diagnostics (its path when it was run).
  public var scenarioFile: String
  /// `digest(of:)` of the scenario's text.
  public var scenarioDigest: String
  /// What is swept and its arguments, as given (`discount 1/2 1`).
  public var sweep: [String]
  /// `[k, n]`: this is shard `k` of `n`.
  public var shard: [Int]
  /// `bisection`, `logit` or `whole` (see above).
  public var method: String
  public var bisection: Bisection?
  public var logit: Logit?
  /// The whole sweep's text, in shard 1 of a `whole` sweep.
  public var text: String?

  /// One block of a sweep located by bisection (`BisectionSweep`), with what its
  /// report is labelled by.
  public struct Bisection: Codable, Sendable, Equatable {
    public var label: String
    public var symbol: String
    public var from: Rational
    public var to: Rational
    public var reason: String
    public var grid: Int
    public var width: Rational
    /// The grid steps this shard took, `[first, end)`.
    public var steps: [Int]
    public var points: [Point]
    /// The round game with the future at FROM and/or TO, when the block has them.
    public var ends: [End]

    public struct Point: Codable, Sendable, Equatable {
      public var t: Rational
      public var signature: SolutionSignature
      public init(t: Rational, signature: SolutionSignature) {
        self.t = t
        self.signature = signature
      }
    }

    public struct End: Codable, Sendable, Equatable {
      public var t: Rational
      public var game: Bimatrix
      public init(t: Rational, game: Bimatrix) {
        self.t = t
        self.game = game
      }
    }

    public init(label: String, symbol: String, from: Rational, to: Rational, reason: String, grid: Int, width: Rational,
                steps: Range<Int>, points: [Point], ends: [End]) {
      self.label = label
      self.symbol = symbol
      self.from = from
      self.to = to
      self.reason = reason
      self.grid = grid
      self.width = width
      self.steps = [steps.lowerBound, steps.upperBound]
      self.points = points
      self.ends = ends
    }

    /// The same sweep (everything but this block's steps, points and ends).
    public func isSameSweep(as other: Bisection) -> Bool {
      label == other.label && symbol == other.symbol && from == other.from && to == other.to
        && reason == other.reason && grid == other.grid && width == other.width
    }
  }

  /// One block of a logit path (`LogitPath`), with its report's title and notes.
  public struct Logit: Codable, Sendable, Equatable {
    public var title: String
    public var notes: [String]
    /// Every λ of the whole path, in order.
    public var lambdas: [Double]
    /// The indices in `lambdas` this shard took, `[first, end)`.
    public var steps: [Int]
    public var points: [Point]

    /// One λ, as the engine's logit path gives it.
    public typealias Point = LogitPath.Point

    public init(title: String, notes: [String], lambdas: [Double], steps: Range<Int>, points: [Point]) {
      self.title = title
      self.notes = notes
      self.lambdas = lambdas
      self.steps = [steps.lowerBound, steps.upperBound]
      self.points = points
    }
  }

  public init(scenarioFile: String, scenarioText: String, sweep: [String], shard: [Int],
              bisection: Bisection?, logit: Logit? = nil, text: String?) {
    format = Self.formatName
    brink = BrinkVersion.current
    self.scenarioFile = scenarioFile
    scenarioDigest = Self.digest(of: scenarioText)
    self.sweep = sweep
    self.shard = shard
    method = bisection != nil ? "bisection" : logit != nil ? "logit" : "whole"
    self.bisection = bisection
    self.logit = logit
    self.text = text
  }

  /// FNV-1a (64 bits) over the text's UTF-8 bytes, as `fnv1a64:` and 16 hex
  /// digits: shards of one sweep must have read the same scenario text.
  public static func digest(of text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The `format` a JSON file names (`brink-sweep-shard/1`, `brink-shard/1`), so
  /// that `brink merge` can tell sweep shards from simulation shards before reading
  /// either fully; nil when it names none.
  public static func format(of text: String) -> String? {
    struct Format: Decodable { var format: String }
    return (try? JSONDecoder().decode(Format.self, from: Data(text.utf8)))?.format
  }

  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else { return "{}" }
    return text
  }

  /// Reads a sweep shard; a problem is one diagnostic at the field it is about.
  public static func read(_ text: String, file: String) throws(DiagnosticList) -> SweepShardFile {
    let locator = JSONLocator(text)
    func fail(_ field: String?, _ message: String) -> DiagnosticList {
      DiagnosticList([Diagnostic(at: locator.location(ofField: field, file: file), message)], source: nil)
    }
    let shard: SweepShardFile
    do {
      shard = try JSONDecoder().decode(SweepShardFile.self, from: Data(text.utf8))
    } catch {
      let (at, reason) = locator.diagnose(error, file: file, fractionKeys: ["lambdas"])
      throw DiagnosticList([Diagnostic(at: at, "not a brink sweep shard file: \(reason)")], source: nil)
    }
    guard shard.format == formatName else {
      throw fail("format", "unsupported sweep shard format in 'format': '\(shard.format)'; this brink reads '\(formatName)'")
    }
    if let problem = shard.inconsistency() { throw fail(problem.field, "invalid sweep shard: \(problem.message)") }
    return shard
  }

  /// What makes the file unusable (so that a damaged file is refused, never
  /// trapped on): its numbers, its method's fields, its games' shapes.
  func inconsistency() -> JSONFieldProblem? {
    guard shard.count == 2, (1...Self.maximumShards).contains(shard[1]), (1...shard[1]).contains(shard[0]) else {
      return JSONFieldProblem("shard", "bad shard number \(shard) (at most \(Self.maximumShards) shards)")
    }
    guard !sweep.isEmpty else { return JSONFieldProblem("sweep", "'sweep' is empty") }
    switch method {
    case "whole":
      guard bisection == nil, logit == nil else { return JSONFieldProblem("method", "a 'whole' sweep has no 'bisection' or 'logit'") }
      if shard[0] == 1 && text == nil { return JSONFieldProblem("shard", "shard 1 of a 'whole' sweep must hold its 'text'") }
      if shard[0] != 1 && text != nil { return JSONFieldProblem("text", "only shard 1 of a 'whole' sweep holds a 'text'") }
    case "bisection":
      guard let b = bisection, logit == nil, text == nil else { return JSONFieldProblem("method", "a 'bisection' sweep has 'bisection' and no 'logit' or 'text'") }
      guard (1...1_000_000).contains(b.grid), b.width.signum > 0, b.from < b.to else { return JSONFieldProblem("bisection", "bad 'bisection' range, grid or width") }
      guard b.steps.count == 2, 0 <= b.steps[0], b.steps[0] <= b.steps[1], b.steps[1] <= b.grid else {
        return JSONFieldProblem("bisection.steps", "bad 'bisection.steps' \(b.steps)")
      }
      if let k = b.points.firstIndex(where: { $0.t < b.from || $0.t > b.to }) { return JSONFieldProblem("bisection.points[\(k)]", "'bisection.points[\(k)]' lies outside the range") }
      if let k = b.points.firstIndex(where: { !Self.isWellFormed($0.signature) }) {
        return JSONFieldProblem("bisection.points[\(k)].signature", "'bisection.points[\(k)].signature' is not well-formed")
      }
      for (k, end) in b.ends.enumerated() {
        guard end.t == b.from || end.t == b.to else { return JSONFieldProblem("bisection.ends[\(k)]", "'bisection.ends[\(k)]' is not at FROM or TO") }
        let g = end.game
        guard Self.isWellFormed(g), (1...15).contains(g.a.count), g.a.count == g.b.count, (1...15).contains(g.a[0].count), g.rowStrategies.count == g.a.count, let n = g.a.first?.count, n > 0,
          g.columnStrategies.count == n, g.a.allSatisfy({ $0.count == n }), g.b.allSatisfy({ $0.count == n })
        else { return JSONFieldProblem("bisection.ends[\(k)].game", "'bisection.ends[\(k)].game' is not a well-formed game") }
      }
    case "logit":
      guard let l = logit, bisection == nil, text == nil else { return JSONFieldProblem("method", "a 'logit' sweep has 'logit' and no 'bisection' or 'text'") }
      guard (1...1000).contains(l.lambdas.count), l.lambdas.allSatisfy({ $0.isFinite && $0 >= 0 }) else { return JSONFieldProblem("logit.lambdas", "bad 'logit.lambdas'") }
      guard l.steps.count == 2, 0 <= l.steps[0], l.steps[0] <= l.steps[1], l.steps[1] <= l.lambdas.count,
        l.points.count == l.steps[1] - l.steps[0]
      else { return JSONFieldProblem("logit.steps", "bad 'logit.steps' \(l.steps) for \(l.points.count) points") }
      for (k, p) in l.points.enumerated() {
        guard Self.isWellFormed(p.stageGame), p.mixtures.count == 2, p.mixtures[0].count == p.stageGame.a.count,
          p.mixtures[1].count == p.stageGame.a[0].count, p.mixtures.allSatisfy({ $0.allSatisfy(\.isFinite) }), p.lambda.isFinite
        else { return JSONFieldProblem("logit.points[\(k)]", "'logit.points[\(k)]' is not well-formed") }
      }
      if !Self.haveOneShape(l.points) { return JSONFieldProblem("logit.points", "'logit.points' are not all of one game's shape") }
    default:
      return JSONFieldProblem("method", "unknown method '\(method)' (bisection or whole)")
    }
    return nil
  }

  /// Whether every point's stage game has the first one's moves (the table is laid
  /// out by the first).
  public static func haveOneShape(_ points: [Logit.Point]) -> Bool {
    guard let first = points.first?.stageGame else { return true }
    return points.allSatisfy { $0.stageGame.rowStrategies == first.rowStrategies && $0.stageGame.columnStrategies == first.columnStrategies }
  }

  /// A game of at most 15 moves a side (a stage game's limit) with matrices of its shape.
  static func isWellFormed(_ g: Bimatrix) -> Bool {
    guard (1...15).contains(g.a.count), g.a.count == g.b.count, g.rowStrategies.count == g.a.count,
      let n = g.a.first?.count, (1...15).contains(n), g.columnStrategies.count == n
    else { return false }
    return g.a.allSatisfy { $0.count == n } && g.b.allSatisfy { $0.count == n }
  }

  /// Two players, two supports per play, and equilibria that name moves there are.
  static func isWellFormed(_ s: SolutionSignature) -> Bool {
    guard s.players.count == 2, s.play.allSatisfy({ $0.supports.allSatisfy { $0.count == 2 } }) else { return false }
    guard let here = s.here else { return true }
    guard here.moves.count == 2 else { return false }
    func fits(_ indices: [[Int]]) -> Bool {
      indices.count == 2 && (0..<2).allSatisfy { k in indices[k].allSatisfy { here.moves[k].indices.contains($0) } }
    }
    return here.shape.pureCells.allSatisfy { $0.count == 2 && fits([[$0[0]], [$0[1]]]) }
      && here.shape.partial.allSatisfy(fits)
  }
}
