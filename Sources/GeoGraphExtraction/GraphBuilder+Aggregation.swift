import Foundation
import GeoGraph

/// Aggregation: the documents' reports merged into one graph, after the workers, on one core.
extension GraphBuilder {
    /// The graph of `documents` from each document's reports (in document order): the documents, the
    /// gazetteer actors mentioned or in a tie, and one tie per relation with every report's evidence.
    func aggregate(_ documents: [LoadedDocument], _ results: [DocumentReports], title: String?) -> Graph {
        aggregate(documents: documents.map(\.document), results, title: title)
    }

    /// The graph of the documents `documents` from each one's reports (in document order).
    func aggregate(documents: [Document], _ results: [DocumentReports], title: String?) -> Graph {
        let newest = documents.compactMap(\.date).max()
        var graph = Graph(title: title)
        for document in documents { graph.add(document) }
        let gazetteer = extractor.matcher.gazetteer.actors
        // The actors mentioned or at an end of a report, by gazetteer index (a report's code carries its
        // ends' indices; only a report with an end outside the gazetteer looks its ids up).
        var kept = [Bool](repeating: false, count: gazetteer.count)
        for result in results {
            for a in result.actors { kept[a] = true }
            for report in result.reports {
                if let code = report.code {
                    kept[code.source] = true
                    kept[code.target] = true
                } else {
                    for end in [report.found.source, report.found.target] { if let a = actorIndices[end] { kept[a] = true } }
                }
            }
        }
        // An actor kept keeps the one it represents (a firm its state, a minister's body its state): a graph
        // file names only actors it holds, and "KHNP signed …" need not name South Korea.
        for a in gazetteer.indices where kept[a] {
            var next = gazetteer[a].represents.flatMap { actorIndices[$0] }
            while let r = next, !kept[r] {
                kept[r] = true
                next = gazetteer[r].represents.flatMap { actorIndices[$0] }
            }
        }
        for (a, actor) in gazetteer.enumerated() where kept[a] { try? graph.add(actor) }
        // Reports of one relation merge into one tie: gather them by key, in the order keys first
        // appear, and add each tie once. Weights fold by `Tie.combine` in report order, exactly as
        // adding the reports one by one would; that re-sorted the tie's evidence at every report.
        // Reports between gazetteer actors are gathered by their code, the others by their key.
        let reportCount = results.reduce(0) { $0 + $1.reports.count }
        var index: [TieCode: Int] = [:]
        index.reserveCapacity(reportCount)
        var otherIndex: [TieKey: Int] = [:]
        var merged: [Tie] = []
        for result in results {
            // (Each report read in place, through the buffer: a copy of it retained all its strings.)
            result.reports.withUnsafeBufferPointer { reports in
                for k in reports.indices {
                    var strength = reports[k].found.strength
                    if let halfLife, let newest, let date = reports[k].evidence.date {
                        strength *= Foundation.pow(0.5, Self.days(from: date, to: newest) / halfLife)
                    }
                    let weight = max(strength, 0.001)
                    guard Tie.isValidWeight(weight) else { continue }  // `Graph.add` refuses such a report alone
                    func tie() -> Tie {
                        let found = reports[k].found
                        return Tie(source: found.source, target: found.target, layer: found.layer, polarity: found.polarity,
                                   weight: weight, isSymmetric: found.isSymmetric, evidence: [reports[k].evidence])
                    }
                    let code = reports[k].code
                    let known: Int?
                    if let code { known = index[code] } else { known = otherIndex[tie().key] }
                    if let i = known {
                        merged[i].weight = Tie.combine(merged[i].weight, weight)
                        merged[i].evidence.append(reports[k].evidence)
                    } else {
                        let t = tie()
                        if let code { index[code] = merged.count } else { otherIndex[t.key] = merged.count }
                        merged.append(t)
                    }
                }
            }
        }
        graph.reserveCapacity(ties: merged.count)
        // (Each tie moved out of `merged`, reversed to pop them in order: iterating copied every tie.)
        merged.reverse()
        while var tie = merged.popLast() {
            tie.evidence = Self.sortedUnique(tie.evidence)
            // Every report's evidence names its own document, added above.
            try? graph.add(tie, documentsChecked: true)
        }
        return graph
    }

    /// The distinct elements of `evidence`, sorted: what merging reports one at a time leaves
    /// (`Tie.merge` keeps the sorted union).
    /// - Complexity: O(*n* log *n*); O(*n*) when `evidence` is sorted, as reports arrive, and then
    ///   without a copy when no two sort equal.
    static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
        var increasing = true, sorted = true
        // (Compared in place, through the buffer: a copy of each element retained its strings.)
        evidence.withUnsafeBufferPointer { evidence in
            for k in evidence.indices.dropFirst() where !(evidence[k - 1] < evidence[k]) {
                increasing = false
                if evidence[k] < evidence[k - 1] {
                    sorted = false
                    break
                }
            }
        }
        // Strictly increasing: sorted, and no two elements equal (equal ones would sort equal).
        if increasing { return evidence }
        var copy = evidence
        if !sorted { copy.sort() }
        var unique: [Evidence] = []
        unique.reserveCapacity(copy.count)
        var runStart = 0  // the first of the entries that sort equal to the last one kept
        for e in copy {
            if let last = unique.last, !(last < e) {
                if unique[runStart...].contains(e) { continue }
            } else {
                runStart = unique.count
            }
            unique.append(e)
        }
        return unique
    }

    /// Days between two `YYYY-MM[-DD]` dates (a month without a day counts as its 15th).
    static func days(from a: String, to b: String) -> Double {
        func ordinal(_ d: String) -> Double {
            let p = d.split(separator: "-").compactMap { Double($0) }
            return p[0] * 365.25 + (p[1] - 1) * 30.44 + (p.count > 2 ? p[2] : 15)
        }
        return max(0, ordinal(b) - ordinal(a))
    }
}
