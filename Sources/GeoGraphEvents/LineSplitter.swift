import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Cuts a stream of bytes into lines without copying them: bytes are read (or, from a zip entry,
/// appended) into one buffer, and each complete line is handed out as a pointer into it.
///
/// A line longer than ``maxLineBytes`` is not handed out: the splitter skips to its end and reports
/// its number, so a file without newlines cannot make memory grow. A trailing `\r` is dropped.
struct LineSplitter {
    let maxLineBytes: Int
    private let capacity: Int
    private let buffer: UnsafeMutablePointer<UInt8>
    private var start = 0, end = 0
    /// The number of the last line handed out or skipped.
    private(set) var lineNumber = 0
    /// Inside a line already reported as too long: drop bytes up to its newline.
    private var skipping = false

    init(maxLineBytes: Int) {
        self.maxLineBytes = max(1, maxLineBytes)
        capacity = max(1 << 22, self.maxLineBytes * 2 + 2)
        buffer = .allocate(capacity: capacity)
    }

    func deallocate() { buffer.deallocate() }

    /// Reads a file descriptor to its end. Returns `errno` on a read error, else 0.
    mutating func read(descriptor: Int32, line: (UnsafeBufferPointer<UInt8>, Int) -> Void, overlong: (Int) -> Void) -> Int32 {
        while true {
            makeRoom()
            let n = Foundation.read(descriptor, buffer + end, capacity - end)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { break }
            let scanFrom = end
            end += n
            drain(from: scanFrom, line: line, overlong: overlong)
        }
        finish(line: line, overlong: overlong)
        return 0
    }

    /// The bytes of a regular file mapped at a time by ``map(descriptor:size:window:line:overlong:)``:
    /// 8 MB, resident while it is read (64 MB windows added their size to the peak memory, for no speed).
    static let mapWindow = 1 << 23
    #if os(Linux)
        /// On Linux the window's pages are mapped in one call (`MAP_POPULATE`), not a fault at a time
        /// (page faults were 8 % of a GDELT read).
        static let mapFlags = MAP_PRIVATE | MAP_POPULATE
    #else
        static let mapFlags = MAP_PRIVATE
    #endif

    /// Reads a regular file of `size` bytes by mapping a window of it at a time (`window` bytes, or more
    /// for a longer line limit): each line is handed out as a pointer into the page cache, with no
    /// copy into a buffer (`read(2)` copied every byte once more, most of the system time of a read).
    /// Each window is unmapped before the next, so the resident memory stays one window.
    ///
    /// Returns `nil` when the file cannot be mapped (the caller reads it with ``read(descriptor:line:overlong:)``),
    /// `errno` when a later window cannot, else 0. A file cut shorter while it is read makes the
    /// process fail (`SIGBUS`), as any reader of a mapping does.
    mutating func map(descriptor: Int32, size: Int, window: Int = LineSplitter.mapWindow,
                      line: (UnsafeBufferPointer<UInt8>, Int) -> Void, overlong: (Int) -> Void) -> Int32? {
        let page = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
        // A window holds any line within the limit, whatever page it starts in.
        let window = max(window, (maxLineBytes + 2 * page + page - 1) / page * page)
        var lineStart = 0  // the file offset of the current line's first byte
        var mappedAny = false
        var skippingLine = false  // inside a line already reported as too long
        while lineStart < size {
            let base = lineStart & ~(page - 1)
            let length = min(size - base, window)
            guard let raw = mmap(nil, length, PROT_READ, LineSplitter.mapFlags, descriptor, off_t(base)), raw != MAP_FAILED else {
                return mappedAny ? errno : nil
            }
            mappedAny = true
            defer { munmap(raw, length) }
            _ = madvise(raw, length, MADV_SEQUENTIAL)
            let bytes = UnsafePointer(raw.assumingMemoryBound(to: UInt8.self))
            var from = lineStart - base
            while from < length, let hit = memchr(bytes + from, 0x0A, length - from) {
                let newline = bytes.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if skippingLine {
                    skippingLine = false
                } else {
                    lineNumber += 1
                    LineSplitter.emit(bytes, from, newline, limit: maxLineBytes, number: lineNumber, line: line, overlong: overlong)
                }
                from = newline + 1
            }
            if base + length == size {
                // The last line, when the file does not end with a newline.
                if from < length, !skippingLine {
                    lineNumber += 1
                    LineSplitter.emit(bytes, from, length, limit: maxLineBytes, number: lineNumber, line: line, overlong: overlong)
                }
                lineStart = size
            } else if skippingLine || length - from > maxLineBytes {
                // No newline in a window longer than the limit: the line is too long; drop it as it comes.
                if !skippingLine {
                    lineNumber += 1
                    overlong(lineNumber)
                    skippingLine = true
                }
                lineStart = base + length
            } else {
                lineStart = base + from  // the next window begins at this line's page
            }
        }
        return 0
    }

    /// Appends a chunk (from a zip entry) and hands out the lines it completes.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, line: (UnsafeBufferPointer<UInt8>, Int) -> Void, overlong: (Int) -> Void) {
        var offset = 0
        while offset < chunk.count {
            makeRoom()
            let n = min(capacity - end, chunk.count - offset)
            (buffer + end).update(from: chunk.baseAddress!.advanced(by: offset).assumingMemoryBound(to: UInt8.self), count: n)
            offset += n
            let scanFrom = end
            end += n
            drain(from: scanFrom, line: line, overlong: overlong)
        }
    }

    /// Hands out the last line when the stream did not end with a newline.
    mutating func finish(line: (UnsafeBufferPointer<UInt8>, Int) -> Void, overlong: (Int) -> Void) {
        if skipping {
            skipping = false
        } else if end > start {
            lineNumber += 1
            emit(start, end, line: line, overlong: overlong)
        }
        start = 0
        end = 0
    }

    /// Keeps the unfinished line and moves it to the front when the buffer is full.
    private mutating func makeRoom() {
        guard end == capacity else { return }
        let pending = end - start
        if start > 0 {
            (buffer).update(from: buffer + start, count: pending)
            start = 0
            end = pending
        }
    }

    private mutating func drain(from scanFrom: Int, line: (UnsafeBufferPointer<UInt8>, Int) -> Void, overlong: (Int) -> Void) {
        var from = scanFrom
        while from < end, let hit = memchr(buffer + from, 0x0A, end - from) {
            let newline = buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if skipping {
                skipping = false  // the end of a line already counted and reported
            } else {
                lineNumber += 1
                emit(start, newline, line: line, overlong: overlong)
            }
            start = newline + 1
            from = start
        }
        if !skipping, end - start > maxLineBytes {
            // The unfinished line is already too long: report it now and drop it as it comes.
            lineNumber += 1
            overlong(lineNumber)
            skipping = true
        }
        if skipping { start = end }
        if start == end { start = 0; end = 0 }
    }

    @inline(__always) private func emit(_ from: Int, _ to: Int, line: (UnsafeBufferPointer<UInt8>, Int) -> Void, overlong: (Int) -> Void) {
        LineSplitter.emit(UnsafePointer(buffer), from, to, limit: maxLineBytes, number: lineNumber, line: line, overlong: overlong)
    }

    /// Hands out bytes `from..<to` of `bytes` as line `number` (a trailing `\r` dropped), or reports it too long.
    @inline(__always) private static func emit(_ bytes: UnsafePointer<UInt8>, _ from: Int, _ to: Int, limit: Int, number: Int,
                                               line: (UnsafeBufferPointer<UInt8>, Int) -> Void, overlong: (Int) -> Void) {
        var to = to
        if to > from, bytes[to - 1] == 0x0D { to -= 1 }
        if to - from > limit {
            overlong(number)
        } else {
            line(UnsafeBufferPointer(start: bytes + from, count: to - from), number)
        }
    }
}
