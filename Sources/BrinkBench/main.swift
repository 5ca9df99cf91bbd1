// brink-bench: prints benchmark figures, one section per benchmark.
// Run with `make bench` (a release build). Each section is one function in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())

runEquilibriumBenchmark(arguments: arguments)
runDegenerateBenchmark(arguments: arguments)
