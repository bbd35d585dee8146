import Foundation
import GeoGraph

/// A folder of documents with an optional `manifest.tsv`, read lazily.
public struct Corpus: Sendable {
    /// The folder.
    public let directory: String
    /// The manifest rows; empty when the folder has no manifest.
    public let manifest: Manifest

    /// The environment variable that names the corpus folder.
    public static let environmentVariable = "GEOGRAPH_CORPUS"

    /// Opens a corpus folder, reading its manifest if there is one.
    /// - Throws: ``CorpusError``.
    public init(directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CorpusError.notFound(tried: [directory])
        }
        self.directory = directory
        let manifestPath = (directory as NSString).appendingPathComponent("manifest.tsv")
        if let data = FileManager.default.contents(atPath: manifestPath) {
            manifest = try Manifest(tsv: String(decoding: data, as: UTF8.self), path: manifestPath)
        } else {
            manifest = Manifest(documents: [])
        }
    }

    /// Finds the corpus: an explicit folder, else `GEOGRAPH_CORPUS`, else `../shared/corpus` from the
    /// current folder.
    /// - Throws: ``CorpusError/notFound(tried:)`` listing the places tried.
    public static func locate(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Corpus {
        if let explicit { return try Corpus(directory: explicit) }
        let candidates = [environment[environmentVariable], "../shared/corpus"].compactMap { $0 }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) {
            return try Corpus(directory: candidate)
        }
        throw CorpusError.notFound(tried: candidates)
    }

    /// The text of a document as Unicode scalars.
    /// - Parameter file: The document's file name, relative to the corpus folder; a name that is
    ///   absolute or climbs out with `..` is refused (it comes from a graph file).
    /// - Throws: ``CorpusError/unreadableDocument(path:reason:)``.
    public func scalars(of file: String) throws -> [Unicode.Scalar] {
        guard !file.hasPrefix("/"), !file.split(separator: "/").contains("..") else {
            throw CorpusError.unreadableDocument(path: file, reason: "names a file outside the corpus folder; give a name inside it")
        }
        let path = (directory as NSString).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError.unreadableDocument(path: path, reason: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CorpusError.unreadableDocument(path: path, reason: "not UTF-8 text")
        }
        return Array(text.unicodeScalars)
    }

    /// The text an evidence pointer points at.
    /// - Throws: ``CorpusError`` when the document is missing or the span lies outside it.
    public func text(of evidence: Evidence) throws -> String {
        try Self.text(of: evidence, in: scalars(of: evidence.document))
    }

    /// The text an evidence pointer points at, in its document's scalars (read once for many pointers).
    /// - Throws: ``CorpusError/spanOutOfRange(document:span:length:)`` when the span lies outside them.
    public static func text(of evidence: Evidence, in scalars: [Unicode.Scalar]) throws -> String {
        guard evidence.span.upperBound <= scalars.count else {
            throw CorpusError.spanOutOfRange(document: evidence.document, span: evidence.span, length: scalars.count)
        }
        return String(String.UnicodeScalarView(scalars[evidence.span]))
    }
}
