import BrinkCore
import Testing

@testable import BrinkREPL

func r(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

/// Removes ANSI SGR sequences, to compare coloured output with plain.
func stripANSI(_ s: String) -> String {
  var out = ""
  var inEscape = false
  for c in s.unicodeScalars {
    if inEscape {
      if c == "m" { inEscape = false }
    } else if c == "\u{1B}" {
      inEscape = true
    } else {
      out.unicodeScalars.append(c)
    }
  }
  return out
}

/// Axelrod's prisoner's dilemma (T=5, R=3, P=1, S=0).
let prisonersDilemma = Bimatrix(
  title: "PD", players: ("Row", "Column"), rowStrategies: ["Cooperate", "Defect"],
  columnStrategies: ["Cooperate", "Defect"], a: [[3, 0], [5, 1]], b: [[3, 5], [0, 1]])

@Suite("MatrixRenderer snapshots")
struct MatrixRendererTests {
  @Test("plain ASCII: best responses starred, payoffs right-aligned per player")
  func plain() {
    #expect(MatrixRenderer.render(prisonersDilemma, style: .plain) == """
      +--------------+-----------+--------+
      | Row \\ Column | Cooperate | Defect |
      +--------------+-----------+--------+
      | Cooperate    |  3, 3     |  0, 5* |
      | Defect       | 5*, 0     | 1*, 1* |
      +--------------+-----------+--------+
      * best response
      """)
  }

  @Test("Unicode boxes without colour")
  func unicode() {
    #expect(MatrixRenderer.render(prisonersDilemma, style: RenderStyle(unicode: true, color: false)) == """
      ┌──────────────┬───────────┬────────┐
      │ Row \\ Column │ Cooperate │ Defect │
      ├──────────────┼───────────┼────────┤
      │ Cooperate    │  3, 3     │  0, 5* │
      │ Defect       │ 5*, 0     │ 1*, 1* │
      └──────────────┴───────────┴────────┘
      * best response
      """)
  }

  @Test("colour adds SGR sequences around best responses without moving anything")
  func colour() {
    let coloured = MatrixRenderer.render(prisonersDilemma, style: .terminal,
                                         highlight: MatrixHighlight(cells: [[1, 1]]))
    #expect(coloured.contains("\u{1B}[1;32m5*\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1;33m1*\u{1B}[0m"))  // the emphasised equilibrium cell
    #expect(coloured.contains("\u{1B}[1mDefect\u{1B}[0m"))
    #expect(stripANSI(coloured) == MatrixRenderer.render(prisonersDilemma, style: RenderStyle(unicode: true, color: false)))
  }

  @Test("dominated strategies are bracketed, ties are all marked, fractions kept exact with 'set display exact'")
  func dominatedAndTies() {
    let game = Bimatrix(players: ("I", "II"), rowStrategies: ["T", "M", "B"], columnStrategies: ["L", "R"],
                        a: [[r(1), r(1)], [r(1), r(0)], [r(0), r(-1, 3)]],
                        b: [[r(2), r(2)], [r(0), r(1)], [r(5), r(5)]])
    let render = { NumberDisplay.$chosen.withValue($0) { MatrixRenderer.render(game, style: .plain) } }
    #expect(render(.automatic).contains("| -0.3333, 5* |"))
    #expect(render(.decimal) == render(.automatic))
    #expect(render(.both).contains("| -1/3 (-0.3333), 5* |"))
    let exact = NumberDisplay.$chosen.withValue(.exact) {
      MatrixRenderer.render(game, style: .plain, highlight: MatrixHighlight(dominated: [[2], []]))
    }
    #expect(exact == """
      +--------+--------+----------+
      | I \\ II | L      | R        |
      +--------+--------+----------+
      | T      | 1*, 2* |   1*, 2* |
      | M      | 1*,  0 |    0, 1* |
      | (B)    |  0, 5* | -1/3, 5* |
      +--------+--------+----------+
      * best response   (s) eliminated by iterated strict dominance
      """)
  }

  @Test("three players: one table per strategy of the third")
  func threePlayers() {
    let game = StrategicGame(
      title: "", players: ["A", "B", "C"], strategies: [["x", "y"], ["x"], ["u", "v"]],
      payoffs: [[r(1), r(1), r(1)], [r(0), r(0), r(0)], [r(0), r(0), r(0)], [r(2), r(2), r(2)]])
    #expect(MatrixRenderer.render(game, style: .plain) == """
      C plays u:
      +-------+------------+
      | A \\ B | x          |
      +-------+------------+
      | x     | 1*, 1*, 1* |
      | y     |  0, 0*,  0 |
      +-------+------------+

      C plays v:
      +-------+------------+
      | A \\ B | x          |
      +-------+------------+
      | x     |  0, 0*,  0 |
      | y     | 2*, 2*, 2* |
      +-------+------------+
      * best response
      """)
  }

  @Test("one player, empty labels, no best-response marks")
  func onePlayer() {
    let game = StrategicGame(players: [""], strategies: [["", "b"]], payoffs: [[r(3)], [r(4)]])
    #expect(MatrixRenderer.render(game, style: .plain, highlight: MatrixHighlight(bestResponses: false)) == """
      +----------+--------+
      | Player 1 | payoff |
      +----------+--------+
      | #1       | 3      |
      | b        | 4      |
      +----------+--------+
      """)
  }

  @Test("style detection: terminal only when stdout is a tty and NO_COLOR is unset")
  func detection() {
    #expect(RenderStyle.detect(isTerminal: true, environment: [:]) == .terminal)
    #expect(RenderStyle.detect(isTerminal: false, environment: [:]) == .plain)
    #expect(RenderStyle.detect(isTerminal: true, environment: ["NO_COLOR": "1"]) == .plain)
    #expect(RenderStyle.detect(isTerminal: true, environment: ["NO_COLOR": ""]) == .terminal)
    #expect(RenderStyle.detect(isTerminal: true, environment: ["TERM": "dumb"]) == .plain)
  }
}
