/// The version of brink (what `brink --version` prints), written into every shard
/// file so that `brink merge` refuses shards made by different builds.
public enum BrinkVersion {
  public static let current = "0.1.0"
}
