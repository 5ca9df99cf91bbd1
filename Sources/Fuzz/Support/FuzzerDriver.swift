/// Starts libFuzzer from Swift. Each fuzz target's `main.swift` defines
/// `LLVMFuzzerTestOneInput` (libFuzzer's own `main` references it) and calls
/// `runFuzzer(_:)`, so the target links whichever `main` the linker keeps.
/// Fuzz targets are built only with `BRINK_FUZZ=1` (see the Makefile's `fuzz` target
/// and Docs/fuzzing.md), with `-sanitize=fuzzer,address` and lld.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}

@_silgen_name("exit")
func exit(_ status: CInt) -> Never
