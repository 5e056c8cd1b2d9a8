/// A read that failed and is about to be tried again: what failed, which attempt comes next
/// and how long the transport waits before it, so a screen can say so while it waits.
public struct RetryNotice: Sendable, Hashable {
    /// What the failed attempt met, in words for people (`connection reset by 127.0.0.1:8080`).
    public var reason: String
    /// The attempt about to be made, counting from 1.
    public var nextAttempt: Int
    public var maxAttempts: Int
    public var wait: Duration
    /// The error to report if the caller stops waiting (`Esc`).
    public var error: DialtoneError

    public init(reason: String, nextAttempt: Int, maxAttempts: Int, wait: Duration, error: DialtoneError) {
        self.reason = reason
        self.nextAttempt = nextAttempt
        self.maxAttempts = maxAttempts
        self.wait = wait
        self.error = error
    }

    /// Who hears about retries of the reads made in the current task: the caller that shows
    /// progress binds it around its provider call (`RetryNotice.$observer.withValue`).
    @TaskLocal public static var observer: RetryObserver?
}

/// The listener a task binds to hear its reads' retries. A class, so the task-local holds one
/// reference: binding a closure value directly crashed optimised builds
/// (`swift_task_localValuePush` on a temporary the task allocator had already moved past).
public final class RetryObserver: Sendable {
    private let hear: @Sendable (RetryNotice) -> Void

    public init(_ hear: @escaping @Sendable (RetryNotice) -> Void) {
        self.hear = hear
    }

    /// Passes `notice` on.
    public func callAsFunction(_ notice: RetryNotice) {
        hear(notice)
    }
}
