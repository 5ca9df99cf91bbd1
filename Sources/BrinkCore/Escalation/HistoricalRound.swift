/// What one side actually did in one round, for replays.
public struct HistoricalRound: Sendable, Hashable {
  public var round: Int
  /// `moves[player]`: a move name, or `nil` when unknown.
  public var moves: [String?]
  /// Free text: what happened and where it was reported.
  public var note: String
  public var source: String

  public init(round: Int, moves: [String?], note: String = "", source: String = "") {
    self.round = round
    self.moves = moves
    self.note = note
    self.source = source
  }
}
