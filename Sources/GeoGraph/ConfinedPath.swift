import Foundation

/// File names written inside a data file (a graph's documents, its `gazetteer:` and `corpus:`),
/// kept inside the folder they are relative to.
///
/// A graph file may come from anyone; the names in it must not reach `/etc/shadow` through an
/// absolute path, a `..` or a symbolic link that points out of the folder. Errors about such a name
/// say which entry escapes, never the name itself.
public enum ConfinedPath {
    /// Whether `name` stays inside any folder it is joined to by its spelling alone: not empty, not
    /// absolute, no `..` component, no NUL.
    public static func isConfined(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.utf8.contains(0) else { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: true).contains("..")
    }

    /// The path of `name` inside `folder`, when its spelling is confined and, if it exists, what it
    /// resolves to (following every symbolic link) is `folder` itself or lies under it.
    /// - Returns: The joined path (as the user would write it), or `nil` when it escapes.
    public static func resolve(_ name: String, in folder: String) -> String? {
        guard isConfined(name) else { return nil }
        let base = folder.isEmpty ? "." : folder
        let joined = (base as NSString).appendingPathComponent(name)
        guard let target = realPath(joined) else { return joined }  // missing: the reader says so
        guard let root = realPath(base) else { return nil }
        return target == root || target.hasPrefix(root == "/" ? "/" : root + "/") ? joined : nil
    }

    /// The absolute path with every link resolved (`realpath(3)`), or `nil` when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
