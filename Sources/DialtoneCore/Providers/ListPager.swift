import Foundation
import Synchronization

/// Reads every page of a provider listing: the first page alone, then — once the total is
/// known — the rest concurrently, a bounded number in flight.
///
/// It stops on the total or an empty page, never on a short page (a server may serve fewer than
/// asked). A 429 pauses every reader for its Retry-After and the page is asked again, so a rate
/// limit slows the read but never drops a page. A page that still fails leaves the list partial,
/// with the reason said; only a failing first page is an error.
struct ListPager: Sendable {
    /// One page as the provider answered it.
    struct Page<Item: Sendable>: Sendable {
        var items: [Item]
        /// How many items the whole listing holds, when the provider says.
        var total: Int?
        /// The provider says there is nothing after this page (Plivo's empty `meta.next`).
        var isLast = false
        /// Entries of this page that could not be read (left out of `items`, still counted).
        var skipped = 0

        /// Whether the provider listed nothing at all on this page.
        var isEmpty: Bool { items.isEmpty && skipped == 0 }
        /// Entries listed on this page, read or not.
        var entries: Int { items.count + skipped }
    }

    /// The page size asked for.
    var pageSize: Int
    /// Pages read at most; past it the list is partial.
    var maxPages: Int
    /// Pages read at once once the total is known.
    var maxInFlight: Int
    /// Times one page is asked again after a 429 before it counts as failed.
    var rateLimitRetries = 8
    /// How long to pause after a 429 that names no Retry-After.
    var defaultPause: Duration = .seconds(1)

    /// Reads the listing. `fetch(index, size)` reads the page at zero-based `index` of `size`
    /// items; `onPage` sees each page's items as they arrive, with the progress so far.
    func read<Item: Sendable>(
        fetch: @escaping @Sendable (_ index: Int, _ size: Int) async throws -> Page<Item>,
        onPage: @escaping @Sendable ([Item], ListProgress) -> Void
    ) async throws -> (items: [Item], incompleteReason: String?, skipped: Int) {
        let pause = PauseGate()
        let totals = TotalWatch()
        let watched: @Sendable (Int, Int) async throws -> Page<Item> = { index, size in
            let page = try await fetch(index, size)
            totals.saw(page.total)
            return page
        }
        let reader = PageReader(fetch: watched, pause: pause, retries: rateLimitRetries, defaultPause: defaultPause)
        let first = try await reader.read(0, pageSize)
        // A server serving fewer than asked fixes the stride: page n starts at n × that size.
        let stride = first.isEmpty ? pageSize : min(pageSize, first.entries)
        var items = first.items
        var skipped = first.skipped
        func reachedTotal() -> Bool { first.total.map { items.count + skipped >= $0 } ?? false }
        var pagesRead = 1
        var pagesTotal = first.total.map { Self.pages(for: $0, stride: stride) }
        onPage(first.items, ListProgress(pagesRead: 1, pagesTotal: pagesTotal))
        if first.isEmpty || first.isLast || reachedTotal() {
            return (items, nil, skipped)
        }
        var failure: String?
        var next = 1
        if let total = first.total {
            let planned = min(Self.pages(for: total, stride: stride), maxPages)
            pagesTotal = planned
            let outcome = await readConcurrently(1..<planned, stride: stride, reader: reader) { page in
                pagesRead += 1
                onPage(page, ListProgress(pagesRead: pagesRead, pagesTotal: planned))
            }
            items += outcome.items
            skipped += outcome.skipped
            failure = outcome.failure
            next = planned
        }
        // Without a total, or when pages came back short: page on until an empty page.
        var ended = reachedTotal()
        while failure == nil, !ended, next < maxPages {
            let page: Page<Item>
            do {
                page = try await reader.read(next, stride)
            } catch {
                failure = "page \(next + 1) could not be read: \(Self.describe(error))"
                break
            }
            next += 1
            items += page.items
            skipped += page.skipped
            ended = page.isEmpty || page.isLast || reachedTotal()
            guard !page.isEmpty else { break }
            pagesRead += 1
            onPage(page.items, ListProgress(pagesRead: pagesRead, pagesTotal: pagesTotal.map { max($0, pagesRead) }))
        }
        if failure == nil, !ended {
            failure = "stopped after \(Plural.count(maxPages, "page")) of \(stride)"
        }
        if failure == nil, let total = first.total, items.count + skipped < total {
            failure = "pages came back short"
        }
        if failure == nil, let changed = totals.change {
            failure = "the list changed while it was read (\(Plural.count(changed.first, "entry")), then \(changed.later))"
        }
        if let failure, let total = first.total {
            return (items, "\(failure); read \(items.count) of \(total)", skipped)
        }
        return (items, failure, skipped)
    }

