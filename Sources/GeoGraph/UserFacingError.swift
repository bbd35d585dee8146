/// An error about the user's data (a file, a graph, a corpus) whose description is one line they
/// can act on: the CLI prints it after `geograph: error:` and exits with status 1.
public protocol UserFacingError: Error, CustomStringConvertible {}

extension GraphFileError: UserFacingError {}
extension GraphError: UserFacingError {}
extension AtomicFileError: UserFacingError {}
extension CentralityError: UserFacingError {}
extension ActorLookupError: UserFacingError {}
