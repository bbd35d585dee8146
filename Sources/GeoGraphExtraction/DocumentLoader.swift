import Foundation
import GeoGraph

/// A document read for extraction: its text as code points and its manifest metadata.
public struct LoadedDocument: Sendable {
    public var document: Document
    /// The text extraction reads (for HTML: tags stripped and entities decoded; spans point into this).
    public var scalars: [Unicode.Scalar]

    public init(document: Document, scalars: [Unicode.Scalar]) {
        self.document = document
        self.scalars = scalars
    }
}

/// Reads a folder (or single files) of `.txt`, `.md` and `.html` documents, warning about and
/// skipping what cannot be read: invalid UTF-8, binary files, empty files, files over the size limit.
public struct DocumentLoader: Sendable {
    /// Files larger than this are refused with a warning (bytes).
    public var maximumSize: Int = 64 << 20
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    public init(maximumSize: Int = 64 << 20) { self.maximumSize = maximumSize }

    /// Loads every document under `paths` (files or folders, not recursing into subfolders), reading
    /// up to `jobs` files at a time.
    /// - Returns: The documents, sorted by file name, and one warning per file skipped.
    public func load(_ paths: [String], jobs: Int = 1) -> (documents: [LoadedDocument], warnings: [String]) {
        let plan = plan(paths)
        let results = read(plan.files.map(\.path), jobs: jobs)
        var documents: [LoadedDocument] = []
        for (file, result) in zip(plan.files, results) {
            if case .success(let scalars) = result { documents.append(LoadedDocument(document: file.document, scalars: scalars)) }
        }
        return (documents.sorted { $0.document.file < $1.document.file }, plan.warnings(skips: results.map(\.skip)))
    }

