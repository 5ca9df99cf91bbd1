extension SplitMix64 {
  /// A uniform Double in [0, 1) from the top 53 bits: the draws of the stage
  /// simulation (`StageSimulation`) and of hand play's chance moves in the REPL.
  public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}
