/// Told how far a long computation has got: `done` of `total` steps (sources searched, samples
/// drawn).
///
/// Called from worker threads, one call at a time, with `done` never decreasing; the caller decides
/// whether and how often to show it (the command line throttles it to a few updates a second on
/// standard error). A handler must be quick: the computation waits for it.
public typealias ProgressHandler = @Sendable (_ done: Int, _ total: Int) -> Void
