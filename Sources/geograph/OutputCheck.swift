import ArgumentParser
import Foundation
import GeoGraph

/// The checks every `-o FILE` passes before any work (findings F1 and F11 of the hostile review).
///
/// An output may not be one of the command's inputs (by path, link or inode), and its extension may
/// not contradict the format written: `export --format yaml -o g.tsv` would leave a file no command
/// reads back. Both are usage errors (exit 64). Devices, FIFOs and sockets are refused by
/// ``AtomicFile`` itself.
enum OutputCheck {
    /// The format each extension promises, for the extensions GeoGraph reads or writes.
    static let formatOfExtension: [String: String] = [
        "json": "json", "yaml": "yaml", "yml": "yaml", "tsv": "tsv", "csv": "csv", "graphml": "graphml",
        "svg": "svg", "png": "png", "pdf": "pdf", "dot": "dot", "gv": "dot", "xdot": "xdot", "html": "html", "htm": "html",
    ]

    /// Refuses `output` when it names one of `inputs` or its extension names another format than `format`.
    /// - Parameters:
    ///   - output: `-o`, if given (`-` is standard output and passes).
    ///   - inputs: The files the command reads.
    ///   - format: The format the command writes (a key's value in ``formatOfExtension``).
    /// - Throws: `ValidationError`.
    static func check(_ output: String?, inputs: [String?], format: String) throws {
        guard let output, output != "-" else { return }
        for case let input? in inputs where sameFile(input, output) {
            throw ValidationError("-o '\(output)' would overwrite the input '\(input)'; choose another output file")
        }
        let ext = (output as NSString).pathExtension.lowercased()
        if let promised = formatOfExtension[ext], promised != format {
            throw ValidationError(
                "-o '\(output)' names a .\(ext) file but the output is \(format); name it .\(format) or choose the format that matches")
        }
    }

    /// Whether two paths name the same file (by resolved path, or by device and inode when both exist).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        let standard = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        if standard(a) == standard(b) { return true }
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
