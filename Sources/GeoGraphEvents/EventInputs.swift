import Foundation
import GeoGraph

/// The files an event read covers, checked before any is opened: each input as given (or `-`,
/// standard input), a folder replaced by the regular files directly in it.
///
/// Checks go by `stat`/`lstat`, never by opening: `open(2)` on a FIFO with no writer blocks for ever,
/// and so does a zip reader. Inside a folder, links are passed over (`lstat`), so a link to
/// `/etc/shadow` dropped into a data folder is not read; an input named on the command line may be a
/// link, since whoever typed it chose it. A file reached twice (the same device and inode, under two
/// names or through a folder) would count its events twice, and is refused.
public enum EventInputs {
    /// Files as given, folders replaced by the regular files directly in them (not hidden, not
    /// links), sorted by name.
    public static func expand(_ inputs: [String]) -> [String] {
        inputs.flatMap { path -> [String] in
            guard path != "-", InputFile.kind(of: path) == .folder else { return [path] }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return entries.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }.filter { entry in
                var info = stat()
                return lstat(entry, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
            }
        }
    }

    /// Refuses the first input that cannot be read or that names a file already named.
    /// - Parameter inputs: The inputs as given (folders are expanded here).
    /// - Throws: ``EventInputError``.
    public static func check(_ inputs: [String]) throws {
        var seen: [FileID: String] = [:]
        var stdinSeen: String?
        for path in inputs {
            switch path == "-" ? .regular : InputFile.kind(of: path) {
            case .missing: throw EventInputError.unreadable(path: path, reason: "no such file")
            case .special: throw EventInputError.unreadable(path: path, reason: InputFile.notRegularReason)
            case .folder:
                guard FileManager.default.isReadableFile(atPath: path) else {
                    throw EventInputError.unreadable(path: path, reason: "the folder cannot be listed")
                }
            case .regular: break
            }
        }
        for path in expand(inputs) {
            if path == "-" {
                if let first = stdinSeen { throw EventInputError.duplicate(path: path, first: first) }
                stdinSeen = path
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else { continue }  // gone since: the reader says so
            let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            if let first = seen[id] { throw EventInputError.duplicate(path: path, first: first) }
            seen[id] = path
        }
    }

    /// The names the graph gives its documents: the path from `outputFolder` for an input under
    /// it, else the file name (`-` is `stdin`). A graph file keeps names inside its folder (no
    /// absolute path, no `..`), so the names never say where the data was on this machine.
    public static func documentNames(_ paths: [String], outputFolder: String?) -> [String] {
        let folder = outputFolder.map { URL(fileURLWithPath: $0.isEmpty ? "." : $0).standardizedFileURL.path }
        return paths.map { path in
            if path == "-" { return "stdin" }
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            if let folder {
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                if absolute.hasPrefix(prefix), ConfinedPath.isConfined(String(absolute.dropFirst(prefix.count))) {
                    return String(absolute.dropFirst(prefix.count))
                }
            }
            return (absolute as NSString).lastPathComponent
        }
    }

    private struct FileID: Hashable {
        var device: UInt64, inode: UInt64
    }
}

/// Why the inputs of an event read cannot be read as given.
public enum EventInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Missing, a device, FIFO or socket, or a folder that cannot be listed.
    case unreadable(path: String, reason: String)
    /// The same file named twice.
    case duplicate(path: String, first: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .duplicate(let path, let first):
            "'\(path)' is the same file as '\(first)'; give each input once (its events would count twice)"
        }
    }
}
