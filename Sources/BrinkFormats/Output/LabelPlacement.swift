import Foundation

/// Where the ladder picture's arrow labels go (`LadderChart`): each label has a few
/// candidate spots along its arrow, best first; it takes the first whose box
/// overlaps no state box and no label placed before it, else the one that overlaps
/// least. When every candidate is taken (a crowded ladder: Scenarios/benchmark.yaml),
/// it searches outward from the first candidate, ring by ring, for the nearest free
/// spot, so no two labels overlap (the picture grows to hold it: `LadderChart`).
/// Greedy, in the order the labels come, so the same scenario gives the same
/// picture. Text extents are estimated (10-point text: at most about
/// 6 px a character with room to spare, 12 px a line), which is all an SVG writer can know without a font.
struct LabelPlacement {
  struct Box {
    var x: Double, y: Double, width: Double, height: Double

    /// The area this box shares with `other` (0 when apart).
    func overlap(_ other: Box) -> Double {
      let w = min(x + width, other.x + other.width) - max(x, other.x)
      let h = min(y + height, other.y + other.height) - max(y, other.y)
      return w > 0 && h > 0 ? w * h : 0
    }
  }

  /// A label's anchor point (its first line's baseline) and text anchor.
  struct Spot {
    var x: Double, y: Double, anchor: String
  }

  /// What labels must keep clear of: the state boxes, then each label placed.
  private(set) var taken: [Box]

  init(boxes: [Box]) { taken = boxes }

  /// The box `lines` cover at `spot`.
  static func extent(_ lines: [String], at spot: Spot) -> Box {
    let width = Double(lines.map(\.count).max() ?? 0) * 6 + 4, height = Double(lines.count) * 12
    let left = spot.anchor == "middle" ? spot.x - width / 2 : spot.anchor == "end" ? spot.x - width : spot.x
    return Box(x: left, y: spot.y - 10, width: width, height: height)
  }

  /// Takes the first free spot of `candidates` (else the least crowded) and keeps it clear.
  mutating func place(_ lines: [String], at candidates: [Spot]) -> Spot {
    var best = candidates[0], least = Double.infinity
    for spot in candidates {
      let box = Self.extent(lines, at: spot)
      let overlap = taken.reduce(0) { $0 + $1.overlap(box) }
      if overlap < least {
        best = spot
        least = overlap
      }
      if overlap == 0 { break }
    }
    if least > 0, let free = nearestFree(lines, around: candidates[0]) { best = free }
    taken.append(Self.extent(lines, at: best))
    return best
  }

  /// The first spot free of every box on rings of growing radius (12 px apart, 24
  /// directions each, starting straight up) round `origin`; nil if none within 600 px.
  func nearestFree(_ lines: [String], around origin: Spot) -> Spot? {
    for radius in stride(from: 12.0, through: 600, by: 12) {
      for k in 0..<24 {
        let angle = Double(k) * Double.pi / 12
        let spot = Spot(x: origin.x + radius * sin(angle), y: origin.y - radius * cos(angle), anchor: origin.anchor)
        let box = Self.extent(lines, at: spot)
        if taken.allSatisfy({ $0.overlap(box) == 0 }) { return spot }
      }
    }
    return nil
  }
}
