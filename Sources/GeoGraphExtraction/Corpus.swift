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

    /// The text of a document as Unicode scalars: the text extraction read, so that spans cut from
    /// it are the spans the extractor computed (for `.html`, tags stripped and entities decoded).
    /// - Parameter file: The document's file name, relative to the corpus folder; a name that is
    ///   absolute, climbs out with `..` or is a link out of the folder is refused (it comes from a
    ///   graph file), and the error does not repeat it.
    /// - Throws: ``CorpusError/unreadableDocument(path:reason:)``, ``CorpusError/documentEscapes``.
    public func scalars(of file: String) throws -> [Unicode.Scalar] {
        guard let path = ConfinedPath.resolve(file, in: directory) else { throw CorpusError.documentEscapes }
        switch InputFile.kind(of: path) {
        case .missing: throw CorpusError.unreadableDocument(path: path, reason: "cannot read the file")
        case .folder: throw CorpusError.unreadableDocument(path: path, reason: "it is a folder, not a file")
        case .special: throw CorpusError.unreadableDocument(path: path, reason: InputFile.notRegularReason)
        case .regular: break
        }
        guard let bytes = DocumentLoader.contents(of: path) else {
            throw CorpusError.unreadableDocument(path: path, reason: "cannot read the file")
        }
        switch DocumentLoader().decode(bytes: bytes, file: file) {
        case .success(let scalars): return scalars
        case .failure(let skip): throw CorpusError.unreadableDocument(path: path, reason: skip.message)
        }
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
