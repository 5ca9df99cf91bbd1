/// The states a path has visited (runs collapsed), written to a small buffer as
/// the path goes and packed into its `PathKeyCodec` key once, at the end.
///
/// Why: packing each new state into the 128-bit key as it comes (a shift to a
/// position that depends on the length so far) is a chain of a dozen dependent
/// operations per round. Here a round stores the next state and bumps a length
/// (both without a branch: whether the state changed is random); the packing runs
/// once per path.
///
/// The key is the same as appending with `PathKeyCodec.append`: the first
/// `maxLength` states, marked truncated if the path went on to another state.
///
/// Only states the path *played* a round in are kept, and the one it ended in
/// (issue 10, item 9): a state the path was moved out of by the round's events
/// and shocks before playing there — the start, or where a transition landed — is
/// replaced by where they moved it (`settle`). So a listed path is the sequence
/// of states played in, runs collapsed, then the end state.
/// The length saturates at `maxLength + 2` (so `settle` can tell a path with
/// exactly one state past the limit, which dropping it may untruncate, from a
/// longer one), and the buffer holds `maxLength + 3`.
struct PathTrail {
  let codec: PathKeyCodec
  let buffer: UnsafeMutablePointer<Int32>
  var length = 0

  init(codec: PathKeyCodec) {
    self.codec = codec
    buffer = .allocate(capacity: codec.maxLength + 3)
    buffer.initialize(repeating: 0, count: codec.maxLength + 3)
  }

  @inline(__always)
  mutating func start(_ state: Int32) {
    buffer[0] = state
    length = 1
  }

  /// Records the move from `from` to `to` (nothing if they are equal).
  @inline(__always)
  mutating func step(from: Int32, to: Int32) {
    buffer[length] = to
    length = min(length &+ (from != to ? 1 : 0), codec.maxLength &+ 2)
  }

  /// Records that the round's events and shocks moved the path from `from` to
  /// `to` before it played: if `from` was not played in yet (`pending`: the path
  /// is at its start, or its last transition brought it there) it is dropped (and
  /// `to` is not repeated when it is the state before). Rare, so not inlined.
  /// The caller says whether `from` is pending (it knows the state it played in
  /// last round), so the inner loop keeps no flag for it.
  mutating func settle(from: Int32, to: Int32, pending: Bool) {
    guard from != to, length <= codec.maxLength &+ 1 else { return }  // longer: truncated either way
    if pending {
      if length == 1 {
        buffer[0] = to
        return
      }
      length &-= 1
      if buffer[length &- 1] == to { return }
    }
    buffer[length] = to
    length &+= 1
  }

  /// The key `(a, b)`: states from bit 8 on, `bits` each, first state lowest.
  ///
  /// Steps: 1. Shift the kept states, last first, into a 128-bit accumulator
  /// `(high, low)`, so the first ends in the lowest bits. 2. Move it up by 8 bits
  /// and put the length (and the truncated flag) in bits 0–7. At most
  /// `8 + maxLength · bits ≤ 128` bits are used, so nothing falls off.
  @inline(__always)
  func key() -> (UInt64, UInt64) {
    let kept = min(length, codec.maxLength)
    // Shifts by `bits` as multiplications by 2^bits: shifts by a variable amount
    // cost several micro-operations each on x86, a full-width multiply gives the
    // bits shifted out of `low` for free.
    let scale = UInt64(1) << UInt64(codec.bits)
    var high: UInt64 = 0, low: UInt64 = 0
    var k = kept
    while k > 0 {
      k &-= 1
      let shifted = low.multipliedFullWidth(by: scale)
      high = (high &* scale) | shifted.high
      low = shifted.low | UInt64(UInt32(bitPattern: buffer[k]))
    }
    let truncated: UInt64 = length > codec.maxLength ? 0x80 : 0
    return ((low &<< 8) | UInt64(kept) | truncated, (high &<< 8) | (low &>> 56))
  }

  func deallocate() { buffer.deallocate() }
}
