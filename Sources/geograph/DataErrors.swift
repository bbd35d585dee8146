import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction
import GeoGraphRender

/// Turns the libraries' data errors into one line on stderr and exit status 1.
///
/// Usage errors (`ValidationError`) pass through, and ArgumentParser exits 64 for them.
func reportingDataErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as any UserFacingError {
        throw fail(error.description)
    }
}

private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("geograph: error: \(GraphFileError.visible(message))\n".utf8))
    return ExitCode(1)
}
