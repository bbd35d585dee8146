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
    } catch let error as GraphFileError {
        throw fail(error.description)
    } catch let error as GraphError {
        throw fail(error.description)
    } catch let error as CorpusError {
        throw fail(error.description)
    } catch let error as AtomicFileError {
        throw fail(error.description)
    } catch let error as RenderError {
        throw fail(error.description)
    } catch let error as FigureStyleError {
        throw fail(error.description)
    } catch let error as DOTImportError {
        throw fail(error.description)
    } catch let error as CentralityError {
        throw fail(error.description)
    } catch let error as LexiconError {
        throw fail(error.description)
    } catch let error as CurationError {
        throw fail(error.description)
    }
}

private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("geograph: error: \(message)\n".utf8))
    return ExitCode(1)
}
