/// A sandbox that could not start, or a question it cannot answer.
public struct SandboxError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) { self.description = description }
}
