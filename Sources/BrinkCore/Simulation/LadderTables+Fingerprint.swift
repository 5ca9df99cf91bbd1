extension LadderTables {
  /// FNV-1a over every input table and name: stable across runs and machines
  /// (unlike `Hasher`, which is seeded per process), so statistics of different
  /// ladders are never merged. The derived tables follow from these and are left out.
  func fingerprint(names: [String]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ x: UInt64) {
      for byte in 0..<8 {
        h ^= (x >> (8 * UInt64(byte))) & 0xff
        h = h &* 0x0000_0100_0000_01b3
      }
    }
    for name in names {
      for b in name.utf8 { mix(UInt64(b)) }
      mix(0xffff)
    }
    mix(UInt64(initialState))
    mix(UInt64(rounds))
    mix(discount.bitPattern)
    for a in [moveCount0, moveCount1, jointBase, transitionStart, transitionNext, outcomeChangeStart,
              changes.variable, effectRoundStart, effectRoundList, effectTarget, effectChangeStart] {
      mix(UInt64(a.count))
      for x in a { mix(UInt64(bitPattern: Int64(x))) }
    }
    for a in [stagePayoffs, changes.amount, terminalPayoffs, flowWeights, initialValues] {
      mix(UInt64(a.count))
      for x in a { mix(x.bitPattern) }
    }
    // Only when present, so that every other ladder keeps its digest.
    if hasHorizonPayoffs {
      for a in [terminalFlows, horizonValues, flowAnnuity] {
        mix(UInt64(a.count))
        for x in a { mix(x.bitPattern) }
      }
    }
    for a in [transitionThreshold, effectThreshold] + plans.map(\.thresholds) {
      mix(UInt64(a.count))
      for x in a { mix(x) }
    }
    mix(UInt64(firstJointEffect))
    for a in [changes.isSet, effectApplies, effectFiresFrom] + plans.map(\.escalates) {
      mix(UInt64(a.count))
      for x in a { mix(x ? 1 : 0) }
    }
    for plan in plans { mix(UInt64(plan.roundStride)); mix(UInt64(plan.memoryStride)) }
    // Only where someone responds, so that earlier ladders keep their fingerprint.
    for plan in plans where plan.responseStride.contains(where: { $0 != 0 }) {
      for x in plan.responseStride { mix(UInt64(bitPattern: Int64(x))) }
    }
    return h
  }
}
