import BrinkCore

extension RunControl {
  /// The run control of one command in brink (a CLI invocation, a REPL line, a
  /// script line): Ctrl-C through `Interrupt` (install its handler first), the
  /// command's deadline, and progress drawn by `bar`. Build a new one for every
  /// command: the test hook (`TestHold`) counts commands by their run controls.
  public static func command(deadline: Deadline? = nil, progress bar: ProgressBar? = nil) -> RunControl {
    let hold = TestHold()
    return RunControl(
      deadline: deadline,
      isInterrupted: {
        hold.poll(deadline: deadline)
        return Interrupt.isRequested
      },
      progress: { done, total in
        // The bar first, so a test held at this report has seen it drawn.
        bar?.update(done: done, total: total)
        hold.progress(deadline: deadline)
      })
  }
}
