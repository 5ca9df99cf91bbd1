/// The default scenario's text, compiled in so `brink` runs anywhere. A test checks
/// that it equals Scenarios/us-china-2025-10.yaml byte for byte; after editing that
/// file, paste its text between the fences below again.
enum BuiltInScenario {
  static let file = "<built-in>"
  static let text = #"""
# The October 2025 rare-earth standoff between the United States and China.
#
# THE FACTS (each with its source; the ids refer to `sources:` below)
# - 9 Oct 2025: China announced sweeping export controls on rare earths and
#   critical minerals, to take effect on 1 December 2025 [ft-2025-10-17].
# - 10 Oct 2025: the US President threatened an extra 100% tariff on goods from
#   China from 1 November "or sooner", plus export controls on critical software
#   [cna-2025-10-11]. He said the extra tariff would take the average levy to 157%,
#   higher than the 145% the US had imposed earlier in 2025, before the two sides
#   agreed a truce in Geneva [ft-2025-10-17; geneva-2025-05-12]. 157 - 100 puts
#   the average before the threat at 57%.
# - China's retaliatory tariff stood at 10% [cna-2025-10-11].
# - Treasury Secretary Bessent and Vice-Premier He Lifeng spoke by phone on Friday
#   17 October and were to meet in Malaysia the following week, a meeting that
#   could decide whether a planned Trump-Xi summit in South Korea went ahead
#   [ft-2025-10-17; thesun-2025-10-18]. The two negotiators' previous meeting had
#   been in Madrid the month before [ft-2025-10-17].
# - A week before the call the President had said there seemed no point meeting
#   Xi; by the call he said the meeting looked like going forward [ft-2025-10-17].
# - The summit was to be held when both leaders came to South Korea for an
#   Asia-Pacific economic summit at the end of October [thesun-2025-10-18].
#
# THE MODEL'S JUDGEMENT
# Everything below that is a payoff, a probability or a behaviour is the model's
# judgement, not a fact, and is calibrated ONLY on what was known by mid-October
# 2025 (the sources dated up to 18 Oct), so that `brink replay` is an honest test.
# Payoffs are in "points per week" for each side: 0 is the status quo of early
# October; each point is roughly a week of modest economic or political cost.
# The script at the end records what happened next, from later reports; it is used
# only by `replay`, never to set a number.
format: brink-scenario/1
name: us-china-2025-10
title: US-China rare-earth standoff, October 2025
description: >
  After China's 9 October export controls on rare earths and the US threat of an
  extra 100% tariff from 1 November, negotiators talk by phone and in Malaysia
  ahead of a possible Trump-Xi summit in South Korea. Weekly rounds from 13 October
  to 7 December 2025.
sources:
  - id: ft-2025-10-17
    outlet: Financial Times
    title: Report on Bessent's call with He Lifeng and their planned meeting in Malaysia
    date: 2025-10-17
    note: >
      The news report this scenario starts from (kept in shared/seed/us-china-2025-10-article.txt).
      Our copy gives neither its headline (the title above is our description) nor its
      exact date; the date is that of the Friday call it reports. Facts restated in our own words.
  - id: cna-2025-10-11
    outlet: CNA
    title: US will impose additional 100% tariff on Chinese imports from November, Trump says
    date: 2025-10-11
    url: https://www.channelnewsasia.com/world/us-will-impose-additional-100-tariff-chinese-imports-november-trump-says-5395626
  - id: thesun-2025-10-18
    outlet: The Sun (Malaysia)
    title: US and China treasury chiefs to meet in Malaysia ahead of Trump-Xi talks
    date: 2025-10-18
    url: https://thesun.my/world-news/us-and-china-treasury-chiefs-to-meet-in-malaysia-ahead-of-trump-xi-talks-GH15122352
  - id: geneva-2025-05-12
    outlet: The White House
    title: Joint Statement on U.S.-China Economic and Trade Meeting in Geneva
    date: 2025-05-12
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
        description: Impose the extra 100% tariff now (the "or sooner" option)
        posture: escalate
        effects: {us_tariff: =157}
      offer: {description: Put dropping the 100% threat on the table, posture: hold}
      deal: {description: Agree the package at the summit, posture: hold}
      walk: {description: Walk away from the summit, posture: escalate}
      stay: {description: Keep the escalated tariffs, posture: escalate}
      deescalate:
        description: Withdraw the extra 100% tariff
        posture: hold
        effects: {us_tariff: =57}
    # Each percentage point of average tariff costs the US 1/50 point a week (57% ->
    # -1.14, 157% -> -3.14): prices and market losses, the model's judgement. Rare-earth
    # controls in force cost it 4 a week: supply chains from cars to defence depend on
    # Chinese rare earths, which the reports stress [ft-2025-10-17].
    weights: {us_tariff: -1/50, rare_earth_controls: -4}
  China:
    name: China
    moves:
      talk: {description: Keep the controls scheduled and keep talking, posture: hold}
      enforce:
        description: Enforce the rare-earth controls now
        posture: escalate
        effects: {rare_earth_controls: =1}
      offer: {description: Put deferring the controls on the table, posture: hold}
      deal: {description: Agree the package at the summit, posture: hold}
      walk: {description: Walk away from the summit, posture: escalate}
      stay: {description: Keep the controls, posture: escalate}
      deescalate:
        description: Suspend the controls
        posture: hold
        effects: {rare_earth_controls: =0}
    # Tariffs hit China's exports harder than they hit US prices: 1/25 point a week per
    # percentage point (57% -> -2.28, 157% -> -6.28). Controls in force cost China 1 a
    # week in lost sales and trust of its customers. Both are the model's judgement.
    weights: {us_tariff: -1/25, rare_earth_controls: -1}

variables:
  us_tariff:
    initial: 57
    unit: "%"
    description: Average US tariff on goods from China
    source: "ft-2025-10-17: 157% with the extra 100%, so 57% before it"
  china_tariff:
    initial: 10
    unit: "%"
    description: China's retaliatory tariff on US goods (reported, not moved by this model)
    source: cna-2025-10-11
  rare_earth_controls:
    initial: 0
    unit: " (1 = in force)"
    description: Whether China's 9 October rare-earth export controls are in force
    source: "ft-2025-10-17: announced 9 October, in force from 1 December"

calendar:
  start: 2025-10-13     # the Monday after the 10 October tariff threat
  step: 7               # weekly rounds
  end: 2025-12-07       # through the week the controls would take effect (8 rounds)

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
    # side 2 (it looks weak); both moving costs both 1 on top of the variable costs.
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
    # (+2); mutual offers are worth 2 each as relief to markets. Prisoner's-dilemma
    # shaped on purpose: only the prospect of the summit makes offering worth it.
    payoffs:
      offer: [[2, 2], [-1, 2]]
      talk:  [[2, -1], [0, 0]]
    transitions:
      # Mutual offers put a summit package together with 9/10 chance.
      offer/offer: {summit: 9/10, talks: 1/10}
      # Otherwise the talks continue or stall evenly: the model's judgement.
      any/any: {talks: 1/2, standoff: 1/2}
  summit:
    description: Trump and Xi meet in South Korea at the end of October.
    source: "ft-2025-10-17: planned but uncertain"
    # The meeting was to take place while both leaders were in South Korea for the
    # Asia-Pacific summit at the end of October [thesun-2025-10-18]. The window closes
    # with that week and stays closed: from the round of 3 November (the model's
    # reading of "the end of this month", as for the apec-over event) a path that
    # would reach the summit finds it called off.
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
    # worth 1 each. Staying put risks a slide into decoupling, 1/10 a week.
    payoffs:
      stay:       [[0, 0], [1, -2]]
      deescalate: [[-2, 1], [1, 1]]
    transitions:
      deescalate/deescalate: talks
      stay/stay: {escalation: 9/10, decoupling: 1/10}
      any/any: escalation
  truce:
    description: A one-year truce; the threat withdrawn and the controls deferred.
    terminal: true
    # Worth about ten weeks of calm to each: the model's judgement, in line with the
    # relief the Geneva truce of May 2025 brought [geneva-2025-05-12].
    value: [10, 10]
  decoupling:
    description: Tariffs and controls lock in; supply chains split.
    terminal: true
    # A long, costly split for both: the model's judgement.
    value: [-30, -30]

events:
  - name: tariff-deadline
    date: 2025-11-01
    description: >
      The extra 100% tariff takes effect unless talks are on track. Events act at the
      start of the round containing their date, here the week of 27 October, which
      matches the President's "or sooner".
    source: cna-2025-10-11
    in: [standoff, summit-cancelled]
    goto: escalation
    effects: {us_tariff: =157}
  - name: apec-over
    date: 2025-11-03
    description: >
      The Asia-Pacific summit week in South Korea is over, so talks preparing a Trump-Xi
      meeting there are over too (the date is the model's reading of "the end of this
      month"; the summit itself stays closed from then on by its 'available_when').
    source: thesun-2025-10-18
    in: [talks]
    goto: summit-cancelled
  - name: controls-in-force
    date: 2025-12-01
    description: China's 9 October export controls take effect.
    source: ft-2025-10-17
    effects: {rare_earth_controls: =1}

shocks:
  - name: summit-called-off
    description: >
      One side calls the summit off while talks are under way. A week before the
      call the President had said there seemed no point meeting; 1/10 a week is the
      model's judgement of that risk.
    source: ft-2025-10-17
    probability: 1/10
    from: [talks]
    window: [2025-10-13, 2025-10-26]
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
# `brink replay`. The game ends at the truce, so the script stops there.
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
      Trump and Xi met in Busan. The US halved its fentanyl-related tariff from 20%
      to 10% (average from 57% to 47%, a cut the model did not foresee) and China
      agreed a one-year, renewable pause of its rare-earth controls.
    source: nie-2025-10-30

# Questions a forecaster on 18 October could have asked, answered by `brink forecast`
# and scored by `brink backtest`. Written in December 2026, after the outcome: they
# ask what the reports of mid-October made the obvious questions (the summit, the
# 1 November deadline, the 1 December controls, the two endings), and no number of
# the model was changed with them. Checkpoints: a question is read at the start of
# each weekly round (13 Oct ... 1 Dec) and on 8 December, after the last round.
questions:
  - id: summit
    text: Will Trump and Xi hold their summit by 3 November (the end of the APEC week)?
    in: [summit, truce]
    by: 2025-11-03
    resolution: {outcome: yes, source: nie-2025-10-30, date: 2025-10-30}
  - id: truce
    text: Will the two sides agree a truce (the 100% threat dropped, the controls deferred) by 8 December?
    in: truce
    resolution: {outcome: yes, source: "nie-2025-10-30; cna-2025-11-02", date: 2025-10-30}
  - id: tariff-after-deadline
    text: Will the extra 100% tariff be in force in the week of 3 November, after the 1 November deadline?
    when: us_tariff >= 157
    at: 2025-11-03
    resolution: {outcome: no, source: "cna-2025-11-02: the deal averts the threatened 100% tariff", date: 2025-11-02}
  - id: controls-in-force
    text: Will China's 9 October rare-earth controls be in force on 8 December?
    when: rare_earth_controls >= 1
    at: end
    resolution: {outcome: no, source: "raw-2025-11-07: suspended until 10 November 2026", date: 2025-11-07}
  - id: decoupling
    text: Will the standoff end in decoupling (tariffs and controls locked in) by 8 December?
    in: decoupling
    resolution: {outcome: no, source: "cna-2025-11-02: a truce for about a year; raw-2025-11-07", date: 2025-11-07}
"""#
}
