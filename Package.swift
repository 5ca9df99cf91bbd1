// swift-tools-version:6.0
//
// brink: escalation between two powers as a game.
// The arrows point one way: brink -> BrinkREPL -> BrinkFormats -> BrinkCore.
import PackageDescription

let package = Package(
  name: "brink",
  platforms: [.macOS(.v13)],

  // MARK: - Products
  products: [
    .executable(name: "brink", targets: ["brink"]),
    .executable(name: "brink-bench", targets: ["BrinkBench"]),
    .library(name: "BrinkCore", targets: ["BrinkCore"]),
    .library(name: "BrinkFormats", targets: ["BrinkFormats"]),
    .library(name: "BrinkREPL", targets: ["BrinkREPL"]),
  ],

  dependencies: [
    // Command-line parsing for the thin executable.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // YAML scenario files, with marks (line/column) for precise errors.
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // Arbitrary-precision integers: the exact fallback when Int64 pivoting overflows.
    .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
  ],

  // MARK: - Targets
  targets: [
    .target(
      name: "BrinkCore",
      dependencies: [.product(name: "BigInt", package: "BigInt")]),
    .target(
      name: "BrinkFormats",
      dependencies: ["BrinkCore", .product(name: "Yams", package: "Yams")]),
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]),
    .target(
      name: "BrinkREPL",
      dependencies: ["BrinkCore", "BrinkFormats", "CEditLine"]),
    .executableTarget(
      name: "brink",
      dependencies: [
        "BrinkCore", "BrinkFormats", "BrinkREPL",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "BrinkBench",
      dependencies: ["BrinkCore", "BrinkFormats", "BrinkREPL"]),

    // MARK: - Test targets
    .testTarget(name: "BrinkCoreTests", dependencies: ["BrinkCore"]),
    .testTarget(
      name: "BrinkFormatsTests", dependencies: ["BrinkFormats"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "BrinkREPLTests", dependencies: ["BrinkREPL"], exclude: ["Transcripts"]),
    // Depends on the executables so that building the tests builds the binaries they run.
    .testTarget(name: "brinkTests", dependencies: ["BrinkCore", "brink", "BrinkBench"], exclude: ["Gambit", "Golden"]),
  ]
)

// MARK: - Fuzz targets
// Built only with BRINK_FUZZ=1, since they link libFuzzer: `make fuzz` (Docs/fuzzing.md).
if Context.environment["BRINK_FUZZ"] != nil {
  package.targets += [
    .target(name: "FuzzSupport", path: "Sources/Fuzz/Support"),
    .executableTarget(name: "fuzz-solvers", dependencies: ["BrinkCore", "FuzzSupport"], path: "Sources/Fuzz/Solvers"),
    .executableTarget(name: "fuzz-nfg", dependencies: ["BrinkFormats", "FuzzSupport"], path: "Sources/Fuzz/NFG"),
    .executableTarget(name: "fuzz-scenario", dependencies: ["BrinkCore", "BrinkFormats", "FuzzSupport"], path: "Sources/Fuzz/Scenario"),
    .executableTarget(name: "fuzz-repl", dependencies: ["BrinkREPL", "BrinkFormats", "BrinkCore", "FuzzSupport"], path: "Sources/Fuzz/REPL"),
    .executableTarget(name: "fuzz-merge", dependencies: ["BrinkREPL", "BrinkFormats", "BrinkCore", "FuzzSupport"], path: "Sources/Fuzz/Merge"),
  ]
}
