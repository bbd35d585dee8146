import ArgumentParser
import Foundation

/// Creates the folder `path` and its parents (as `mkdir -p`), or fails as a usage error that says why.
func createOutputFolder(_ path: String) throws {
    var current = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
        current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + component
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: current, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ValidationError("cannot create the folder '\(path)': '\(current)' is a file")
            }
            continue
        }
        guard mkdir(current, 0o777) == 0 || errno == EEXIST else {
            throw ValidationError("cannot create the folder '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
