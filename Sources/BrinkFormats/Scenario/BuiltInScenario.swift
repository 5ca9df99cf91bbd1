/// The default scenario's text, compiled in so `brink` runs anywhere. A test checks
/// that it equals Scenarios/us-china-2025-10.yaml byte for byte; after editing that
/// file, paste its text between the fences below again.
enum BuiltInScenario {
  static let file = "<built-in>"
  static let text = #"""
# The October 2025 rare-earth standoff between the United States and China.
#
# THE FACTS (each with its source; the ids refer to `sources:` below)
# - 29 Sep 2025: the US Commerce Department's "affiliates rule" took effect: a firm
#   50% or more owned by firms on the Entity List is restricted as if listed
#   [bis-2025-09-29]. China's commerce ministry opposed it the same day and promised
#   "necessary measures" [xinhua-2025-09-29], and in mid-October named the US measures
#   since the Madrid talks of September as what it was answering [gt-2025-10-12], the
#   50% rule and the port fees first among them [trivium-2025-10-17].
# - 9 Oct 2025: China announced export controls on rare earths and related items in
#   stages: some at once (China-origin rare-earth items, rare-earth technologies), more
#   from 8 November (medium and heavy rare earths, rare-earth equipment, lithium
#   batteries and graphite anodes, superhard materials), and the main extraterritorial
#   ones from 1 December (foreign-made goods with 0.1% or more Chinese rare-earth
#   content) [mofcom-61-2025; xinhua-2025-10-10; ft-2025-10-17].
# - 10 Oct 2025: the US President threatened an extra 100% tariff on goods from
#   China from 1 November "or sooner", plus export controls on critical software
#   [cna-2025-10-11; gt-2025-10-12]. On Friday 17 October he said it would take the
#   average US levy to 157% [ft-2025-10-17], i.e. 57% before it: an average that
#   includes tariffs older than 2025. This model tracks the additional China-specific
#   tariff of 2025 instead (one meaning in all three 2025-19 scenarios): 20 points
#   "fentanyl" tariff plus a 10-point reciprocal layer, 30 in all [mondaq-2025-08-26;
#   itcu-2025-08-13], 130 with the threat.
# - The reciprocal layer stood at 10% only because 24 of its 34 points were suspended,
#   first for 90 days from Geneva, then for 90 more until 10 November 2025; China
#   suspended 24 points of its own the same way [geneva-2025-05-12; itcu-2025-08-13;
#   mondaq-2025-08-26].
# - China's retaliatory tariff is its own 10-point reciprocal layer on all US goods,
#   plus 10-15% more on US farm goods since 10 March 2025, and tariffs on coal, LNG
#   and other goods since February [spotlight-2025-03-10].
# - 14 Oct 2025: the US began charging Section 301 port fees on Chinese-owned,
#   -operated and -built ships [ustr-2025-04-17], and China special port fees on
#   US-linked ships the same day [chinadaily-2025-10-11].
# - China had bought no US soybeans this season; on 14 October the President called
#   it an economically hostile act [bt-2025-10-15].
# - Treasury Secretary Bessent and Vice-Premier He Lifeng spoke by phone on Friday
#   17 October and were to meet in Malaysia the following week, a meeting that
#   could decide whether a planned Trump-Xi summit in South Korea went ahead
#   [ft-2025-10-17; thesun-2025-10-18]. The summit was to be held when both leaders
#   came to South Korea for the Asia-Pacific summit at the end of October
#   [thesun-2025-10-18]. A week before the call the President had said there seemed
#   no point meeting Xi; by the call he said it looked like going forward [ft-2025-10-17].
# - The precedent for a deal, by mid-October: truces of 90 days (Geneva, 12 May,
#   extended on 11 August) [geneva-2025-05-12; itcu-2025-08-13].
#
# THE MODEL'S JUDGEMENT
# Everything below that is a payoff, a probability or a behaviour is the model's
# judgement, not a fact, and is calibrated ONLY on what was known by 18 October
# 2025 (the sources dated up to then), so that `brink replay` is an honest test.
# Payoffs are in "points per week" for each side, measured from a world without the
# measures of 2025: each player's `weights` charge it, every week, for the tariffs,
# controls, fees and the soybean halt in force (so the situation of early October
# already costs the US 2.45 a week and China 2.85), and each
# state's table adds what the week's moves themselves win or lose (face at home,
# leverage). A point is roughly a week of modest economic or political cost.
# The script at the end records what happened next, from later reports; it is used
# only by `replay`, never to set a number.
format: brink-scenario/1
name: us-china-2025-10
title: US-China rare-earth standoff, October 2025
description: >
  After the US affiliates rule, China's staged export controls of 9 October and the
  US threat of an extra 100% tariff from 1 November, negotiators talk by phone and in
  Malaysia ahead of a possible Trump-Xi summit in South Korea. Weekly rounds from
  Thursday 16 October to 10 December 2025.
sources:
  - id: ft-2025-10-17
    outlet: Financial Times
    title: Report on Bessent's call with He Lifeng and their planned meeting in Malaysia
    date: 2025-10-17
    note: >
      The news report this scenario starts from (kept in shared/seed/us-china-2025-10-article.txt).
      Our copy gives neither its headline (the title above is our description) nor its
      exact date; the date is that of the Friday call it reports, the day the President
      gave the 157% figure. Facts restated in our own words.
  - id: cna-2025-10-11
    outlet: CNA
    title: US will impose additional 100% tariff on Chinese imports from November, Trump says
    date: 2025-10-11
    url: https://www.channelnewsasia.com/world/us-will-impose-additional-100-tariff-chinese-imports-november-trump-says-5395626
  - id: gt-2025-10-12
    outlet: Global Times
    title: MOFCOM slams US' planned 100% additional tariff, says willful threats not right way to get along with China
    date: 2025-10-12
    url: https://www.globaltimes.cn/page/202510/1345456.shtml
    note: The US announcement of 10 October named 100% tariffs and export controls on all critical software.
  - id: thesun-2025-10-18
    outlet: The Sun (Malaysia)
    title: US and China treasury chiefs to meet in Malaysia ahead of Trump-Xi talks
    date: 2025-10-18
    url: https://thesun.my/world-news/us-and-china-treasury-chiefs-to-meet-in-malaysia-ahead-of-trump-xi-talks-GH15122352
  - id: geneva-2025-05-12
    outlet: The White House
    title: Joint Statement on U.S.-China Economic and Trade Meeting in Geneva
    date: 2025-05-12
  - id: bis-2025-09-29
    outlet: US Department of Commerce, Bureau of Industry and Security
    title: Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities (interim final rule)
    date: 2025-09-29
    note: Federal Register document 2025-19001, 90 FR 47201; effective 29 September 2025, published 30 September.
  - id: xinhua-2025-09-29
    outlet: People's Daily Online (Xinhua)
    title: China urges U.S. to cease its unreasonable suppression of Chinese firms
    date: 2025-09-29
    url: http://en.people.cn/n3/2025/0930/c90000-20372992.html
  - id: trivium-2025-10-17
    outlet: Trivium China
    title: MofCom claps back at Bessent and Greer
    date: 2025-10-17
    url: https://triviumchina.com/2025/10/17/mofcom-claps-back-at-bessent-and-greer
    note: Summarises the commerce ministry's posts of 16 October, which cite the port fees and the 50% rule.
  - id: mofcom-61-2025
    outlet: Ministry of Commerce of China
    title: Announcement No. 61 of 2025 (export controls on relevant rare-earth items abroad)
    date: 2025-10-09
    note: >
      Items made abroad with 0.1% or more Chinese rare-earth content, or with Chinese
      rare-earth technology, need a licence from 1 December 2025; China-origin items
      from the day of publication. Announcement No. 62 (rare-earth technologies) of the
      same day took effect at once.
  - id: xinhua-2025-10-10
    outlet: People's Daily Online (Xinhua)
    title: China announces export control measures on superhard materials, rare earths, battery-related items
    date: 2025-10-10
    url: http://en.people.cn/n3/2025/1010/c90000-20374885.html
    note: The measures of announcements 55-58 of 9 October take effect on 8 November.
  - id: itcu-2025-08-13
    outlet: International Trade Compliance Update (Baker McKenzie)
    title: US and China Suspend Tariff Increase Due to Ongoing Negotiations
    date: 2025-08-13
    url: https://www.internationaltradecomplianceupdate.com/2025/08/13/us-and-china-suspend-tariff-increase-due-to-ongoing-negotiations
    note: The executive order of 11 August keeps the reciprocal tariff at 10% (34% suspended) until 10 November, beside the 20% fentanyl tariff; China delays its measures too.
  - id: mondaq-2025-08-26
    outlet: Mondaq
    title: Executive Order Extends Pause On China IEEPA Reciprocal Tariffs Until Nov. 10, 2025
    date: 2025-08-26
    url: https://www.mondaq.com/unitedstates/international-trade-investment/1670040/executive-order-extends-pause-on-china-ieepa-reciprocal-tariffs-until-nov-10-2025
  - id: spotlight-2025-03-10
    outlet: Spotlight Nepal (agencies)
    title: China Imposes retaliatory additional tariffs on US agricultural products
    date: 2025-03-10
    url: https://www.spotlightnepal.com/2025/03/10/china-imposes-retaliatory-additional-tariffs-us-agricultural-products/
  - id: ustr-2025-04-17
    outlet: Office of the United States Trade Representative
    title: Notice of Action in the Section 301 Investigation of China's Targeting the Maritime, Logistics, and Shipbuilding Sectors for Dominance
    date: 2025-04-17
    note: Port service fees on Chinese-owned, -operated and -built vessels from 14 October 2025.
  - id: chinadaily-2025-10-11
    outlet: China Daily
    title: New port fees to be charged on US vessels
    date: 2025-10-11
    note: China's Ministry of Transport charges special port fees on US-linked ships from Tuesday 14 October (400 yuan per net ton).
  - id: bt-2025-10-15
    outlet: Business Today
    title: "'Economically hostile act': Trump threatens China trade cuts after soybean snub"
    date: 2025-10-15
    url: https://www.businesstoday.in/amp/world/us/story/economically-hostile-act-trump-threatens-china-trade-cuts-after-soybean-snub-498204-2025-10-15
  # Later reports, used only for the script (what actually happened next).
  - id: aa-2025-10-26
    outlet: Anadolu Agency
    title: US says reached 'very substantial framework' with China as Trump set to meet Xi
    date: 2025-10-26
    url: https://www.aa.com.tr/en/economy/us-says-reached-very-substantial-framework-with-china-as-trump-set-to-meet-xi/3726829
  - id: nie-2025-10-30
    outlet: The New Indian Express (Associated Press)
    title: "'Great success': Trump cuts US tariffs on China to 47%, seals one-year rare earths deal after talks with Xi"
    date: 2025-10-30
    url: https://www.newindianexpress.com/world/2025/Oct/30/great-success-trump-cuts-us-tariffs-on-china-to-47-seals-one-year-rare-earths-deal-after-talks-with-xi
  # Later reports, used only to resolve the questions at the end.
  - id: cna-2025-11-02
    outlet: CNA (Reuters)
    title: Key elements of the Trump-Xi agreement, as detailed by the White House on 1 November
    date: 2025-11-02
    url: https://www.channelnewsasia.com/east-asia/trump-xi-summit-busan-tariffs-export-controls-fentanyl-soybeans-5436071
    note: The title is our description. The deal averts the threatened 100% tariff and pauses China's October controls for a year.
  - id: raw-2025-11-07
    outlet: rawmaterials.net
    title: China Officially Suspends October Export Tightening
    date: 2025-11-07
    url: https://rawmaterials.net/china-officially-suspends-october-export-tightening
    note: China's Ministry of Commerce suspended the 9 October controls, effective at once, until 10 November 2026.

players:
  US:
    name: United States
    moves:
      talk: {description: Keep the threat on the table and keep talking, posture: hold}
      tariff:
        description: Impose the extra 100% tariff and the software controls now (the "or sooner" option)
        posture: escalate
        effects: {us_extra_tariff: =100, software_controls: =1}
      offer: {description: Put dropping the 100% threat on the table, posture: hold}
      deal: {description: Agree the package at the summit, posture: hold}
      walk: {description: Walk away from the summit, posture: escalate}
      stay: {description: Keep the escalated tariffs, posture: escalate}
      deescalate:
        description: Withdraw the extra 100% tariff and the software controls
        posture: hold
        effects: {us_extra_tariff: =0, software_controls: =0}
    # All the model's judgement, per week: each point of US tariff costs the US 1/50
    # (prices, market losses; 30 points -> -0.6), each point of China's tariff 1/100
    # (lost exports). Each stage of China's controls costs it 1 (supply chains from
    # cars to defence depend on Chinese rare earths, which the reports stress
    # [ft-2025-10-17]): -3 with all three stages. The soybean halt costs 1/2 (farm
    # incomes), the port fees 1/4 (shipping costs), software controls in force 1/2
    # (sales lost by US firms).
    weights:
      us_tariff: -1/50
      us_extra_tariff: -1/50
      china_tariff: -1/100
      rare_earth_controls: -1
      soybean_halt: -1/2
      port_fees: -1/4
      software_controls: -1/2
  China:
    name: China
    moves:
      talk: {description: Keep the controls scheduled and keep talking, posture: hold}
      enforce:
        description: Bring all the stages of the controls into force now
        posture: escalate
        effects: {rare_earth_controls: =3}
      offer: {description: Put deferring the controls on the table, posture: hold}
      deal: {description: Agree the package at the summit, posture: hold}
      walk: {description: Walk away from the summit, posture: escalate}
      stay: {description: Keep the controls, posture: escalate}
      deescalate:
        description: Take back the stages brought forward; the controls return to their announced schedule
        posture: hold
        effects: {rare_earth_controls: =1}
    # Also judgement: US tariffs hit China's exports harder than they hit US prices,
    # 1/25 a point (30 points -> -1.2); its own tariff costs it 1/200 a point. Each
    # stage of its controls costs it 1/4 in lost sales and trust of its customers;
    # the affiliates rule, which it named as its grievance, 1; the port fees 1/4; the
    # US software controls 2 (its industry depends on US design software); the
    # soybean halt 1/10 (dearer beans from Brazil).
    weights:
      us_tariff: -1/25
      us_extra_tariff: -1/25
      china_tariff: -1/200
      rare_earth_controls: -1/4
      affiliates_rule: -1
      soybean_halt: -1/10
      port_fees: -1/4
      software_controls: -2

variables:
  us_tariff:
    initial: 30
    unit: " pts"
    description: Additional US tariff of 2025 on goods from China (fentanyl 20 + reciprocal 10; 54 once the suspension lapses)
    source: "itcu-2025-08-13; mondaq-2025-08-26"
  us_extra_tariff:
    initial: 0
    unit: " pts"
    description: The extra tariff threatened on 10 October (100 once imposed)
    source: "cna-2025-10-11; ft-2025-10-17"
  china_tariff:
    initial: 10
    unit: " pts"
    description: China's reciprocal tariff on all US goods (its earlier tariffs on farm goods, coal and LNG come on top)
    source: "itcu-2025-08-13; spotlight-2025-03-10"
  rare_earth_controls:
    initial: 1
    unit: " stages"
    description: "Stages of China's 9 October controls in force: 1 at once, 2 from 8 November, 3 from 1 December; 0 suspended"
    source: "mofcom-61-2025; xinhua-2025-10-10; ft-2025-10-17"
  software_controls:
    initial: 0
    unit: " (1 = in force)"
    description: The US export controls on critical software threatened on 10 October
    source: "cna-2025-10-11; gt-2025-10-12"
  affiliates_rule:
    initial: 1
    unit: " (1 = in force)"
    description: The US 50% affiliates rule of 29 September, China's named grievance
    source: "bis-2025-09-29; xinhua-2025-09-29; trivium-2025-10-17"
  port_fees:
    initial: 1
    unit: " (1 = charged)"
    description: Port fees both sides charge on the other's ships since 14 October
    source: "ustr-2025-04-17; chinadaily-2025-10-11"
  soybean_halt:
    initial: 1
    unit: " (1 = halted)"
    description: China buys no US soybeans this season
    source: bt-2025-10-15

calendar:
  # Thursday rounds put the dated facts in order: the Malaysia talks (25-26 October)
  # in round 2, the summit (to be held in the APEC week) and the 1 November deadline
  # in round 3 (30 October - 5 November), so the deadline cannot act before the
  # summit does. Events act at the start of the round containing their date: 8 and
  # 10 November act on 6 November, 1 December on 27 November.
  start: 2025-10-16
  step: 7               # weekly rounds
  end: 2025-12-07       # through the first week of the 1 December controls (8 rounds)

# A week's payoff a month later is worth 0.98^4 ~ 0.92 of one now: the model's
# judgement of how much both leaderships weigh the near term in a crisis.
discount: 0.98

initial: standoff

# The day the forecast is made: every parameter above cites only sources dated up to
# 18 October (`brink check` holds the file to it).
as_of: 2025-10-18

states:
  standoff:
    description: Controls announced, 100% tariff threatened, no talks under way.
    source: "ft-2025-10-17; cna-2025-10-11"
    moves:
      US: [talk, tariff]
      China: [talk, enforce]
    # Moving first in a standoff wins a little face at home (+1) and costs the other
    # side 2 (it looks weak); both moving costs both 1, on top of the weights.
    payoffs:
      talk:   [[0, 0], [-2, 1]]
      tariff: [[1, -2], [-1, -1]]
    transitions:
      # Both talking: the planned negotiators' meeting happens with 4/5 chance; the
      # 1/5 is the model's allowance for scheduling failure (the call and the
      # Malaysia plan were already announced by 18 October [thesun-2025-10-18]).
      talk/talk: {talks: 4/5, standoff: 1/5}
      any/any: escalation
  talks:
    description: Bessent-He Lifeng talks, preparing a Trump-Xi summit.
    source: "ft-2025-10-17; thesun-2025-10-18"
    moves:
      US: [offer, talk]
      China: [offer, talk]
    # Offering alone gives something away (-1) and hands the other side a small win
    # (+2); mutual offers are worth 2 each as relief to markets. Not a prisoner's
    # dilemma: against an offer, offering or not pays the same 2, so this week alone
    # does not reward offering; only what the offers lead to (the summit) does.
    payoffs:
      offer: [[2, 2], [-1, 2]]
      talk:  [[2, -1], [0, 0]]
    transitions:
      # Mutual offers up to the week of 23 October put a summit package together for
      # the APEC week with 9/10 chance. Later ones can no longer reach that summit;
      # the negotiators may still close a truce themselves, 1/3 a week (judgement).
      offer/offer: {when: "date < 2025-10-30", to: {summit: 9/10, talks: 1/10}, else: {truce: 1/3, talks: 2/3}}
      # Otherwise the talks continue or stall evenly: the model's judgement.
      any/any: {talks: 1/2, standoff: 1/2}
  summit:
    description: Trump and Xi meet in South Korea in the APEC week.
    source: "ft-2025-10-17; thesun-2025-10-18"
    # The meeting was to take place while both leaders were in South Korea for the
    # Asia-Pacific summit at the end of October [thesun-2025-10-18]. The window closes
    # with that week and stays closed: from the round of 6 November (the first to
    # start on or after 3 November, the model's reading of "the end of this month") a
    # path that would reach the summit finds it called off.
    available_when: date < 2025-11-03
    otherwise: summit-cancelled
    moves:
      US: [deal, walk]
      China: [deal, walk]
    # A deal is worth 3 a week to each in relief; walking out on a partner who came
    # to deal wins 1 at home and costs the partner 2.
    payoffs:
      deal: [[3, 3], [-2, 1]]
      walk: [[1, -2], [-1, -1]]
    transitions:
      deal/deal: truce
      any/any: summit-cancelled
  summit-cancelled:
    description: The summit is off; the threat and the controls stand.
    moves:
      US: [talk, tariff]
      China: [talk, enforce]
    # As in the standoff, one point worse for both: a failed summit sours the mood.
    payoffs:
      talk:   [[-1, -1], [-3, 0]]
      tariff: [[0, -3], [-2, -2]]
    transitions:
      talk/talk: {talks: 1/2, summit-cancelled: 1/2}
      any/any: escalation
  escalation:
    description: The extra tariff and/or the controls are being applied.
    moves:
      US: [stay, deescalate]
      China: [stay, deescalate]
    # Backing down alone costs 2 in face and gives the other 1; both backing down is
    # worth 1 each.
    payoffs:
      stay:       [[0, 0], [1, -2]]
      deescalate: [[-2, 1], [1, 1]]
    transitions:
      deescalate/deescalate: talks
      # Staying put risks a slide into decoupling, the likelier the more is in force:
      # 1/20 a week for the extra tariff and 1/60 for each stage of controls, so 1/10
      # with the extra tariff and all three stages (the model's judgement).
      stay/stay: {decoupling: us_extra_tariff/2000 + rare_earth_controls/60, escalation: 1 - us_extra_tariff/2000 - rare_earth_controls/60}
      any/any: escalation
  # The truce is a deal with content (issue 13): a menu of packages, each a set of
  # changes to the variables, offered by the US and accepted or refused by China
  # (`deal:` in Docs/scenario-format.md). Leaders who agreed at the summit, or
  # negotiators after it, come here and settle the terms; each side's value of a
  # package follows from its `weights` above, not from a number set by hand.
  # Only what was on the table by 18 October is offered:
  # - a renewal of the Geneva truce on its precedent of 90 days (13 weekly rounds):
  #   both sides' 24 suspended points of reciprocal tariff suspended again, undoing
  #   the 10 November expiry [geneva-2025-05-12; itcu-2025-08-13; mondaq-2025-08-26];
  # - China deferring its controls: the stage of 8 November taken back, and, as every
  #   deal in force holds events off, the 1 December stage waiting while the deal
  #   holds; the US called the controls the escalation to undo [ft-2025-10-17];
  # - the port fees of 14 October suspended on both sides, China's soybean purchases
  #   resumed, and the US 50% affiliates rule suspended: the grievances each side had
  #   named [trivium-2025-10-17; bt-2025-10-15; ustr-2025-04-17; chinadaily-2025-10-11].
  # The 100% threat is dropped with any deal: the deadline does not act here or in a
  # deal in force. The fentanyl-tariff cut of 30 October is not offered: no report
  # of 18 October or earlier had it on the table (the script's note says the model
  # did not foresee it).
  # Worked by hand (Tests/BrinkFormatsTests/Scenario/DefaultScenarioDealTests.swift):
  # on the summit's path the truce is bargained in round 4 (6 November), after that
  # round's events (us_tariff 54, china_tariff 34, 2 stages of controls); a deal is
  # in force in rounds 5-8. Per round, by the weights ([US, China]):
  #   bargaining round, any offer: [-417/100, -209/50]
  #   renew:        [-69/20, -31/10]  (tariffs back to 30 and 10)
  #   renew-defer:  [-49/20, -57/20]  (and one stage of controls less)
  #   grand:        [-17/10, -3/2]    (and no fees, no soybean halt, no 50% rule)
  # So from round 4, with δ + δ² + δ³ + δ⁴ = 0.98 + … + 0.98⁴ = 23774751/6250000:
  # renew [-17.2937, -15.9723], renew-defer [-13.4897, -15.0213],
  # grand [-10.6367, -9.8859] (the bargaining round's flow plus 3.804 rounds of the
  # package's; exact fractions in the test). Every measure costs the
  # side that imposes it too (the weights above), so each bigger package is better
  # for both: all three are in the range (each beats the failed summit, the value of
  # no deal), and the US offers grand, the one best for it, which the Nash bargaining
  # solution also picks. What kept the sides from it before the summit is the
  # leverage the stage payoffs price, not the weights.
  truce:
    description: Trump and Xi, or their negotiators, settle a truce's terms; the 100% threat is dropped with any deal.
    source: "geneva-2025-05-12; itcu-2025-08-13; ft-2025-10-17; trivium-2025-10-17"
    deal:
      proposer: US
      # Terms refused: the summit's agreement falls through.
      no_deal: summit-cancelled
      packages:
        renew:
          description: Renew the Geneva truce for 90 days (both sides' 24 suspended tariff points suspended again)
          effects: {us_tariff: -24, china_tariff: -24}
          rounds: 13
        renew-defer:
          description: Renew the truce for 90 days, and China defers its 8 November and 1 December stages of controls
          effects: {us_tariff: -24, china_tariff: -24, rare_earth_controls: -1}
          rounds: 13
        grand:
          description: Renew and defer, and both suspend port fees, China resumes soybean purchases, the US suspends the 50% rule
          effects: {us_tariff: -24, china_tariff: -24, rare_earth_controls: -1, port_fees: -1, soybean_halt: -1, affiliates_rule: -1}
          rounds: 13
  decoupling:
    description: Tariffs and controls lock in; supply chains split.
    terminal: true
    # A long, costly split for both: the model's judgement.
    value: [-30, -30]

events:
  - name: tariff-deadline
    date: 2025-11-01
    description: >
      The President's 1 November date for the extra 100% tariff and the software
      controls: his to enforce, extend or drop, decided in the week that contains
      it (from 30 October), alongside the summit if there is one.
    source: "cna-2025-10-11; ft-2025-10-17"
    # Not in `summit`: a summit in the deadline's week is where the threat is
    # settled (by mid-October the talks were preparing the leaders' meeting with the
    # threat and the controls on the table [ft-2025-10-17; thesun-2025-10-18]),
    # so the date passes there without a separate decision; a failed summit leaves
    # the US its tariff move in `summit-cancelled`. The model's judgement: with the
    # decision at the summit, the US would extend rather than drop (an extension
    # keeps the threat in case the truce's terms then fail, a tie broken by the
    # trembles), a hedge the record does not show.
    in: [standoff, talks, summit-cancelled]
    when: us_extra_tariff == 0
    decision:
      player: US
      options:
        enforce:
          description: Impose the extra 100% tariff and the software controls
          goto: escalation
          effects: {us_extra_tariff: =100, software_controls: =1}
        extend: {description: Put the date off by two weeks (the model's judgement of a typical extension), rounds: 2}
        drop: {description: Let the threat lapse}
  - name: controls-stage-2
    date: 2025-11-08
    description: China's controls on medium and heavy rare earths, rare-earth equipment, battery and superhard materials take effect.
    source: xinhua-2025-10-10
    when: rare_earth_controls == 1
    effects: {rare_earth_controls: =2}
  - name: suspension-expiry
    date: 2025-11-10
    description: >
      The suspension of 24 points of both sides' reciprocal tariffs ends (US 10% -> 34%,
      China the same) unless a truce came first.
    source: "itcu-2025-08-13; mondaq-2025-08-26"
    effects: {us_tariff: +24, china_tariff: +24}
  - name: controls-stage-3
    date: 2025-12-01
    description: China's main controls take effect, on foreign-made goods with Chinese rare-earth content or technology.
    source: "mofcom-61-2025; ft-2025-10-17"
    when: rare_earth_controls == 2
    effects: {rare_earth_controls: =3}

shocks:
  - name: summit-called-off
    description: >
      One side calls the summit off while talks are under way. A week before the
      call the President had said there seemed no point meeting; 1/10 a week is the
      model's judgement of that risk.
    source: ft-2025-10-17
    probability: 1/10
    from: [talks]
    window: [2025-10-16, 2025-10-29]
    goto: summit-cancelled
  - name: new-irritant
    description: >
      A new sanction or export listing derails the talks; both sides accused each
      other of such moves since Madrid [ft-2025-10-17]. 1/20 a week: the model's judgement.
    probability: 1/20
    from: [talks]
    goto: standoff

behaviour:
  US: {model: equilibrium, select: risk-dominant, tremble: 1/50}
  China: {model: equilibrium, select: risk-dominant, tremble: 1/50}

# What each side actually did, week by week, as reported at the time. Used only by
# `brink replay`. The script stops at the summit: the terms the White House detailed
# on 1 November [cna-2025-11-02] were the truce's `grand` package, with a fentanyl
# tariff cut on top, and were agreed in Busan, a round before the model's table.
script:
  - round: 1
    date: 2025-10-17
    state: standoff
    US: talk
    China: talk
    note: >
      Bessent and He Lifeng held a video call, described by Bessent as frank and
      detailed and by Xinhua as constructive, and agreed to meet in Malaysia; the
      100% threat stayed in place.
    source: "ft-2025-10-17; thesun-2025-10-18"
  - round: 2
    date: 2025-10-26
    state: talks
    US: offer
    China: offer
    note: >
      After two days of talks in Kuala Lumpur, Bessent said the sides had a very
      substantial framework that would avoid the 100% tariff and defer China's
      rare-earth controls, leaving final terms to the leaders.
    source: aa-2025-10-26
  - round: 3
    date: 2025-10-30
    state: summit
    US: deal
    China: deal
    note: >
      Trump and Xi met in Busan. The 100% threat was dropped; the US halved its
      fentanyl-related tariff from 20% to 10% (a cut the model did not foresee) and
      China agreed a one-year, renewable pause of its October controls.
    source: "nie-2025-10-30; cna-2025-11-02"

# Questions a forecaster on 18 October could have asked, answered by `brink forecast`
# and scored by `brink backtest`. Written in December 2026, after the outcome: they
# ask what the reports of mid-October made the obvious questions (the summit, the
# 1 November deadline, the 1 December controls, the two endings), and no number of
# the model was changed with them. Checkpoints: a question is read at the start of
# each weekly round (16 Oct ... 4 Dec) and on 11 December, after the last round.
questions:
  - id: summit
    text: Will Trump and Xi hold their summit by 3 November (the end of the APEC week)?
    in: [summit, truce]
    by: 2025-11-03
    resolution: {outcome: yes, source: nie-2025-10-30, date: 2025-10-30}
  - id: truce
    text: Will the two sides agree a truce (the 100% threat dropped, the controls deferred) by 11 December?
    in: truce
    resolution: {outcome: yes, source: "nie-2025-10-30; cna-2025-11-02", date: 2025-10-30}
  - id: tariff-after-deadline
    text: Will the extra 100% tariff be in force in the week of 6 November, after the 1 November deadline?
    when: us_extra_tariff >= 100
    at: 2025-11-06
    resolution: {outcome: no, source: "cna-2025-11-02: the deal averts the threatened 100% tariff", date: 2025-11-02}
  - id: controls-in-force
    text: Will China's main 9 October controls (the stage from 1 December) be in force on 11 December?
    when: rare_earth_controls >= 3
    at: end
    resolution: {outcome: no, source: "raw-2025-11-07: suspended until 10 November 2026", date: 2025-11-07}
  - id: decoupling
    text: Will the standoff end in decoupling (tariffs and controls locked in) by 11 December?
    in: decoupling
    resolution: {outcome: no, source: "cna-2025-11-02: a truce for about a year; raw-2025-11-07", date: 2025-11-07}
"""#
}
