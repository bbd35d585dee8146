import Foundation

/// Writes files so that readers see the old content or the new, never half of either.
public enum AtomicFile {
    /// Writes `text` to a temporary file in the target's folder, then renames it over `path`.
    /// - Throws: ``AtomicFileError`` naming the path when the folder is missing or not writable.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to a temporary file in the target's folder, then renames it over `path`.
    /// - Throws: ``AtomicFileError`` naming the path.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AtomicFileError(path: path, reason: "folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw AtomicFileError(path: path, reason: "cannot write in \(folder.path)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: path, reason: reason)
        }
    }
}

/// An output file that could not be written.
public struct AtomicFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write: \(reason)" }
}
