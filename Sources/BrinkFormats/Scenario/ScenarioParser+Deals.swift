import BrinkCore
import Yams

/// `deal:` on a state: a menu of packages one side offers and the other accepts or
/// refuses (`DealMenu`; Docs/scenario-format.md, "Deals with content").
extension ScenarioParser {
  /// The keys of a state that a bargaining state makes for itself from its menu.
  static let keysMadeByDeal = ["moves", "payoffs", "transitions", "effects", "order"]

  /// `deal: {proposer: P, packages: {NAME: {effects: …, rounds: N}, …}, no_deal: NEXT, payoff: [a, b]}`.
  func parseDeal(_ node: Yams.Node, for what: String) -> DealSyntax? {
    guard let f = read.mapping(node, for: "the deal of \(what)", allowed: ["proposer", "packages", "no_deal", "payoff"],
                               required: ["proposer", "packages", "no_deal"])
    else { return nil }
    var d = DealSyntax(location: f.location)
    d.proposer = f["proposer"].flatMap { read.name($0, for: "the proposer of the deal of \(what)") }
    d.payoff = f["payoff"].flatMap { expressionPair($0, for: "the payoff of the deal of \(what)") }
    if let n = f["no_deal"] {
      let key = JointKeySyntax(text: Located("no_deal", at: f.keyLocation("no_deal")!, length: "no_deal".count))
      d.noDeal = parseNext(n, key: key, for: what)
    }
    guard let p = f["packages"] else { return d }
    d.packagesLocation = read.location(p)
    guard let entries = read.namedEntries(p, for: "the packages of the deal of \(what)") else { return d }
    if entries.isEmpty {
      sink.error(at: read.location(p), "the deal of \(what) has no packages: a menu needs at least one")
    }
    d.packages = entries.map { id, body in
      var package = DealPackageSyntax(id: id, location: id.location)
      let where_ = "package '\(id.value)' of \(what)"
      guard let g = read.mapping(body, for: where_, allowed: ["description", "effects", "rounds"], required: ["effects", "rounds"])
      else { return package }
      package.description = g["description"].flatMap { read.string($0, for: "the description of \(where_)")?.value }
      if let e = g["effects"] { package.effects = parseEffects(e, for: where_) }
      package.rounds = g["rounds"].flatMap { read.integer($0, for: "the rounds of \(where_)", in: 1...Limits.maximumDealRounds) }
      return package
    }
    return d
  }
}
