import Foundation

/// What a path names, for a reader that accepts only regular files.
///
/// A FIFO blocks a reader for ever, `/dev/zero` never ends and a socket is not a file: inputs are
/// regular files (or links to them), and `-` where a command reads standard input.
public enum InputFile {
    /// What is at a path, following links.
    public enum Kind: Equatable, Sendable {
        case missing, folder, regular
        /// A device, FIFO or socket.
        case special
    }

    /// The reason given for a path that is not a regular file.
    public static let notRegularReason = "not a regular file (a device, FIFO or socket); give a file"

    /// What `path` names, following links (`stat(2)`).
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .regular
        default: return .special
        }
    }
}