    /// What ``load(_:jobs:)`` will read, found without reading a document: the files under `paths`
    /// with their manifest rows, and the warnings about the paths themselves.
    public func plan(_ paths: [String]) -> DocumentPlan {
        var plan = DocumentPlan()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                plan.warn("\(path): no such file or folder")
                continue
            }
            var files: [String] = []
            var names: [String] = []  // each file's name, as `lastPathComponent` gives it
            var manifest = Manifest(documents: [])
            if isDirectory.boolValue {
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                names = entries.filter { Self.extensions.contains(Self.pathExtension($0).lowercased()) && !$0.hasPrefix(".") }
                    .filter { $0.lowercased() != "readme.md" }.sorted()
                files = names.map { (path as NSString).appendingPathComponent($0) }
                names = zip(names, files).map { name, file in Self.isPlainName(name) ? name : (file as NSString).lastPathComponent }
                let manifestPath = (path as NSString).appendingPathComponent("manifest.tsv")
                if let data = FileManager.default.contents(atPath: manifestPath) {
                    do { manifest = try Manifest(tsv: String(decoding: data, as: UTF8.self), path: manifestPath) } catch {
                        plan.warn("\(error)")
                    }
                }
                if files.isEmpty { plan.warn("\(path): no .txt, .md or .html documents in this folder") }
            } else {
                files = [path]
                names = [(path as NSString).lastPathComponent]
            }
            // The manifest's first row for each file, as `Manifest.document(_:)` finds it, looked up in O(1).
            let rows = Dictionary(manifest.documents.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
            for (file, name) in zip(files, names) { plan.add(path: file, document: rows[name] ?? Document(file: name)) }
        }
        return plan
    }

    /// Whether a file name is made of ASCII letters, digits, `_`, `-` and `.`, and neither starts
    /// nor ends with a dot: for such a name, `NSString` finds the extension after the last dot and
    /// the name as the last component of any folder's path joined with it. Callgrind showed
    /// `pathExtension` and `lastPathComponent` at 25 k instructions a file (140 M on the 50 MB
    /// corpus); other names still ask `NSString`.
    static func isPlainName(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let first = utf8.first, let last = utf8.last, first != UInt8(ascii: "."), last != UInt8(ascii: ".") else { return false }
        return utf8.allSatisfy { b in
            (b | 0x20) &- UInt8(ascii: "a") < 26 || b &- UInt8(ascii: "0") < 10 || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: ".")
        }
    }

    /// `(name as NSString).pathExtension`, read directly for an ``isPlainName(_:)`` name.
    static func pathExtension(_ name: String) -> String {
        guard isPlainName(name) else { return (name as NSString).pathExtension }
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
        return String(name[name.utf8.index(after: dot)...])
    }


    /// Why a document is skipped, as the warning says it.
    public struct Skip: Error, Equatable, Sendable {
        public var message: String
    }

    /// The outcome of reading each file, in order, `jobs` files at a time.
    func read(_ files: [String], jobs: Int) -> [Result<[Unicode.Scalar], Skip>] {
        let workers = max(1, min(jobs, files.count))
        guard workers > 1 else { return files.map(read) }
        let results = UnsafeResults<Result<[Unicode.Scalar], Skip>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: files.count, by: workers) { results.set(i, read(files[i])) }
        }
        return (0..<files.count).map { results.get(i: $0) ?? .failure(Skip(message: "cannot read it")) }
    }

    func read(_ path: String) -> Result<[Unicode.Scalar], Skip> {
        // The size of the entry itself (a link's own, as `FileManager.attributesOfItem` gives it), then
        // the file's bytes in one read: FileManager's attribute dictionary and `Data` cost more than the
        // decoding on a news corpus of small files.
        var entry = stat()
        guard lstat(path, &entry) == 0 else { return .failure(Skip(message: "cannot read it")) }
        let size = Int(entry.st_size)
        guard size <= maximumSize else {
            return .failure(Skip(message: "\(size >> 20) MB is over the \(maximumSize >> 20) MB limit; split it into smaller files"))
        }
        guard let bytes = Self.contents(of: path) else { return .failure(Skip(message: "cannot read it")) }
        return decode(bytes: bytes, file: path)
    }

    /// The bytes of the file at `path`, as `FileManager.contents(atPath:)` reads them, or `nil` when it
    /// cannot be opened or read (a folder, a broken link).
    ///
    /// The bytes are read into storage left uninitialized, one byte larger than the file, so that
    /// the read which finds the end needs no growing (callgrind: zero-filling it first cost a third
    /// of the reading); a file that grew meanwhile is read on in zero-filled chunks.
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var failed = false, filled = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(0, Int(info.st_size)) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Foundation.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if n == 0 { return }
                count += n
            }
            filled = true
        }
        if failed { return nil }
        guard filled else { return bytes }
        var count = bytes.count
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The text extraction reads from a document's bytes, by the loader's rules: no empty, binary or
    /// non-UTF-8 file, HTML (by the file's extension) turned into plain text.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The file's name; `.html`/`.htm` are read as HTML.
    /// - Returns: The text as code points, or why the document is skipped.
    public func decode(_ data: Data, file: String) -> Result<[Unicode.Scalar], Skip> {
        decode(bytes: [UInt8](data), file: file)
    }

    /// ``decode(_:file:)`` of bytes already in an array.
    func decode(bytes: [UInt8], file: String) -> Result<[Unicode.Scalar], Skip> {
        guard bytes.count <= maximumSize else {
            return .failure(Skip(message: "\(bytes.count >> 20) MB is over the \(maximumSize >> 20) MB limit; split it into smaller files"))
        }
        guard !bytes.isEmpty else { return .failure(Skip(message: "the file is empty")) }
        if Self.hasZero(bytes.prefix(8192)) { return .failure(Skip(message: "a binary file, not text")) }
        guard let text = UTF8Decoder.scalars(bytes) else { return .failure(Skip(message: "not valid UTF-8 text")) }
        let lower = file.lowercased()
        let plain = lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? HTMLText.plainText(scalars: text) : text
        guard Self.hasText(plain) else { return .failure(Skip(message: "no text in it")) }
        return .success(plain)
    }

    /// `bytes.contains(0)` by `memchr`, which reads many bytes at a time (callgrind: the plain loop
    /// took 4 instructions a byte of every file's first 8 KB).
    static func hasZero(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    /// Whether some character of the text is not white space (a character's first code point decides).
    static func hasText(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return false }
        // An ASCII code point after white space starts a character; anything else: ask the characters.
        if scalars[first].isASCII { return true }
        return String(String.UnicodeScalarView(scalars)).contains(where: { !$0.isWhitespace })
    }
}
