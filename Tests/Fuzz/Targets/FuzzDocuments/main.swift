import CFuzzDriver
import Foundation
import GeoGraph
import GeoGraphExtraction

/// The package root, from this file's place in it (Tests/Fuzz/Targets/FuzzDocuments/).
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled gazetteer and lexicon, read once: the pipeline fuzzed is the one `geograph build` runs.
private let builder: GraphBuilder = {
    do {
        let gazetteer = try GraphFileReader.load(path: root.appendingPathComponent("Graphs/actors.yaml").path)
        let lexicon = try Lexicon.load(path: root.appendingPathComponent("Graphs/lexicon.yaml").path)
        return GraphBuilder(gazetteer: gazetteer, lexicon: lexicon, halfLife: 365, jobs: 1)
    } catch {
        fatalError("cannot load the gazetteer or the lexicon: \(error)")
    }
}()

private let extensions = ["txt", "md", "html", "manifest"]

/// libFuzzer entry point for the document pipeline: loading (UTF-8 and binary checks, HTML to text),
/// debris filtering, sentence splitting, actor recognition, tie detection and aggregation, or (selector
/// 3) the corpus manifest reader.
///
/// The first byte picks the kind of file, the rest is its content. A document may be skipped; it
/// must not crash or hang, and every tie built must point at a sentence (or a piece of one) of the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let kind = extensions[Int(bytes[0]) % extensions.count]
    let data = Data(bytes: bytes + 1, count: count - 1)
    if kind == "manifest" {
        do {
            let manifest = try Manifest(tsv: String(decoding: data, as: UTF8.self), path: "manifest.tsv")
            for document in manifest.documents {
                check(document.date.map(Document.isValidDate) ?? true)
            }
        } catch is CorpusError {
        } catch {
            fatalError("unexpected error type \(type(of: error)): \(error)")
        }
        return 0
    }
    let file = "fuzz.\(kind)"
    guard case .success(let scalars) = DocumentLoader().decode(data, file: file) else { return 0 }
    let spans = SentenceSplitter().split(scalars)
    var previousEnd = 0
    for span in spans {
        check(span.lowerBound >= previousEnd && span.upperBound <= scalars.count && !span.isEmpty)
        previousEnd = span.upperBound
    }
    let document = LoadedDocument(document: Document(file: file, date: "2024-03-19"), scalars: scalars)
    let graph = builder.build([document], title: "fuzz")
    for tie in graph.ties {
        check(Tie.isValidWeight(tie.weight) && tie.source != tie.target)
        for evidence in tie.evidence {
            // A long sentence is read in pieces (GraphBuilder.maximumSentenceLength): the evidence points
            // at a piece of its sentence.
            check(spans.indices.contains(evidence.sentence))
            let sentence = spans[evidence.sentence]
            check(sentence.lowerBound <= evidence.span.lowerBound && evidence.span.upperBound <= sentence.upperBound)
            check(evidence.span.count <= GraphBuilder.maximumSentenceLength)
        }
    }
    return 0
}

/// The program's entry point (SwiftPM makes `FuzzDocuments_main` the `main`): hands the loop to libFuzzer.
@_cdecl("FuzzDocuments_main")
public func fuzzDocumentsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    // Load the gazetteer and lexicon before the first input, or their load counts against its timeout.
    _ = builder
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        guard let bytes else { return 0 }
        return fuzzDocuments(bytes, count)
    }
}

/// Stops the fuzzer with `message` when `condition` fails (precondition drops its message in release builds).
func check(_ condition: Bool, _ message: @autoclosure () -> String = "check failed", line: UInt = #line) {
    if !condition { fatalError("\(message()) (line \(line))") }
}