    /// Reads `indices` with at most `maxInFlight` at once, handing each page over as it lands.
    private func readConcurrently<Item: Sendable>(
        _ indices: Range<Int>, stride: Int, reader: PageReader<Item>, received: ([Item]) -> Void
    ) async -> (items: [Item], failure: String?, skipped: Int) {
        await withTaskGroup(of: (Int, Result<Page<Item>, any Error>).self) { group in
            var pending = indices.makeIterator()
            func start() -> Bool {
                guard let index = pending.next() else { return false }
                group.addTask {
                    do { return (index, .success(try await reader.read(index, stride))) } catch { return (index, .failure(error)) }
                }
                return true
            }
            for _ in 0..<maxInFlight where !start() { break }
            var pages: [Int: [Item]] = [:]
            var skipped = 0
            var failed: [Int: any Error] = [:]
            while let (index, result) = await group.next() {
                // The next request leaves before this page is handed over, so a slow consumer
                // never holds back the pages in flight.
                _ = start()
                switch result {
                case .success(let page):
                    pages[index] = page.items
                    skipped += page.skipped
                    received(page.items)
                case .failure(let error):
                    failed[index] = error
                }
            }
            let items = indices.flatMap { pages[$0] ?? [] }
            guard let firstFailed = failed.keys.min(), let error = failed[firstFailed] else { return (items, nil, skipped) }
            let others = failed.count > 1 ? " (and \(failed.count - 1) more pages)" : ""
            return (items, "page \(firstFailed + 1) could not be read\(others): \(Self.describe(error))", skipped)
        }
    }

    private static func pages(for total: Int, stride: Int) -> Int {
        max(1, (total + stride - 1) / max(1, stride))
    }

    private static func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}

/// How far an owned listing has been read: `loading 3/1000 pages`.
public struct ListProgress: Sendable, Hashable {
    public var pagesRead: Int
    /// How many pages the listing has, once the provider has said how many items it holds.
    public var pagesTotal: Int?

    public init(pagesRead: Int, pagesTotal: Int?) {
        self.pagesRead = pagesRead
        self.pagesTotal = pagesTotal
    }

    /// `3/1000 pages`, or `3 pages` while the total is unknown.
    public var label: String {
        pagesTotal.map { "\(pagesRead)/\(Plural.count($0, "page"))" } ?? Plural.count(pagesRead, "page")
    }
}

/// Reads one page, pausing every reader after a 429 and asking again.
private struct PageReader<Item: Sendable>: Sendable {
    let fetch: @Sendable (Int, Int) async throws -> ListPager.Page<Item>
    let pause: PauseGate
    let retries: Int
    let defaultPause: Duration

    func read(_ index: Int, _ size: Int) async throws -> ListPager.Page<Item> {
        var attempt = 0
        while true {
            try await pause.wait()
            do {
                return try await fetch(index, size)
            } catch let error as DialtoneError where error.kind == .rateLimited && attempt < retries {
                attempt += 1
                await pause.hold(for: error.retryAfter ?? defaultPause)
            }
        }
    }
}

/// A shared "not before" time: a 429 on one page holds back every page's next request.
private actor PauseGate {
    private var until: ContinuousClock.Instant?

    func hold(for duration: Duration) {
        let end = ContinuousClock.now + duration
        if until.map({ $0 < end }) ?? true { until = end }
    }

    func wait() async throws {
        while let until, until > ContinuousClock.now {
            try await Task.sleep(until: until, clock: .continuous)
        }
    }
}

/// The totals a listing's pages stated: a list whose total moved while it was read may have
/// shifted an entry past the pages read, so the read proves nothing about an absence.
private final class TotalWatch: Sendable {
    private let seen = Mutex<[Int]>([])

    func saw(_ total: Int?) {
        guard let total else { return }
        seen.withLock { if !$0.contains(total) { $0.append(total) } }
    }

    /// The first total and a later different one, when the total did not hold.
    var change: (first: Int, later: Int)? {
        seen.withLock { $0.count > 1 ? ($0[0], $0[1]) : nil }
    }
}
