import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that readers see the old content or the new, never half of either.
///
/// The bytes go to a temporary file in the target's folder, are flushed to disk, and the file is
/// renamed over the target in one step. On Linux the temporary file is created without a name
/// (`O_TMPFILE`) and only linked under a name just before the rename, so a process killed while
/// writing (SIGKILL, a power cut) leaves nothing behind; the two system calls between link and rename
/// are the only moment a `.NAME.tmp-PID-…` file can be left, and the next write of the same file
/// removes any such file whose process has gone. Elsewhere, or on a file system without `O_TMPFILE`,
/// the temporary file is named from the start and the same sweep applies.
public enum AtomicFile {
    /// Writes `text` to a temporary file in the target's folder, then renames it over `path`.
    /// - Throws: ``AtomicFileError`` naming the path when the folder is missing or not writable.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` (`Data`, or a byte array written without a copy into `Data` first) to a
    /// temporary file in the target's folder, then renames it over `path`.
    /// - Throws: ``AtomicFileError`` naming the path.
    public static func write(_ data: some ContiguousBytes, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        // The folder as the user named it (an absolute path would differ from machine to machine).
        let named = (path as NSString).deletingLastPathComponent
        let shownFolder = named.isEmpty ? "." : named
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AtomicFileError(path: path, reason: "folder \(shownFolder) does not exist")
        }
        // A device, FIFO or socket (or a link to one, such as /proc/self/fd/1) is not a file to
        // replace: renaming over it would turn /dev/null into a JSON file and leave a FIFO's reader waiting.
        if case .special = InputFile.kind(of: path) {
            throw AtomicFileError(path: path, reason: "not a regular file (a device, FIFO or socket); write to a file, or to standard output with -")
        }
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK, InputFile.kind(of: path) == .missing {
            throw AtomicFileError(path: path, reason: "a link to nothing; remove it or write elsewhere")
        }
        removeStaleTemporaries(of: url.lastPathComponent, in: folder.path)
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent)).path
        func failure(_ what: String?) -> AtomicFileError {
            let cause = String(cString: strerror(errno))
            return AtomicFileError(path: path, reason: what.map { "\($0): \(cause)" } ?? cause)
        }

        var descriptor = openUnnamed(in: folder.path)
        let unnamed = descriptor >= 0
        if !unnamed {
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw failure("cannot create a temporary file in \(shownFolder)") }
        }
        var closed = false
        defer { if !closed { close(descriptor) } }
        do {
            guard writeAll(data, to: descriptor), fsync(descriptor) == 0 else { throw failure(nil) }
            if unnamed {
                // Give the unnamed file its name only now, just before the rename.
                guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
                    throw failure("cannot name the temporary file in \(shownFolder)")
                }
            }
            closed = true
            guard close(descriptor) == 0 else { throw failure(nil) }
            guard rename(temporary, url.path) == 0 else { throw failure("cannot replace it") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// The prefix of every temporary file for `name`: `.NAME.tmp-`.
    static func temporaryPrefix(for name: String) -> String { ".\(name).tmp-" }

    /// A fresh temporary name for `name`: `.NAME.tmp-PID-RANDOM`.
    static func temporaryName(for name: String) -> String {
        "\(temporaryPrefix(for: name))\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Removes `.NAME.tmp-PID-…` files in `folder` left by processes that no longer run (killed
    /// between naming and renaming their temporary file).
    static func removeStaleTemporaries(of name: String, in folder: String) {
        let prefix = temporaryPrefix(for: name)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            guard let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap({ pid_t($0) }) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink((folder as NSString).appendingPathComponent(entry))
            }
        }
    }

    /// An unnamed file in `folder` (`O_TMPFILE`), or -1 where the system or file system has none.
    private static func openUnnamed(in folder: String) -> Int32 {
        #if os(Linux)
            // O_TMPFILE is __O_TMPFILE | O_DIRECTORY; Glibc exposes it to C only with _GNU_SOURCE.
            let temporaryFile: Int32 = 0o20_000_000 | O_DIRECTORY
            return open(folder, O_WRONLY | O_CLOEXEC | temporaryFile, 0o666)
        #else
            return -1
        #endif
    }

    /// Writes every byte of `data` to `descriptor`, retrying short writes and interruptions.
    private static func writeAll(_ data: some ContiguousBytes, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                    let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                #else
                    let written = Darwin.write(descriptor, base + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}

/// An output file that could not be written.
public struct AtomicFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write: \(reason)" }
}
