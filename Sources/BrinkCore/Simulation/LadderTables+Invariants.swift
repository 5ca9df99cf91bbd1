extension LadderTables {
  /// Checks, in debug builds (`assert(tables.checkInvariants())` at the end of
  /// `LadderBuilder.build`), what the unchecked reads of the inner loop rely on:
  /// every stored index is in range of the table it points into, every range is
  /// ordered, every distribution's thresholds rise to 2⁵³, every chained cell points
  /// inside the columns (swift-collections' `Heap+Invariants.swift` habit).
  /// Stops with the first broken invariant; returns `true` otherwise.
  func checkInvariants() -> Bool {
    func check(_ condition: Bool, _ what: @autoclosure () -> String) {
      precondition(condition, "LadderTables invariant: " + what())
    }
    func isRanges(_ starts: Table<Int32>, count: Int, within end: Int) -> Bool {
      starts.count == count + 1 && (starts.first ?? 0) >= 0
        && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 } && Int(starts.last ?? 0) <= end
    }
    let S = stateCount
    check([terminal.count, moveCount0.count, moveCount1.count, jointBase.count].allSatisfy { $0 == S }, "per-state sizes")
    check(terminalPayoffs.count == 2 * S, "terminal payoffs")
    check(!hasHorizonPayoffs || (terminalFlows.count == 2 * S && horizonValues.count == 2 * S), "flows and horizon values")
    check((0..<S).contains(Int(initialState)), "initial state")
    let outcomes = stagePayoffs.count / 2
    check(transitionStart.count == outcomes + 1 && outcomeChangeStart.count == outcomes + 1, "per-outcome sizes")
    check(isRanges(transitionStart, count: outcomes, within: transitionNext.count), "transition ranges")
    check(transitionNext.allSatisfy { (0..<Int32(S)).contains($0) }, "next states")
    for s in 0..<S where !terminal[s] {
      check(Int(jointBase[s]) + Int(moveCount0[s]) * Int(moveCount1[s]) <= outcomes, "joint moves of state \(s)")
    }
    for j in 0..<outcomes {
      let range = Int(transitionStart[j])..<Int(transitionStart[j + 1])
      check(!range.isEmpty && isDistribution(transitionThreshold[range]), "transitions of outcome \(j)")
    }
    check(isRanges(outcomeChangeStart, count: outcomes, within: changes.variable.count), "outcome change ranges")
    check(isRanges(effectChangeStart, count: effectCount, within: changes.variable.count), "effect change ranges")
    check(changes.variable.allSatisfy { (0..<Int32(variableCount)).contains($0) }, "changed variables")
    check(paddedChanges.start.count == outcomes + 1
      && paddedChanges.variable.allSatisfy { (0...Int32(variableCount)).contains($0) }, "padded changes")
    for (player, plan) in plans.enumerated() {
      check(plan.moveOffset.count == S && plan.responseStride.count == S && plan.escalates.count == plan.blockSize, "move plan shape")
      check(plan.thresholds.count % max(plan.blockSize, 1) == 0, "move plan blocks")
      for block in stride(from: 0, to: plan.thresholds.count, by: max(plan.blockSize, 1)) {
        for s in 0..<S where !terminal[s] {
          let moves = Int(player == 0 ? moveCount0[s] : moveCount1[s])
          let responses = plan.responds(state: s) ? Int(player == 0 ? moveCount1[s] : moveCount0[s]) : 1
          for k in 0..<responses {
            let row = block + Int(plan.moveOffset[s]) + k * Int(plan.responseStride[s])
            check(isDistribution(plan.thresholds[row..<row + moves]), "move row \(row)")
          }
        }
      }
    }
    check([effectFirst.count, effectLast.count, gapStart.count, gapCount.count, effectTarget.count].allSatisfy { $0 == effectCount }
      && effectApplies.count == effectCount * S && effectFiresFrom.count == effectCount * S
      && (0...effectCount).contains(firstJointEffect), "per-effect sizes")
    for e in 0..<effectCount {
      check(gapCount[e] == max(effectLast[e] - effectFirst[e] + 1, 0) && gapStart[e] + gapCount[e] <= gapThreshold.count,
            "gap table of effect \(e)")
      check((-1..<Int32(S)).contains(effectTarget[e]), "target of effect \(e)")
    }
    check(effectRoundStart.count == rounds + 1 && isRanges(effectRoundStart, count: rounds, within: effectRoundList.count)
      && effectRoundList.allSatisfy { (0..<Int32(effectCount)).contains($0) }, "effects by round")
    check(effectIsDrawn.count == effectCount && certainFiringFrom.count == rounds + 1
      && drawnEffects.allSatisfy { (0..<Int32(effectCount)).contains($0) && effectIsDrawn[Int($0)] }, "effect schedule")
    check(isRanges(effectsByStateStart, count: S, within: effectsByState.count)
      && effectsByState.allSatisfy { (0..<Int32(effectCount)).contains($0) }, "effects by state")
    if let wide = wideLanes?.first {
      check(lanes == nil && (1...LadderWideLanes.maximumLayers).contains(wide.layers)
        && wide.keep.count == outcomes * wide.layers && wide.amount.count == outcomes * wide.layers, "wide lanes")
    }
    check(discountPowers.count == rounds + 1 && variableScales.count == variableCount, "per-round and per-variable sizes")
    if let chain {
      check(chain.cellStart.count == chain.cellCount.count, "chained cells")
      for c in chain.cellStart.indices {
        check(Int(chain.cellStart[c]) + Int(chain.cellCount[c]) <= chain.columns.count, "chained cell \(c)")
      }
      check(chain.columns.allSatisfy { $0.threshold <= Threshold53.unit && Int($0.alias) < chain.columns.count },
            "chained columns")
      check(chain.outcomes.count == chain.columns.count
        && chain.outcomes.allSatisfy { Int($0.joint) < outcomes && (0..<Int32(S)).contains($0.next) }, "chained outcomes")
    }
    return true
  }

  /// Cumulative thresholds: never decreasing, the last one 2⁵³.
  private func isDistribution(_ thresholds: Table<UInt64>) -> Bool {
    zip(thresholds, thresholds.dropFirst()).allSatisfy { $0 <= $1 } && thresholds.last == Threshold53.unit
  }
}
