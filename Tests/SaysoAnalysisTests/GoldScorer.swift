import Foundation
import SaysoCore

/// A Swift port of the lenient matching in ../shared/eval/score.py: a prediction matches a gold item
/// when their overlap covers at least half of each; one-to-one, greedy by overlap.
struct GoldScorer {
  struct Figures {
    var gold = 0
    var predicted = 0
    var matched = 0
    var attributed = 0
    var attributedCorrectly = 0
    var textMismatches = 0
    /// Gold items that hold quote marks, and how many of them were matched.
    var directGold = 0
    var directMatched = 0
    var directRecall: Double { directGold == 0 ? 1 : Double(directMatched) / Double(directGold) }
    var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var attributionAccuracy: Double { attributed == 0 ? 1 : Double(attributedCorrectly) / Double(attributed) }
  }

  struct GoldItem {
    var cells: Set<Int>
    var who: String?
    var whoIsPronoun: Bool
    var optional: Bool
    var direct = false
  }

  static func lastWord(_ s: String) -> String {
    s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }).last.map(
      String.init) ?? ""
  }

  static func samePerson(_ a: String?, _ b: String?) -> Bool {
    guard let a = a?.lowercased(), let b = b?.lowercased(), !a.isEmpty, !b.isEmpty else { return false }
    return a == b || a.contains(b) || b.contains(a) || (lastWord(a) == lastWord(b) && !lastWord(a).isEmpty)
  }

  /// Scores predictions (absolute cells + predicted speaker) against gold items.
  static func score(gold: [GoldItem], predictions: [(cells: Set<Int>, who: String?)], into f: inout Figures) {
    var candidates: [(Int, Int, Int)] = []
    for (gi, g) in gold.enumerated() {
      for (pi, p) in predictions.enumerated() {
        let overlap = g.cells.intersection(p.cells).count
        if overlap > 0 && overlap * 2 >= g.cells.count && overlap * 2 >= p.cells.count {
          candidates.append((overlap, gi, pi))
        }
      }
    }
    candidates.sort { $0 > $1 }
    var usedG = Set<Int>()
    var usedP = Set<Int>()
    var pairs: [(Int, Int)] = []
    for (_, gi, pi) in candidates where !usedG.contains(gi) && !usedP.contains(pi) {
      usedG.insert(gi)
      usedP.insert(pi)
      pairs.append((gi, pi))
    }
    let optional = Set(gold.indices.filter { gold[$0].optional })
    f.gold += gold.count - optional.count
    f.predicted += predictions.count - pairs.filter { optional.contains($0.0) }.count
    f.matched += pairs.filter { !optional.contains($0.0) }.count
    f.directGold += gold.indices.filter { gold[$0].direct && !optional.contains($0) }.count
    f.directMatched += pairs.filter { gold[$0.0].direct && !optional.contains($0.0) }.count
    for (gi, pi) in pairs where !optional.contains(gi) {
      guard let who = gold[gi].who, !gold[gi].whoIsPronoun else { continue }
      f.attributed += 1
      if samePerson(predictions[pi].who, who) { f.attributedCorrectly += 1 }
    }
  }
}
