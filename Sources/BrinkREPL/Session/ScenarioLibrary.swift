import BrinkFormats
import Glibc

/// The scenario files `load NAME` finds, wherever brink runs.
///
/// The search path, first match wins (as `PATH` does):
/// 1. `./Scenarios`, when the current directory has one (a clone of the repository,
///    or a class's own folder);
/// 2. each folder of `BRINK_PATH` (colon-separated, like `PATH`);
/// 3. the installed library, `../share/brink/Scenarios` beside the running binary
///    (`make install` puts it there; `/proc/self/exe` says where the binary is, so a
///    symlinked or relocated install still finds it).
/// A name found in an earlier folder hides the same name later, so a class can
/// override one scenario without copying the library.
struct ScenarioLibrary: Sendable {
  struct Entry: Sendable {
    var name: String
    var directory: String
    var path: String

    /// The scenario's title (a Gambit game's, marked as one); nil when the file
    /// cannot be read (then `load` says why). Read on demand (it parses the file):
    /// only `scenarios` shows titles, while `load NAME` and TAB completion need names alone.
    var title: String? {
      if path.hasSuffix(".efg") {
        return (try? NFGReader.read(path: path)).map { "\($0.game.title) (Gambit extensive game)" }
      }
      return (try? ScenarioReader.read(contentsOf: path))?.scenario.title
    }
  }

  /// The folders searched that exist, in order.
  var directories: [String]
  /// Every scenario file found, the first of each name only, sorted by name.
  var entries: [Entry]

  /// The library as the environment and file system say now.
  static func current() -> ScenarioLibrary {
    let environment = getenv("BRINK_PATH").map { String(cString: $0) }
    return ScenarioLibrary(searchPath: searchPath(brinkPath: environment, executable: executablePath()))
  }

  /// The folders of the search path (steps 1–3), whether or not they exist.
  static func searchPath(brinkPath: String?, executable: String?) -> [String] {
    var folders = ["Scenarios"]
    folders += (brinkPath ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    if let executable {
      let bin = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
      folders.append((bin.isEmpty ? "." : bin) + "/../share/brink/Scenarios")
    }
    return folders
  }

  init(searchPath: [String]) {
    var seen = Set<String>(), found = [Entry](), directories = [String]()
    for folder in searchPath {
      guard let names = DirectoryListing.entries(folder) else { continue }
      let directory = Self.tidy(folder)
      guard !directories.contains(directory) else { continue }
      directories.append(directory)
      let files = names.compactMap { file in
        Self.suffixes.firstIndex { file.hasSuffix($0) }.map { (file: file, stem: String(file.dropLast(Self.suffixes[$0].count)), kind: $0) }
      }
      for (file, name, _) in files.sorted(by: { ($0.stem, $0.kind) < ($1.stem, $1.kind) }) {
        guard seen.insert(name).inserted else { continue }
        let path = directory + "/" + file
        found.append(Entry(name: name, directory: directory, path: path))
      }
    }
    self.directories = directories
    self.entries = found.sorted { $0.name < $1.name }
  }

  /// The files the library holds: scenarios, and the Gambit extensive games of the
  /// signalling lessons (`Scenarios/beer-quiche.efg`), which `load` reads as games.
  /// A scenario hides a game of the same name in the same folder.
  static let suffixes = [".yaml", ".efg"]

  /// The scenario files alone (not the Gambit games): what `brink backtest` scores.
  var scenarioPaths: [String] { entries.map(\.path).filter { $0.hasSuffix(".yaml") } }

  /// Every name `load NAME` accepts, without repeats.
  var names: [String] {
    var seen = Set<String>()
    return ([ScenarioReader.builtIn().name] + entries.map(\.name) + BuiltInGames.all.map(\.name))
      .filter { seen.insert($0).inserted }
  }

  func path(named name: String) -> String? {
    entries.first { $0.name == name }?.path
  }

  /// The running binary's path (Linux: `/proc/self/exe`), symlinks resolved.
  static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `a/b/../c` as `a/c`, for the listing (the folder is read as given).
  static func tidy(_ path: String) -> String {
    var parts = [Substring]()
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
      if part == "..", let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append(part) }
    }
    return parts.joined(separator: "/")
  }
}
